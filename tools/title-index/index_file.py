"""The binary index format (little-endian), read by host/titles/title_index.cpp. Version 1:

  header   80 bytes: magic "CPTIDX01", u32 version, then u32 fields in HEADER_FIELDS order
  hashes   u64[entries], ascending: FNV-1a 64 of the normalised title (titlekey.py)
  entries  8 bytes each, same order: u32 id offset, u16 venue index, u8 year-1900,
           u8 source code (low 4 bits, SOURCE_CODES) | 0x10 for a workshop paper
  ids      u8 length + bytes, per distinct id
  fold     u32[2] per code point, ascending: code point, offset of its folding in fold strings
  fold strings  u8 length + ASCII [a-z0-9]* (length 0: a combining mark, dropped)
  venues   u8 length + bytes, per venue, in index order
  meta     UTF-8 text: where the data came from (sources and commits)
"""
import struct

MAGIC = b'CPTIDX01'
VERSION = 1
HEADER_SIZE = 80
HEADER_FIELDS = ('entries', 'folds', 'venues', 'hashes_off', 'entries_off', 'ids_off', 'ids_len',
                 'fold_off', 'fold_str_off', 'fold_str_len', 'venues_off', 'venues_len',
                 'meta_off', 'meta_len', 'file_size')
SOURCE_CODES = {'acl': 1, 'pmlr': 2, 'ijcai': 3, 'openreview': 4}
WORKSHOP_FLAG = 0x10


def _pool(strings):
    """Length-prefixed pool of strings; returns (bytes, {string: offset})."""
    out, offsets = bytearray(), {}
    for s in strings:
        if s in offsets:
            continue
        b = s.encode('utf-8')
        if len(b) > 255:
            raise ValueError(f'string too long for the index: {s!r}')
        offsets[s] = len(out)
        out += bytes([len(b)]) + b
    return bytes(out), offsets


def _align(buf, n=8):
    buf += b'\0' * (-len(buf) % n)


def write(path, entries, fold, meta):
    """entries: sorted list of (hash, source, id, venue, year, workshop); fold: {cp: str}."""
    venues = sorted({e[3] for e in entries})
    venue_index = {v: i for i, v in enumerate(venues)}
    ids, id_off = _pool(e[2] for e in entries)
    fold_cps = sorted(fold)
    fold_str, fold_off = _pool(fold[cp] for cp in fold_cps)
    venue_bytes, _ = _pool(venues)
    body = bytearray(HEADER_SIZE)
    f = {'entries': len(entries), 'folds': len(fold_cps), 'venues': len(venues)}
    f['hashes_off'] = len(body)
    body += b''.join(struct.pack('<Q', e[0]) for e in entries)
    f['entries_off'] = len(body)
    for h, source, pid, venue, year, workshop in entries:
        flags = SOURCE_CODES[source] | (WORKSHOP_FLAG if workshop else 0)
        body += struct.pack('<IHBB', id_off[pid], venue_index[venue], year - 1900, flags)
    f['ids_off'], f['ids_len'] = len(body), len(ids)
    body += ids
    _align(body)
    f['fold_off'] = len(body)
    body += b''.join(struct.pack('<II', cp, fold_off[fold[cp]]) for cp in fold_cps)
    f['fold_str_off'], f['fold_str_len'] = len(body), len(fold_str)
    body += fold_str
    f['venues_off'], f['venues_len'] = len(body), len(venue_bytes)
    body += venue_bytes
    meta_bytes = meta.encode('utf-8')
    f['meta_off'], f['meta_len'] = len(body), len(meta_bytes)
    body += meta_bytes
    f['file_size'] = len(body)
    body[:HEADER_SIZE] = (MAGIC + struct.pack('<I', VERSION) +
                          struct.pack('<' + 'I' * len(HEADER_FIELDS), *(f[k] for k in HEADER_FIELDS))).ljust(HEADER_SIZE, b'\0')
    with open(path, 'wb') as out:
        out.write(body)
    return len(body)

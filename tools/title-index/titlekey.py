"""Title normalisation and hashing; host/titles/ must agree byte for byte (it reads the fold table
that this module writes into the index, so the rules live here only).

Key: NFKD, combining marks dropped, case-folded, only [a-z0-9] kept. A few letters that NFKD does
not decompose (ł, ø, æ, …) are folded too, so that "Chrupała" and "Chrupala" meet."""
import sys
import unicodedata

EXTRA = {'ł': 'l', 'Ł': 'l', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'æ': 'ae', 'Æ': 'ae',
         'œ': 'oe', 'Œ': 'oe', 'ı': 'i', 'ð': 'd', 'þ': 'th', 'Þ': 'th'}


def _fold_char(c):
    if c in EXTRA:
        return EXTRA[c]
    out = []
    for d in unicodedata.normalize('NFKD', c):
        if unicodedata.combining(d):
            continue
        for f in d.casefold():
            if f.isascii() and f.isalnum():
                out.append(f.lower())
    return ''.join(out)


def fold_table():
    """{code point: folded ASCII} for every non-ASCII code point that folds to something, plus
    combining marks mapped to '' (ignored, and not a word break)."""
    table = {}
    for cp in range(0x80, sys.maxunicode + 1):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        folded = _fold_char(c)
        if folded:
            table[cp] = folded
        elif unicodedata.combining(c):
            table[cp] = ''
    return table


_CACHE = {}


def normalise(title):
    out = []
    for c in title:
        if c.isascii():
            if c.isalnum():
                out.append(c.lower())
        else:
            f = _CACHE.get(c)
            if f is None:
                f = _CACHE[c] = _fold_char(c)
            out.append(f)
    return ''.join(out)


FNV_OFFSET, FNV_PRIME = 0xcbf29ce484222325, 0x100000001b3


def title_hash(key):
    """64-bit FNV-1a of the normalised key (incremental, so the host hashes word prefixes in one pass)."""
    h = FNV_OFFSET
    for b in key.encode('ascii'):
        h = ((h ^ b) * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return h

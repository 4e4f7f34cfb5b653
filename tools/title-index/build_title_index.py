#!/usr/bin/env python3
"""Builds data/title-index/title-index.bin (normalised title → ACL, PMLR, IJCAI and OpenReview ids)
from fetched snapshots of public repositories. Standard library only.

    python3 tools/title-index/build_title_index.py --mirror /work/.mirror

Each snapshot is a git dir (bare clone) at MIRROR/<owner>+<name>/repo; only the commits below are
read, so the output is reproducible. Prints coverage per source and year and writes COVERAGE.tsv,
which tests/titles checks against the data file."""
import argparse
import collections
import os
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the checkout

import index_file
import source_acl
import source_ijcai
import source_mlanthology
import source_openreview_csv
import source_paperlists
import source_pmlr_volume
import titlekey
from snapshot import open_source

# (repository, commit, reader[, date]); earlier rows win when two give the same id different
# metadata. A row with a date may be read from a transcribed tree (snapshot.open_source).
SOURCES = [
    ('Bhavyashah20/acl-anthology', '3920f0a', lambda s: source_acl.read(s, 'acl-anthology')),
    ('ImanOu123/acl-anthology-mod', '7df6fbe',
     lambda s: source_acl.read(s, 'acl-anthology-mod', {'data/xml/2025.findings.xml'})),
    ('rbnyng/mlanthology', 'a9a5c3f', source_mlanthology.read),
    ('papercopilot/paperlists', '33f9884', source_paperlists.read),
    ('yarkable/Awesome-Computer-Vision-Paper-List', '040ee9f', source_ijcai.read_markdown),
    ('H-Yin/scripts_for_investigation', '30cb266', source_ijcai.read_dblp),
    ('alickzhu/iclr2026-papers', 'cefdae8', source_openreview_csv.read),
    # PMLR volumes newer than mlanthology's snapshot, from the volume's own repository
    ('mlresearch/v336', '4702cad', source_pmlr_volume.read),  # COLT 2026
    # UAI 2026: no snapshot in the store; transcribed tree, see data/title-index/README.md
    ('mlresearch/v337', '4b729738e3ca066459d7b62a36d4b846fcb453e7', source_pmlr_volume.read, '2026-08-06'),
    # AISTATS 2026: likewise transcribed
    ('mlresearch/v300', '50a2f04c7224e751bdced4a10e2dc5ad26a25402', source_pmlr_volume.read, '2026-08-30'),
]
# Venues PMLR publishes: a paper listed under both PMLR and OpenReview keeps its PMLR id.
SOURCE_RANK = {'acl': 0, 'pmlr': 1, 'ijcai': 2, 'openreview': 3}


def collect(mirror):
    """All records, first source first, and the per-repository notes for the meta block."""
    records, notes, dates = [], [], []
    for repo, commit, reader, *date in SOURCES:
        snap = open_source(mirror, repo, commit, *date)
        dates.append(snap.date)
        got, missing = reader(snap)
        records += got
        notes.append(f'{repo}@{snap.short()}: {len(got)} records'
                     + (f'; blobs missing from the snapshot: {", ".join(missing)}' if missing else ''))
        print(notes[-1], file=sys.stderr)
    # host/titles/default_index.cpp reads this line to tell which of two indexes is newer.
    notes.append(f'data as of {max(dates)}')
    return records, notes


def merge(records):
    """(hash, source, id, venue, year, workshop) entries, one per distinct (title key, id)."""
    meta = {}    # (source, id) → (venue, year, workshop) of its first record
    keys = collections.defaultdict(dict)  # title key → {(source, id): None}, insertion-ordered
    for r in records:
        meta.setdefault((r.source, r.id), (r.venue, r.year, r.workshop))
        key = titlekey.normalise(r.title)
        if key:
            keys[key][(r.source, r.id)] = None
    entries, hashes = [], {}
    for key, ids in keys.items():
        h = titlekey.title_hash(key)
        if hashes.setdefault(h, key) != key:
            sys.exit(f'hash collision between {key!r} and {hashes[h]!r}: change the hash')
        pmlr = {meta[i][:2] for i in ids if i[0] == 'pmlr'}
        for source, pid in ids:
            venue, year, workshop = meta[(source, pid)]
            if source == 'openreview' and (venue, year) in pmlr:
                continue
            entries.append((h, source, pid, venue, year, workshop))
    # Main venues first, then by source rank, so a reader sees the preferred candidate first.
    entries.sort(key=lambda e: (e[0], e[5], SOURCE_RANK[e[1]], e[2]))
    return entries


def coverage(entries):
    rows = collections.Counter((e[1], e[3], e[4]) for e in entries)
    ids = collections.defaultdict(set)
    for e in entries:
        ids[(e[1], e[3], e[4])].add(e[2])
    return [(s, v, y, len(ids[(s, v, y)]), n) for (s, v, y), n in sorted(rows.items())]


def print_summary(entries, out):
    by_source = collections.defaultdict(lambda: [set(), 0, collections.Counter()])
    for e in entries:
        row = by_source[e[1]]
        row[0].add(e[2])
        row[1] += 1
        row[2][e[4]] += 1
    for source in sorted(by_source, key=SOURCE_RANK.get):
        ids, n, years = by_source[source]
        print(f'{source}: {len(ids)} ids, {n} title entries, years {min(years)}-{max(years)}', file=out)
        print('  ' + ' '.join(f'{y}:{c}' for y, c in sorted(years.items())), file=out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_out = os.path.join(here, '..', '..', 'data', 'title-index')
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--mirror', default='/work/.mirror', help='folder holding <owner>+<name>/repo git dirs')
    ap.add_argument('--out', default=default_out, help='output folder (default: data/title-index)')
    args = ap.parse_args()
    records, notes = collect(args.mirror)
    entries = merge(records)
    meta = 'coolpapers title index, built by tools/title-index/build_title_index.py from:\n' + '\n'.join(notes) + '\n'
    size = index_file.write(os.path.join(args.out, 'title-index.bin'), entries, titlekey.fold_table(), meta)
    with open(os.path.join(args.out, 'COVERAGE.tsv'), 'w') as f:
        f.write('source\tvenue\tyear\tids\ttitle_entries\n')
        for row in coverage(entries):
            f.write('\t'.join(map(str, row)) + '\n')
    print_summary(entries, sys.stdout)
    print(f'total: {len({(e[1], e[2]) for e in entries})} ids, {len(entries)} entries, '
          f'{len({e[0] for e in entries})} distinct titles, {size} bytes', file=sys.stdout)


if __name__ == '__main__':
    main()

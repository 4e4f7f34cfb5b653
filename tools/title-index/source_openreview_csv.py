"""Accepted-paper lists of an OpenReview venue exported as CSV (openreview_url, venue, title
columns, one file per primary area), plus a JSON index of the same papers ({"papers": [{"t", "v",
"u"}]} per category): alickzhu/iclr2026-papers iclr_paper/*.csv and data/index.json (ICLR 2026).
The venue column names venue and year ("ICLR 2026 Poster"); rows without an accepted status are
skipped."""
import csv
import io
import json
import re

from record import Record, id_from_urls

VENUE = re.compile(r'([A-Za-z]+) (\d{4}) (Oral|Poster|Spotlight)\b')


def _record(title, venue_text, url, origin):
    m = VENUE.match(venue_text or '')
    found = id_from_urls(url)
    title = ' '.join((title or '').split())
    if not m or not found or found[0] != 'openreview' or not title:
        return None
    return Record(title, 'openreview', found[1], m[1].lower(), int(m[2]), False, origin)


def read(snapshot, origin='iclr2026-papers'):
    files = snapshot.files('iclr_paper', '.csv') + [f for f in snapshot.files('data', '.json') if f[0] == 'data/index.json']
    present, missing = snapshot.read_present(files)
    out = []
    for path, data in present:
        text = data.decode('utf-8-sig')
        if path.endswith('.csv'):
            rows = ((r.get('title'), r.get('venue'), r.get('openreview_url')) for r in csv.DictReader(io.StringIO(text)))
        else:
            rows = ((p.get('t'), p.get('v'), p.get('u')) for c in json.loads(text) for p in c.get('papers', []))
        out.extend(rec for row in rows if (rec := _record(*row, origin)))
    return out, missing

"""papercopilot/paperlists: <venue>/<venue><year>.json, one list of papers per file. Rejected and
withdrawn submissions are skipped (their forum ids exist but are not papers of the venue)."""
import json
import re

from record import Record, id_from_urls

SKIP_STATUS = re.compile(r'reject|withdraw|desk', re.I)
VENUE_NAMES = {'nips': 'neurips'}
FILE = re.compile(r'([a-z0-9]+)/([a-z0-9]+?)(\d{4})\.json')


def read(snapshot, origin='paperlists'):
    files = [(p, s) for p, s in snapshot.files('', '.json') if FILE.fullmatch(p)]
    present, missing = snapshot.read_present(files)
    out = []
    for path, data in present:
        m = FILE.fullmatch(path)
        venue, year = VENUE_NAMES.get(m[1], m[1]), int(m[3])
        papers = json.loads(data)
        if not isinstance(papers, list):
            continue
        for p in papers:
            status = str(p.get('status') or '')
            title = ' '.join(str(p.get('title') or '').split())
            if SKIP_STATUS.search(status) or not title:
                continue
            found = id_from_urls(p.get('site'), p.get('pdf'))
            if not found:
                continue
            workshop = 'workshop' in (status + ' ' + str(p.get('track') or '')).lower()
            out.append(Record(title, found[0], found[1], venue, year, workshop, origin))
    return out, missing

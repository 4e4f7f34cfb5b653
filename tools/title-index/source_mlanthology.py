"""mlanthology (rbnyng/mlanthology): data/papers/<venue>-<year>.json.gz and data/legacy/*.jsonl.gz.
Only papers with a PMLR or OpenReview URL become records; the rest (CVF, NeurIPS, JMLR, …)
have no id the project knows."""
import gzip
import json

from record import Record, id_from_urls


def _papers(path, data):
    text = gzip.decompress(data).decode('utf-8')
    if path.endswith('.jsonl.gz'):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text).get('papers', [])


def read(snapshot, origin='mlanthology'):
    files = snapshot.files('data/papers', '.gz') + snapshot.files('data/legacy', '.gz')
    present, missing = snapshot.read_present(files)
    out = []
    for path, data in present:
        for p in _papers(path, data):
            found = id_from_urls(p.get('pdf_url'), p.get('openreview_url'), p.get('venue_url'))
            year = str(p.get('year') or '')
            title = ' '.join((p.get('title') or '').split())
            if not found or found[0] == 'ijcai' or not year.isdigit() or not title:
                continue
            venue = (p.get('venue') or '').lower()
            workshop = p.get('venue_type') == 'workshop' or venue.endswith('w')
            out.append(Record(title, found[0], found[1], venue, int(year), workshop, origin))
    return out, missing

"""ACL Anthology: data/xml/<collection>.xml, one <paper> per id, built as the Anthology builds it."""
import xml.etree.ElementTree as ET

import texmath
from record import Record, acl_id

# Venues whose proceedings count as a main venue; everything else in the Anthology is a workshop
# (or a workshop-like event). Used only to prefer the main-venue paper between equal titles.
MAIN_VENUES = {'acl', 'emnlp', 'naacl', 'eacl', 'aacl', 'findings', 'coling', 'tacl', 'cl', 'conll',
               'ijcnlp', 'lrec', 'anlp', 'hlt', 'semeval', 'starsem', 'ws-main'}


def _text(el):
    return ' '.join(''.join(el.itertext()).split()) if el is not None else ''


def _pieces(el):
    """The text of el as a PDF prints it: <tex-math> bodies rewritten (texmath.py), the rest as is."""
    yield el.text or ''
    for child in el:
        yield texmath.printed(''.join(child.itertext())) if child.tag == 'tex-math' else ''.join(_pieces(child))
        yield child.tail or ''


def _title(el):
    return ' '.join(''.join(_pieces(el)).split()) if el is not None else ''


def _paper_id(collection, volume, paper):
    url = paper.find('url')
    if url is not None and url.text and (pid := acl_id(url.text.strip())):
        return pid
    vol, num = volume.get('id'), paper.get('id')
    if not num or not num.isdigit():
        return None
    if '.' in collection:  # new style: 2020.acl + main + 442
        return acl_id(f'{collection}-{vol}.{num}')
    if not vol.isdigit():
        return None
    return acl_id(f'{collection}-{vol}{num.zfill(4 - len(vol))}')  # old style: P07 + 1 + 088


def parse(xml_bytes, origin='acl-anthology'):
    root = ET.fromstring(xml_bytes)
    collection = root.get('id')
    for volume in root.iter('volume'):
        meta = volume.find('meta')
        year = _text(meta.find('year')) if meta is not None else ''
        venues = [_text(v) for v in meta.findall('venue')] if meta is not None else []
        venue = venues[0] if venues else collection.split('.')[-1].lower()
        workshop = not (set(venues) & MAIN_VENUES) or collection.startswith('W')
        if not year.isdigit():
            continue
        for paper in volume.iter('paper'):
            title = _title(paper.find('title'))
            pid = _paper_id(collection, volume, paper)
            if title and pid:
                yield Record(title, 'acl', pid, venue, int(year), workshop, origin)


def read(snapshot, origin, only=None):
    """(records, missing paths) of the snapshot's data/xml, or of only the named files."""
    files = snapshot.files('data/xml', '.xml')
    if only is not None:
        files = [f for f in files if f[0] in only]
    present, missing = snapshot.read_present(files)
    out = []
    for path, data in present:
        out.extend(Record(**{**rec.__dict__, 'origin': origin}) for rec in parse(data))
    return out, missing

"""IJCAI proceedings numbers: yarkable/Awesome-Computer-Vision-Paper-List IJCAI/ijcaiYYYY.md
(markdown lists with ijcai.org links) and H-Yin/scripts_for_investigation res/temp/IJCAI*.json
(DBLP search dumps with 10.24963/ijcai.YYYY/N DOIs)."""
import json
import re

from record import Record, id_from_urls

# Before 2015 the numbers in ijcai.org PDF paths are file numbers, not proceedings numbers.
FIRST_YEAR = 2015
MD_ITEM = re.compile(r'\*\*"(.+?)"\*\*.*?\[\[Home Page\]\]\((\S+?)\)')
# Front matter that IJCAI numbers like papers; not worth an index entry.
BOILERPLATE = re.compile(r'^(preface|conference organization|program committee|conference organizers and sponsors|invited talks?)$', re.I)


def _record(title, url, origin):
    title = ' '.join(title.split()).rstrip('.')
    found = id_from_urls(url)
    if not title or BOILERPLATE.match(title) or not found or found[0] != 'ijcai':
        return None
    year = int(found[1].split('@')[1])
    if year < FIRST_YEAR:
        return None
    return Record(title, 'ijcai', found[1], 'ijcai', year, False, origin)


def read_markdown(snapshot, origin='awesome-cv-paper-list'):
    files = snapshot.files('IJCAI', '.md')
    out = []
    for path, data in snapshot.read_many([p for p, s in files if s is not None]):
        for m in MD_ITEM.finditer(data.decode('utf-8', 'replace')):
            if rec := _record(m[1], m[2], origin):
                out.append(rec)
    return out, [p for p, s in files if s is None]


def read_dblp(snapshot, origin='dblp-dumps'):
    files = [(p, s) for p, s in snapshot.files('res/temp', '.json') if '/IJCAI' in p]
    out = []
    for path, data in snapshot.read_many([p for p, s in files if s is not None]):
        hits = json.loads(data).get('result', {}).get('hits', {}).get('hit', [])
        for hit in hits:
            info = hit.get('info', {})
            url = info.get('ee') if isinstance(info.get('ee'), str) else ' '.join(info.get('ee') or [])
            if rec := _record(str(info.get('title') or ''), f"{info.get('doi', '')} {url}", origin):
                out.append(rec)
    return out, [p for p, s in files if s is None]

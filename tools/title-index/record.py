"""One title → id pair as the sources yield it, and the id checks shared by all of them."""
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Record:
    title: str
    source: str      # acl | pmlr | ijcai | openreview (the project's Source names)
    id: str          # canonical, as host/core writes it
    venue: str       # short lower-case venue name: acl, emnlp, iclr, icml, aistats, ijcai, …
    year: int
    workshop: bool
    origin: str      # the data set it came from (for coverage), e.g. "acl-anthology"


_OPENREVIEW_ID = re.compile(r'[A-Za-z0-9_-]{5,40}')
_PMLR_KEY = re.compile(r'[A-Za-z0-9][A-Za-z0-9_.-]*')
_ACL_NEW = re.compile(r'(\d{4})\.([a-z0-9]+)-([a-z0-9]+)\.(\d+)')
_ACL_OLD = re.compile(r'([A-Z])(\d{2})-(\d{4})')

PMLR_URL = re.compile(r'(?:proceedings\.mlr\.press|jmlr\.org/proceedings/papers)/v(\d+)/([^/.?#]+(?:\.[^/.?#]+)*?)(?:\.html|\.pdf|/|$)')
OPENREVIEW_URL = re.compile(r'openreview\.net/(?:forum|pdf)\?id=([A-Za-z0-9_-]+)')
IJCAI_URL = re.compile(r'ijcai\.org/(?:proceedings|Proceedings|Abstract|abstract)/(\d{2,4})/(?:Papers/)?0*(\d+)')
IJCAI_DOI = re.compile(r'10\.24963/ijcai\.(\d{4})/0*(\d+)', re.I)


def openreview_id(value):
    return value if value and _OPENREVIEW_ID.fullmatch(value) else None


def pmlr_id(key, volume):
    if key.endswith('-supp'):
        key = key[:-5]
    if not _PMLR_KEY.fullmatch(key) or not re.search(r'\d', key) or not volume.isdigit():
        return None
    return f'{key}@v{int(volume)}'


def ijcai_id(number, year):
    year = int(year)
    year = year + 2000 if year < 100 else year
    if not 2000 <= year <= 2099 or int(number) == 0:
        return None
    return f'{int(number)}@{year}'


def acl_id(raw):
    """Canonical ACL id ("2020.acl-main.442", "P07-1088") or None."""
    m = _ACL_NEW.fullmatch(raw.lower())
    if m:
        return f'{m[1]}.{m[2]}-{m[3]}.{int(m[4])}'
    m = _ACL_OLD.fullmatch(raw.upper())
    return raw.upper() if m else None


def id_from_urls(*urls):
    """(source, id) of a PMLR, OpenReview or IJCAI paper URL among urls, else None. PMLR wins over
    OpenReview (PMLR venues with OpenReview reviewing list both); otherwise earlier URLs win, so pass
    a PDF URL first: its pdf?id= is the paper, unlike mlanthology's ICLR 2020 forum links."""
    urls = [u for u in urls if u]
    for u in urls:
        m = PMLR_URL.search(u)
        if m and (pid := pmlr_id(m[2], m[1])):
            return 'pmlr', pid
    for u in urls:
        m = OPENREVIEW_URL.search(u)
        if m and (oid := openreview_id(m[1])):
            return 'openreview', oid
    for u in urls:
        m = IJCAI_URL.search(u) or IJCAI_DOI.search(u)
        if m and (iid := ijcai_id(m[2], m[1])):
            return 'ijcai', iid
    return None

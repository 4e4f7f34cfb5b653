"""One PMLR volume as its own repository publishes it (github.com/mlresearch/vNNN): _config.yml
names the venue and year, and each paper is a Jekyll post _posts/<date>-<id>.md whose front matter
holds `id:` (the PMLR key) and `title:`. Prefaces are not papers and are skipped. TeX math in a
title ($k$-SAT) is rewritten as the PDF prints it, as for the Anthology's <tex-math>.

Only the handful of front-matter scalars needed here are parsed (plain, 'single' or "double"
quoted, possibly folded over indented lines), so the generator keeps to the standard library."""
import re

import texmath
from record import Record, pmlr_id

_KEY_LINE = re.compile(r'([A-Za-z_]+):(?:\s(.*))?$')
_TEX_MATH = re.compile(r'\$([^$]*)\$')


def front_matter(text, keys):
    """{key: value} of the top-level scalars named in keys, from a post's or _config.yml's YAML."""
    lines = text.split('\n')
    if lines and lines[0].strip() == '---':
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == '---'), len(lines))
        lines = lines[1:end]
    out, i = {}, 0
    while i < len(lines):
        m = _KEY_LINE.match(lines[i])
        i += 1
        if not m or m[1] not in keys:
            continue
        parts = [(m[2] or '').strip()]
        while i < len(lines) and lines[i].startswith(' ') and not lines[i].lstrip().startswith('- '):
            parts.append(lines[i].strip())  # a folded continuation line
            i += 1
        out[m[1]] = _unquote(' '.join(p for p in parts if p))
    return out


def _unquote(value):
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r'\\(.)', r'\1', value[1:-1])
    return value


def read(snapshot, origin=None):
    config = front_matter((snapshot.read('_config.yml') or b'').decode('utf-8'), {'shortname', 'volume', 'year'})
    venue, volume, year = config.get('shortname', '').lower(), config.get('volume', ''), config.get('year', '')
    if not venue or not volume.isdigit() or not year.isdigit():
        raise ValueError(f'{snapshot.name}: _config.yml does not name shortname, volume and year')
    present, missing = snapshot.read_present(snapshot.files('_posts', '.md'))
    out = []
    for _, data in present:
        post = front_matter(data.decode('utf-8'), {'id', 'title', 'section'})
        title = ' '.join(_TEX_MATH.sub(lambda m: texmath.printed(m[1]), post.get('title', '')).split())
        pid = pmlr_id(post.get('id', ''), volume)
        if not pid or not title or post.get('section', '').lower() == 'preface':
            continue
        out.append(Record(title, 'pmlr', pid, venue, int(year), False, origin or snapshot.name))
    return out, missing

// The pages the quick-link tests visit: where each is served, the URL it is served under, and
// what the inserted link must look like (count, place, exact papers.cool URL).
import assert from 'node:assert/strict';
import path from 'node:path';
import { CORPUS, FIXTURES } from './paths.js';

const corpus = (f) => path.join(CORPUS, f);
const fixture = (f) => path.join(FIXTURES, f);

export const COOL = 'https://papers.cool';

// Runs in the page: every inserted link with what surrounds it.
export function describeLinks() {
  return [...document.querySelectorAll('a[data-coolpapers="link"]')].map((a) => {
    const prev = a.previousElementSibling;
    const parent = a.parentElement;
    return {
      href: a.getAttribute('href'),
      text: a.textContent,
      className: a.className,
      parentTag: parent.tagName.toLowerCase(),
      parentClass: parent.className,
      prevTag: prev ? prev.tagName.toLowerCase() : '',
      prevClass: prev ? prev.className : '',
      prevHref: prev ? prev.getAttribute('href') || '' : '',
      prevId: prev ? prev.id : '',
      // where in the page: the nearest landmark the tests name
      inFullText: Boolean(a.closest('div.full-text ul')),
      prevItemLink: parent.tagName === 'LI' && parent.previousElementSibling
        ? (parent.previousElementSibling.querySelector('a') || {}).className || '' : '',
      prevItemId: parent.tagName === 'LI' && parent.previousElementSibling
        ? (parent.previousElementSibling.querySelector('a') || {}).id || '' : '',
      dtAbstract: a.closest('dt') ? a.closest('dt').querySelector('a[title="Abstract"]').textContent.trim() : '',
      afterTitle: Boolean(parent.previousElementSibling && parent.previousElementSibling.matches('h1.ltx_title_document')),
      inForumTitle: Boolean(a.closest('.forum-title')),
      inLinkBlock: Boolean(a.closest('div.acl-paper-link-block')),
      h4Forum: a.closest('h4') ? a.closest('h4').querySelector('a').getAttribute('href') : '',
    };
  });
}

export const PAGES = [
  { kind: 'arxiv-abs-2025', url: 'https://arxiv.org/abs/2312.11805', file: corpus('arxiv_abs_2312.11805.html'),
    expect: [`${COOL}/arxiv/2312.11805`],
    place: (l) => l.inFullText && l.prevItemLink.includes('download-pdf') },
  { kind: 'arxiv-abs-2024', url: 'https://arxiv.org/abs/2405.05966', file: corpus('arxiv_abs_2405.05966_2024dom.html'),
    expect: [`${COOL}/arxiv/2405.05966`],
    place: (l) => l.inFullText && l.prevItemId === 'latexml-download-link' },
  { kind: 'arxiv-abs-2021', url: 'https://arxiv.org/abs/2106.09608v2', file: corpus('arxiv_abs_2106.09608_2021.html'),
    expect: [`${COOL}/arxiv/2106.09608`],
    place: (l) => l.inFullText && l.prevItemLink.includes('download-pdf') },
  { kind: 'arxiv-list-2014', url: 'https://arxiv.org/list/astro-ph/new', file: corpus('arxiv_list_astro-ph_new_2014.html'),
    count: 72, perEntry: true, first: [`${COOL}/arxiv/1406.3020`, `${COOL}/arxiv/1406.3023`, `${COOL}/arxiv/1406.3025`],
    place: (l) => l.parentClass === 'list-identifier' && l.prevTag === 'a' },
  { kind: 'arxiv-list-current', url: 'https://arxiv.org/list/cs.CL/new', file: fixture('arxiv_list_current.html'),
    count: 5, perEntry: true,
    expect: ['2410.21276', '2410.20011', '2410.19999', '2410.18888', '2305.10601'].map((id) => `${COOL}/arxiv/${id}`),
    place: (l) => l.parentTag === 'dt' && /^(pdf|html|oth)-/.test(l.prevId) },
  { kind: 'arxiv-html', url: 'https://arxiv.org/html/2509.19001v1', file: corpus('arxiv_html_2509.19001v1.html'),
    expect: [`${COOL}/arxiv/2509.19001`], place: (l) => l.afterTitle },
  { kind: 'arxiv-html-2', url: 'https://arxiv.org/html/2509.19592v1', file: corpus('arxiv_html_2509.19592v1.html'),
    expect: [`${COOL}/arxiv/2509.19592`], place: (l) => l.afterTitle },
  { kind: 'acl-2026', url: 'https://aclanthology.org/2021.naacl-main.208/', file: corpus('acl_2021.naacl-main.208.html'),
    expect: [`${COOL}/venue/2021.naacl-main.208@ACL`],
    place: (l) => l.inLinkBlock && l.prevClass.includes('btn-primary') && l.className.includes('btn-secondary') },
  { kind: 'acl-old-id', url: 'https://aclanthology.org/N04-1001/', file: corpus('acl_N04-1001.html'),
    expect: [`${COOL}/venue/N04-1001@ACL`],
    place: (l) => l.inLinkBlock && l.prevClass.includes('btn-primary') },
  { kind: 'acl-2023', url: 'https://aclanthology.org/N04-1001/?capture=2023', file: corpus('acl_N04-1001_2023.html'),
    expect: [`${COOL}/venue/N04-1001@ACL`],
    place: (l) => l.inLinkBlock && l.prevClass.includes('btn-primary') },
  { kind: 'openreview-forum', url: 'https://openreview.net/forum?id=5Xc1ecxO1h', file: fixture('openreview_forum_current.html'),
    settle: 700, expect: [`${COOL}/venue/5Xc1ecxO1h@OpenReview`],
    place: (l) => l.inForumTitle && l.parentClass === 'forum-content-link' },
  { kind: 'openreview-group-2019', url: 'https://openreview.net/group?id=ICLR.cc/2019/Conference',
    file: corpus('openreview_group_ICLR2019_2020save.html'), count: 478, perForum: true,
    first: [`${COOL}/venue/B1G5ViAqFm@OpenReview`],
    place: (l) => l.parentTag === 'h4' && l.prevClass === 'pdf-link' },
  { kind: 'openreview-group-current', url: 'https://openreview.net/group?id=ICLR.cc/2024/Conference',
    file: fixture('openreview_group_current.html'), settle: 700, count: 3, perForum: true,
    expect: ['YicbFdNTTy', '_VjQlMeSB_J', '-NEXDKk8gZ'].map((id) => `${COOL}/venue/${id}@OpenReview`),
    place: (l) => l.parentTag === 'h4' && l.prevClass === 'pdf-link' },
  { kind: 'huggingface', url: 'https://huggingface.co/papers/2305.10601', file: fixture('huggingface_paper.html'),
    settle: 600, expect: [`${COOL}/arxiv/2305.10601`],
    place: (l) => l.prevHref === 'https://arxiv.org/pdf/2305.10601' },
];

// How many links `spec`'s page must get.
export function linkCount(spec) {
  return spec.count || spec.expect.length;
}

// The id a per-entry link must carry, read from the entry itself (test-side only).
function expectedFor(link) {
  if (link.dtAbstract) return `${COOL}/arxiv/${link.dtAbstract.replace(/^arXiv:/, '')}`;
  const forum = new URL(link.h4Forum, 'https://openreview.net/').searchParams.get('id');
  return `${COOL}/venue/${forum}@OpenReview`;
}

// Checks the links describeLinks() found on `spec`'s page: as many as papers, never twice, each
// in its place with the exact URL. Shared by the Chromium and the Firefox tests.
export function assertLinks(spec, links) {
  assert.equal(links.length, linkCount(spec), 'one link per paper, never twice');
  for (const link of links) {
    assert.equal(link.text, 'Cool Papers');
    assert.ok(spec.place(link), `link in the wrong place: ${JSON.stringify(link)}`);
  }
  if (spec.expect) assert.deepEqual(links.map((l) => l.href), spec.expect);
  if (spec.first) assert.deepEqual(links.slice(0, spec.first.length).map((l) => l.href), spec.first);
  if (spec.perEntry || spec.perForum) {
    for (const link of links) assert.equal(link.href, expectedFor(link));
  }
}

// host + path + query -> file, for startServer.
export function routes(extra = {}) {
  const table = { 'arxiv.org/abs/2509.19001': corpus('arxiv_html_2509.19001v1.html') };
  for (const p of PAGES) {
    const u = new URL(p.url);
    table[u.host + u.pathname + u.search] = p.file;
  }
  return { ...table, ...extra };
}

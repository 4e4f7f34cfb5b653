// The list pages the quick-link tests visit (one entry per page kind): where each is served, which
// elements are its entries, and the exact papers.cool links it must get, in page order.
import path from 'node:path';
import { CORPUS, FIXTURES } from './paths.js';
import { COOL } from './pages.js';

const corpus = (f) => path.join(CORPUS, f);
const fixture = (f) => path.join(FIXTURES, f);
const arxiv = (...ids) => ids.map((id) => `${COOL}/arxiv/${id}`);
const venue = (...ids) => ids.map((id) => `${COOL}/venue/${id}`);

// kind, url, file; rows: the entries' selector and how many the page has at the end (nothing
// removed); expect: the links in page order; batches: resolve_many requests the page causes;
// click: what a user clicks once the first links are in (load more); settle: ms to wait for late
// renders.
export const LISTS = [
  { kind: 'arxiv-search', url: 'https://arxiv.org/search/?query=thoughts&searchtype=all', file: fixture('arxiv_search.html'),
    rows: 'li.arxiv-result', rowCount: 4, batches: 1,
    expect: arxiv('2305.10601', '1706.03762', '1406.2661', 'hep-th/9711200') },
  { kind: 'acl-author-2023', url: 'https://aclanthology.org/people/a/andreas-madsack/',
    file: corpus('acl_author_andreas-madsack_2023.html'), rows: '.d-sm-flex.align-items-stretch', rowCount: 6, batches: 1,
    expect: venue('2022.in2writing-1.1@ACL', 'W19-4201@ACL', 'K18-3004@ACL', 'W18-3607@ACL', 'W18-6560@ACL', 'W17-3524@ACL') },
  { kind: 'acl-volume-2026', url: 'https://aclanthology.org/volumes/2023.acl-long/', file: fixture('acl_volume_2026.html'),
    rows: '.d-sm-flex.align-items-stretch', rowCount: 4, batches: 1,
    expect: venue('2023.acl-long.153@ACL', '2023.acl-long.154@ACL', '2023.acl-long.155@ACL') },
  { kind: 'acl-event-2026', url: 'https://aclanthology.org/events/acl-2023/', file: fixture('acl_event_2026.html'),
    rows: '.d-sm-flex.align-items-stretch', rowCount: 3, batches: 1,
    expect: venue('2023.acl-long.153@ACL', '2023.acl-long.154@ACL', '2023.findings-acl.1@ACL') },
  { kind: 'huggingface-daily', url: 'https://huggingface.co/papers/date/2025-01-21', file: fixture('huggingface_daily.html'),
    rows: 'article', rowCount: 6, batches: 3, settle: 1200,
    expect: arxiv('2305.10601', '2410.21276', '2501.12948', '2502.00001', '2502.00002') },
  { kind: 'dblp-person-2015', url: 'https://dblp.uni-trier.de/pers/hd/c/Clauset:Aaron', file: corpus('dblp_person_clauset_2015.html'),
    rows: 'ul.publ-list > li.entry', rowCount: 31, batches: 1,
    expect: arxiv('1503.06772', '1504.05872', '1506.06179', '1507.01266', '1507.04001', '1403.0989', '1403.2933',
      '1404.0431', '1411.4070', '1303.6372', '1304.1039', '1305.5782', '1306.4363', '1310.4461', '1203.2268',
      '1209.0089', '1103.0949', 'physics/0610051', 'cond-mat/0503087') },
  { kind: 'dblp-search-2024', url: 'https://dblp.org/search?q=calefato', file: corpus('dblp_search_calefato_2024fmt.html'),
    rows: 'ul.publ-list > li.entry', rowCount: 30, batches: 1,
    expect: arxiv('2303.14702', '2307.10774', '2202.07233', '2205.11934', '2209.11453', '2103.04656', '2103.10548',
      '2103.10558', '2109.11435', '2110.05035', '2110.13535') },
  { kind: 'dblp-toc-no-papers', url: 'https://dblp.org/db/conf/at/at2012.html', file: corpus('dblp_toc_conf-at-at2012_2023mod.html'),
    rows: 'ul.publ-list > li.entry', rowCount: 56, batches: 1, expect: [] },
  { kind: 'dblp-ml-proceedings', url: 'https://dblp.org/db/conf/mixed/mixed.html', file: fixture('dblp_ml_proceedings.html'),
    rows: 'ul.publ-list > li.entry', rowCount: 9, batches: 2, settle: 900,
    expect: [...venue('ByH2gxrKl@OpenReview', '2023.acl-long.153@ACL', 'le14@v32@PMLR', '512@2018@IJCAI'),
      ...arxiv('2305.10601'), ...venue('D14-1181@ACL'), ...arxiv('1706.03762')] },
  { kind: 'scholar-results-ml', url: 'https://scholar.google.com/scholar?q=ml', file: fixture('scholar_results_ml.html'),
    rows: 'div.gs_r', rowCount: 5, batches: 1,
    expect: [...arxiv('1706.03762'), ...venue('tompson17a@v70@PMLR'), ...arxiv('2305.10601'), ...venue('D14-1181@ACL')] },
  { kind: 'scholar-results-2020', url: 'https://scholar.google.com/scholar?q=olympus+range', file: corpus('scholar_results_olympus-range_2020.html'),
    rows: 'div.gs_r.gs_or', rowCount: 10, batches: 1, expect: [] },
  { kind: 'scholar-results-2016', url: 'https://scholar.google.co.jp/scholar?hl=en&q=%22Learning+deep+architectures+for+AI%22',
    file: corpus('scholar_results_learning-deep-architectures_2016.html'), rows: 'div.gs_r', rowCount: 1, batches: 1, expect: [] },
  { kind: 'scholar-profile-ml', url: 'https://scholar.google.com/citations?user=AAAAAAAAAAAJ&hl=en', file: fixture('scholar_profile_ml.html'),
    rows: 'tr.gsc_a_tr', rowCount: 5, batches: 2,
    click: '#gsc_bpf_more',
    expect: venue('ByH2gxrKl@OpenReview', 'le14@v32@PMLR', '2023.acl-long.153@ACL') },
  { kind: 'scholar-profile-2026', url: 'https://scholar.google.com/citations?user=amIMrIEAAAAJ&hl=en',
    file: corpus('scholar_profile_amIMrIEAAAAJ_2026.html'), rows: 'tr.gsc_a_tr', rowCount: 20, batches: 1, expect: [] },
  { kind: 'scholar-profile-2015', url: 'https://scholar.google.com/citations?hl=en&user=_0aMq28AAAAJ&pagesize=100&sortby=pubdate',
    file: corpus('scholar_profile_manmatha_2015.html'), rows: 'tr.gsc_a_tr', rowCount: 100, batches: 1, expect: [] },
  { kind: 'pmlr-volume', url: 'https://proceedings.mlr.press/v32/', file: fixture('pmlr_volume.html'),
    rows: 'div.paper', rowCount: 3, batches: 1, expect: venue('le14@v32@PMLR', 'placeholder14a@v32@PMLR', 'placeholder14b@v32@PMLR') },
  { kind: 'ijcai-proceedings', url: 'https://www.ijcai.org/proceedings/2023/', file: fixture('ijcai_proceedings.html'),
    rows: 'div.paper_wrapper', rowCount: 3, batches: 1, expect: venue('1@2023@IJCAI', '2@2023@IJCAI', '3@2023@IJCAI') },
];

// host + path + query -> file, for startServer.
export function listRoutes() {
  const table = {};
  for (const p of LISTS) {
    const u = new URL(p.url);
    table[u.host + u.pathname + u.search] = p.file;
  }
  return table;
}

// Runs in the page: the inserted links in page order, each with the entry that holds it, and
// the layout facts the tests check.
export function readList(rowSelector) {
  const rows = [...document.querySelectorAll(rowSelector)];
  const links = [...document.querySelectorAll('a[data-coolpapers="link"]')];
  const root = document.documentElement;
  return {
    hrefs: links.map((a) => a.getAttribute('href')),
    texts: [...new Set(links.map((a) => a.textContent))],
    outsideRows: links.filter((a) => !a.closest(rowSelector)).length,
    rowsWithTwo: rows.filter((r) => r.querySelectorAll('a[data-coolpapers="link"]').length > 1).length,
    rowCount: rows.length,
    overflow: root.scrollWidth - root.clientWidth,
  };
}

// Runs in the page: the page re-renders as sites do (an entry is taken out and put back, and
// something else changes); a link must not be added twice.
export function rerender(rowSelector) {
  const row = document.querySelector(rowSelector);
  if (row) row.parentNode.insertBefore(row, row.nextSibling);
  document.body.append(document.createElement('div'));
}

// What every browser's test asserts about a page once its links are in.
export function assertList(assert, spec, seen) {
  assert.deepEqual(seen.hrefs, spec.expect, 'the exact links, in page order');
  if (spec.expect.length) assert.deepEqual(seen.texts, ['Cool Papers']);
  assert.equal(seen.outsideRows, 0, 'every link inside its entry');
  assert.equal(seen.rowsWithTwo, 0, 'never two links in one entry');
  assert.equal(seen.rowCount, spec.rowCount, 'no entry removed');
  assert.ok(seen.overflow <= 0, `no horizontal overflow (${seen.overflow}px)`);
}

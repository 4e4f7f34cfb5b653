// arXiv search results (/search/, /search/advanced): ", Cool Papers" inside each result's
// "[pdf, other]" bracket, after the page's own links. Each result is li.arxiv-result with
// p.list-title > a[href*="/abs/"]; all results resolve in one request.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;
  Q.linkEntries({
    site: 'arxiv',
    rows: () => document.querySelectorAll('li.arxiv-result'),
    read: (row) => Q.hrefsIn(row, 'p.list-title > a[href*="/abs/"]'),
    place: (row, url) => {
      const title = row.querySelector('p.list-title');
      const own = [...title.querySelectorAll('span a[href]')];
      const last = own.pop();
      if (last) last.after(', ', Q.makeLink(url, last));
      else title.append(' ', Q.makeLink(url, null));
    },
  });
})();

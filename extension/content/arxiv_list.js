// arXiv listing pages: ", Cool Papers" after each entry's [pdf, html, other] links. Works for the
// legacy layout (#dlpage dl > dt > span.list-identifier) and the current one (dl#articles > dt,
// links directly in the dt). All entries are resolved in one request.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;
  Q.linkEntries({
    site: 'arxiv',
    rows: () => document.querySelectorAll('dl > dt'),
    read: (dt) => Q.hrefsIn(dt, 'a[title="Abstract"]') || null,
    place: (dt, url) => {
      const group = dt.querySelector('.list-identifier') || dt;
      const last = [...group.querySelectorAll('a[href]')].pop();
      last.after(', ', Q.makeLink(url, last));
    },
  });
})();

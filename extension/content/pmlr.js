// PMLR volume pages (proceedings.mlr.press/vNNN/): "[Cool Papers]" after each paper's
// "[abs][Download PDF]…" links (div.paper > p.links). One request per page.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;
  Q.linkEntries({
    site: 'pmlr',
    rows: () => document.querySelectorAll('div.paper'),
    read: (paper) => Q.hrefsIn(paper, 'p.links a[href]') || null,
    place: (paper, url) => paper.querySelector('p.links').append('[', Q.makeLink(url, null), ']'),
  });
})();

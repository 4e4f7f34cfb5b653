// OpenReview group (venue) page: a "Cool Papers" link after each listed paper's title and PDF
// icon (h4 > a[forum link] + a.pdf-link). Lists are built in the browser, tab by tab, so every
// change resolves the entries not seen yet, all of them in one request.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;
  Q.linkEntries({
    site: 'openreview',
    live: true,
    // the app navigates without reloading: only group pages have these lists
    rows: () => (location.pathname === '/group'
      ? [...document.querySelectorAll('h4 > a[href*="forum?id="]')].map((a) => a.parentElement) : []),
    read: (heading) => Q.hrefsIn(heading, ':scope > a[href*="forum?id="]') || null,
    place: (heading, url) => {
      const after = heading.querySelector('a.pdf-link') || heading.querySelector('a[href*="forum?id="]');
      after.after(' ', Q.makeLink(url, null));
    },
  });
})();

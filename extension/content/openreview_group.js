// OpenReview group (venue) page: a "Cool Papers" link after each listed paper's title and PDF
// icon (h4 > a[forum link] + a.pdf-link). Lists are built in the browser, tab by tab, so every
// change resolves the entries not seen yet, all of them in one request.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;
  Q.watch(async () => {
    if (location.pathname !== '/group') return; // the app navigates without reloading
    const entries = [];
    for (const forum of document.querySelectorAll('h4 > a[href*="forum?id="]')) {
      const heading = forum.parentElement;
      if (Q.claim(heading)) entries.push({ heading, forum });
    }
    if (entries.length === 0) return;
    const urls = await Q.urlsOfTexts(entries.map((e) => e.forum.href));
    entries.forEach(({ heading, forum }, i) => {
      if (urls[i]) {
        const after = heading.querySelector('a.pdf-link') || forum;
        after.after(' ', Q.makeLink(urls[i], null));
      }
      Q.finish(heading, Boolean(urls[i]));
    });
  });
})();

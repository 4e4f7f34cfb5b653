// arXiv listing pages: ", Cool Papers" after each entry's [pdf, html, other] links. Works for the
// legacy layout (#dlpage dl > dt > span.list-identifier) and the current one (dl#articles > dt,
// links directly in the dt). All entries are resolved in one request.
'use strict';
(async () => {
  const Q = globalThis.CoolPapersQuickLinks;
  const entries = [];
  for (const dt of document.querySelectorAll('dl > dt')) {
    const abs = dt.querySelector('a[title="Abstract"]');
    if (abs && Q.claim(dt)) entries.push({ dt, abs });
  }
  if (entries.length === 0) return;
  const urls = await Q.urlsOfTexts(entries.map((e) => e.abs.href));
  entries.forEach(({ dt, abs }, i) => {
    const group = dt.querySelector('.list-identifier') || dt;
    const last = [...group.querySelectorAll('a[href]')].pop() || abs;
    if (urls[i]) last.after(', ', Q.makeLink(urls[i], last));
    Q.finish(dt, Boolean(urls[i]));
  });
})();

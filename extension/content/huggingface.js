// Hugging Face paper page: a "Cool Papers" button after "View PDF" (the row "View arXiv page",
// "View PDF", "Add to collection"). The page is rendered client-side, so this runs on changes.
'use strict';
(async () => {
  const Q = globalThis.CoolPapersQuickLinks;
  if (!(await Q.enabled('huggingface'))) return; // asked at document_start, answered while the page loads
  await Q.ready();
  Q.watch(async () => {
    // One paper (/papers/ID), not a daily list: the site navigates without reloading.
    if (!/^\/papers\/[^/]+\/?$/.test(location.pathname) || /^\/papers\/trending/.test(location.pathname)) return;
    const pdf = document.querySelector('a[href^="https://arxiv.org/pdf/"]');
    const row = pdf && pdf.parentElement;
    if (!Q.claim(row)) return;
    const url = await Q.urlOfPage();
    if (url && pdf.isConnected) pdf.after(Q.makeLink(url, pdf));
    Q.finish(row, Boolean(url && pdf.isConnected));
  });
})();

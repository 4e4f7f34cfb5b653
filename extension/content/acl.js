// ACL Anthology paper page: a "Cool Papers" button right after the PDF button, styled like the
// Cite button next to it.
'use strict';
(async () => {
  const Q = globalThis.CoolPapersQuickLinks;
  if (!(await Q.enabled('acl'))) return; // asked at document_start, answered while the page loads
  await Q.ready();
  const block = document.querySelector('div.acl-paper-link-block');
  if (!Q.claim(block)) return;
  const url = await Q.urlOfPage();
  if (url) {
    const pdf = block.querySelector('a.btn-primary');
    const link = Q.makeLink(url, block.querySelector('a.btn-secondary') || pdf);
    // The page's buttons are separated by whitespace in its markup; keep that rhythm.
    if (pdf) pdf.after(link, '\n');
    else block.append('\n', link);
  }
  Q.finish(block, Boolean(url));
})();

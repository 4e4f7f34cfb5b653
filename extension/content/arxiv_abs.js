// arXiv abstract page: a "Cool Papers" item in the "Access Paper:" (2024+) / "Download:" list,
// right after the HTML item, or the PDF item when there is no HTML version.
'use strict';
(async () => {
  const Q = globalThis.CoolPapersQuickLinks;
  if (!(await Q.enabled('arxiv'))) return;
  const list = document.querySelector('div.full-text ul');
  if (!Q.claim(list)) return;
  const url = await Q.urlOfPage();
  if (url) {
    const item = document.createElement('li');
    // "abs-button" is the style every item shares; the others add per-format icons.
    item.append(Q.makeLink(url, { className: 'abs-button' }));
    const after = list.querySelector('#latexml-download-link') || list.querySelector('a.download-pdf');
    const afterItem = after && after.closest('li');
    if (afterItem && afterItem.parentElement === list) afterItem.after(item);
    else list.append(item);
  }
  Q.finish(list, Boolean(url));
})();

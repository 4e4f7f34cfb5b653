// arXiv HTML paper (LaTeXML): a "Cool Papers" line right under the paper title. The arXiv header
// bar is injected by arXiv's own script, so the title is the one anchor the raw page guarantees.
'use strict';
(async () => {
  const Q = globalThis.CoolPapersQuickLinks;
  if (!(await Q.enabled('arxiv'))) return;
  const title = document.querySelector('h1.ltx_title_document');
  const article = title && title.parentElement;
  if (!Q.claim(article)) return;
  const url = await Q.urlOfPage();
  if (url) {
    const line = document.createElement('div');
    line.className = 'ltx_para';
    line.append(Q.makeLink(url, document.querySelector('a.ltx_ref')));
    title.after(line);
  }
  Q.finish(article, Boolean(url));
})();

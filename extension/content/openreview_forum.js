// OpenReview forum page: a "Cool Papers" link beside the PDF icon in the title block
// (div.forum-title > h2.citation_title + div.forum-content-link). The page is a client-side
// app that renders and re-renders the title block, so this runs on every change.
'use strict';
(async () => {
  const Q = globalThis.CoolPapersQuickLinks;
  if (!(await Q.enabled('openreview'))) return; // asked at document_start, answered while the page loads
  await Q.ready();
  Q.watch(async () => {
    if (location.pathname !== '/forum') return; // the app navigates without reloading
    const block = document.querySelector('.forum-container .forum-title') ||
      document.querySelector('.forum-title');
    const heading = block && block.querySelector('h2');
    if (!heading || !Q.claim(block)) return;
    const url = await Q.urlOfPage();
    if (url) {
      const holder = document.createElement('div');
      holder.className = 'forum-content-link';
      holder.append(Q.makeLink(url, null));
      const links = block.querySelectorAll('.forum-content-link');
      (links.length ? links[links.length - 1] : heading).after(holder);
    }
    Q.finish(block, Boolean(url));
  });
})();

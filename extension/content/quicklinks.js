// Shared by every site script (loaded first, in the same isolated world): asking the service
// worker for URLs, making a link that looks like the page's own, and never inserting twice.
// No paper-id logic here: the host reads the URLs and texts.
'use strict';

globalThis.CoolPapersQuickLinks = globalThis.CoolPapersQuickLinks || (() => {
  const MARK = 'data-coolpapers';

  async function ask(message) {
    try {
      const reply = await chrome.runtime.sendMessage(message);
      return reply && !reply.error ? reply : null;
    } catch (e) {
      return null; // worker unreachable (extension reloaded): leave the page as it is
    }
  }

  // The Cool Papers URL of this page, or '' when the host finds no paper in it.
  async function urlOfPage(url = location.href) {
    const reply = await ask({ kind: 'page', url });
    return (reply && reply.urls[0]) || '';
  }

  // One URL ('' for none) per text, in order, from a single resolve_many.
  async function urlsOfTexts(texts) {
    const reply = await ask({ kind: 'many', texts });
    return reply ? reply.results.map((r) => r.urls[0] || '') : texts.map(() => '');
  }

  // An <a> styled like `like` (an existing link of the page) pointing at Cool Papers.
  function makeLink(url, like, text = 'Cool Papers') {
    const a = document.createElement('a');
    if (like && like.className) a.className = like.className;
    a.href = url;
    a.textContent = text;
    a.title = 'Open this paper on Cool Papers (papers.cool)';
    a.target = '_blank';
    a.rel = 'noopener';
    a.setAttribute(MARK, 'link');
    return a;
  }

  // Claims `el` (the element a link goes into) for one insertion: false when its link is there,
  // on its way, or known not to exist. A re-render that drops our link makes it claimable again.
  function claim(el) {
    if (!el) return false;
    const state = el.getAttribute(MARK);
    if (state === 'claimed' || state === 'none') return false;
    if (state === 'done' && el.querySelector(`[${MARK}="link"]`)) return false;
    el.setAttribute(MARK, 'claimed');
    return true;
  }

  // Records the outcome of a claim: the link went in, or there is no link to make.
  function finish(el, inserted) {
    el.setAttribute(MARK, inserted ? 'done' : 'none');
  }

  // Runs `pass` now and again whenever the page changes (client-side apps re-render), at most
  // once per animation frame.
  function watch(pass) {
    let queued = false;
    const run = () => {
      queued = false;
      pass();
    };
    new MutationObserver(() => {
      if (!queued) {
        queued = true;
        requestAnimationFrame(run);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
    pass();
  }

  return { MARK, ask, urlOfPage, urlsOfTexts, makeLink, claim, finish, watch };
})();

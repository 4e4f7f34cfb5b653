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

  // One URL ('' for none) per entry, in order, from a single resolve_many. An entry is a text
  // (links holding the id) or {text, title, venue, year}: the host reads the text first and falls
  // back on the title (offline title index; venue and year only break ties).
  async function urlsOfTexts(texts) {
    const reply = await ask({ kind: 'many', texts });
    return reply ? reply.urls : texts.map(() => '');
  }

  // The per-site switch of the options page, as the service worker reads it: a site is on
  // unless switched off. Asking also has the worker open the host's port, so a script that asks
  // while the page is still loading finds both the answer and the host ready at
  // DOMContentLoaded; `titles` (entries may be looked up by title) has the host open its title
  // index by then too.
  async function enabled(site, titles = false) {
    const reply = await ask({ kind: 'site', site, titles });
    return !reply || reply.on; // worker unreachable: behave as the default
  }

  // Resolves once the document is parsed (scripts that run at document_start wait here).
  function ready() {
    if (document.readyState !== 'loading') return Promise.resolve();
    return new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }

  let template = null; // cloning one link costs half of building each (1,000-entry lists)

  // An <a> styled like `like` (an existing link of the page) pointing at Cool Papers.
  function makeLink(url, like, text = 'Cool Papers') {
    if (!template) {
      template = document.createElement('a');
      template.textContent = 'Cool Papers';
      template.title = 'Open this paper on Cool Papers (papers.cool)';
      template.target = '_blank';
      template.rel = 'noopener';
      template.setAttribute(MARK, 'link');
    }
    const a = template.cloneNode(true);
    if (like && like.className) a.className = like.className;
    a.href = url;
    if (text !== 'Cool Papers') a.textContent = text;
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

  // The loop every list page shares: collect the entries not seen yet, resolve them in one
  // batch, put one link in each that has a paper. spec:
  //   site       the options switch that turns this script off
  //   rows()     the page's entry elements (the link goes inside its row, so a row that still
  //              holds its link is never linked again)
  //   read(row)  what names its paper: a text, {text, title, venue, year}, or null (no paper)
  //   place(row, url)  inserts the link (makeLink) beside the row's own links
  //   live       keep watching: pages that render in the browser or load more as you scroll
  //   titles     read() may give entries only a title names (looked up in the title index)
  async function linkEntries({ site, rows, read, place, live = false, titles = false }) {
    performance.mark('coolpapers:start'); // bench/e2e_bench.mjs splits the time at these marks
    const on = enabled(site, titles); // asked at once: answered while the page is still loading
    await ready();
    if (!(await on)) return;
    let marked = false; // one mark, not one per re-render of a long-lived page
    const pass = async () => {
      if (!marked) performance.mark('coolpapers:collect');
      marked = true;
      const batch = [];
      for (const row of rows()) {
        if (!claim(row)) continue;
        const query = read(row);
        if (query) batch.push({ row, query });
        else finish(row, false);
      }
      if (batch.length === 0) return;
      performance.mark('coolpapers:ask'); // once per batch, as the requests
      const urls = await urlsOfTexts(batch.map((b) => b.query));
      performance.mark('coolpapers:answered');
      batch.forEach(({ row }, i) => {
        let inserted = Boolean(urls[i]) && row.isConnected;
        try {
          if (inserted) place(row, urls[i]);
        } catch (e) {
          inserted = false; // markup we did not expect: leave this entry as it is
        }
        finish(row, inserted);
      });
    };
    if (live) watch(pass);
    else await pass();
  }

  // The text of `el` with its whitespace runs made single spaces ('' for no element).
  function textOf(el) {
    return el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
  }

  // The hrefs of `links` (those with an href), each once, one a line (the host reads them all).
  function hrefsOf(links) {
    const seen = new Set();
    for (const a of links) {
      if (a.hasAttribute('href')) seen.add(a.href);
    }
    return [...seen].join('\n');
  }

  // The hrefs of the links `selector` finds in `root`, as hrefsOf.
  function hrefsIn(root, selector) {
    return hrefsOf(root.querySelectorAll(selector));
  }

  return {
    MARK, ask, urlOfPage, urlsOfTexts, enabled, ready, makeLink, claim, finish, watch, linkEntries, textOf, hrefsOf, hrefsIn,
  };
})();

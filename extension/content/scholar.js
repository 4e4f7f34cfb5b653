// Google Scholar result lists (/scholar?…) and profiles (/citations?user=…): a "Cool Papers"
// link per entry.
// - Results: div.gs_r > div.gs_ri with h3.gs_rt (title, its link) and the side links in
//   div.gs_ggs (often an arXiv PDF); the link goes in the bottom row (div.gs_fl), after
//   "All N versions". A result that links no paper id is looked up by title; the byline
//   (div.gs_a: "authors - venue, year - host") gives the tie-breakers.
// - Profiles: tr.gsc_a_tr rows whose only link is Scholar's own citation view, so always by
//   title (a.gsc_a_at), venue (the second div.gs_gray) and year (td.gsc_a_y); "Show more"
//   appends rows, each batch one request.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;

  // The result's title without Scholar's "[PDF]", "[CITATION]", "[HTML]" markers.
  function resultTitle(heading) {
    const copy = heading.cloneNode(true);
    for (const marker of copy.querySelectorAll('.gs_ctu, .gs_ctc, .gs_ctg2')) marker.remove();
    return Q.textOf(copy);
  }

  if (location.pathname.startsWith('/citations')) {
    Q.linkEntries({
      site: 'scholar',
      live: true,
      titles: true,
      rows: () => document.querySelectorAll('tr.gsc_a_tr'),
      read: (row) => {
        const title = Q.textOf(row.querySelector('a.gsc_a_at'));
        if (!title) return null;
        const gray = row.querySelectorAll('td.gsc_a_t .gs_gray');
        const year = Number(Q.textOf(row.querySelector('td.gsc_a_y'))) || undefined;
        return { title, venue: gray.length > 1 ? Q.textOf(gray[gray.length - 1]) : '', year };
      },
      place: (row, url) => {
        const gray = row.querySelectorAll('td.gsc_a_t .gs_gray');
        const at = gray.length ? gray[gray.length - 1] : row.querySelector('td.gsc_a_t');
        at.append(' ', Q.makeLink(url, null));
      },
    });
    return;
  }

  Q.linkEntries({
    site: 'scholar',
    live: true,
    titles: true,
    rows: () => document.querySelectorAll('div.gs_r'),
    read: (result) => {
      const heading = result.querySelector('.gs_ri h3.gs_rt');
      if (!heading) return null;
      return {
        text: Q.hrefsIn(result, 'h3.gs_rt a[href], .gs_ggs a[href]'),
        title: resultTitle(heading),
        venue: Q.textOf(result.querySelector('.gs_ri .gs_a')),
      };
    },
    place: (result, url) => {
      const row = result.querySelector('.gs_ri > .gs_fl') || result.querySelector('.gs_ri');
      const after = row.querySelector('a[href*="cluster="]') || row.querySelector('a[href*="related:"]') ||
        row.querySelector('a[href*="cites="]');
      const link = Q.makeLink(url, null);
      if (after) after.after(' ', link);
      else row.append(' ', link);
    },
  });
})();

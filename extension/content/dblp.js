// DBLP person, proceedings (table of contents) and search pages: a "Cool Papers" link at the end
// of each entry's citation (cite.data; div.data before 2016). An entry is ul.publ-list > li.entry; its first menu in nav.publ
// ("view") holds the electronic editions (arxiv.org, aclanthology.org, proceedings.mlr.press,
// openreview.net, ijcai.org, doi.org …). Entries whose editions name no paper are looked up by
// title, with the venue and year as tie-breakers. Search and long person pages add entries as
// you scroll: each new batch is one request.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;
  Q.linkEntries({
    site: 'dblp',
    live: true,
    titles: true,
    rows: () => document.querySelectorAll('ul.publ-list > li.entry'),
    read: (entry) => {
      const cite = entry.querySelector('.data');
      const title = Q.textOf(cite && cite.querySelector('.title'));
      // nav.publ > ul > li:first-child a[href], found by tag: a structural selector costs the
      // selector engine ~10 µs an entry, a quarter of collecting a 1,000-entry page
      const nav = entry.querySelector('nav');
      const view = nav && nav.querySelector('li');
      const text = view ? Q.hrefsOf(view.getElementsByTagName('a')) : '';
      if (!text && !title) return null;
      const venue = [...(cite ? cite.querySelectorAll('[itemprop="isPartOf"]') : [])].map(Q.textOf).join(' ');
      const year = Number(Q.textOf(cite && cite.querySelector('[itemprop="datePublished"]'))) || undefined;
      return { text, title, venue, year };
    },
    place: (entry, url) => entry.querySelector('.data').append(' ', Q.makeLink(url, null)),
  });
})();

// IJCAI proceedings listings (www.ijcai.org/proceedings/YYYY/): a "Cool Papers" link after each
// paper's "PDF Details" links (div.paper_wrapper > div.details). One request per page.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;
  Q.linkEntries({
    site: 'ijcai',
    rows: () => document.querySelectorAll('div.paper_wrapper'),
    read: (paper) => Q.hrefsIn(paper, '.details a[href]') || null,
    place: (paper, url) => paper.querySelector('.details').append(' ', Q.makeLink(url, null)),
  });
})();

// Hugging Face daily papers (/papers, /papers/date/…, /papers/week/…, /papers/month/…): a
// "Cool Papers" link under each card's title (article with h3 > a[href=/papers/ID]). The list
// is rendered in the browser and grows and changes without a reload, so every change resolves
// the cards not seen yet, in one request.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;
  const isList = () => /^\/papers(\/(date|week|month)\/[^/]+|\/trending)?\/?$/.test(location.pathname);
  Q.linkEntries({
    site: 'huggingface',
    live: true,
    rows: () => (isList() ? document.querySelectorAll('article') : []),
    read: (card) => Q.hrefsIn(card, 'h3 > a[href*="/papers/"]') || null,
    place: (card, url) => {
      const title = card.querySelector('h3 > a[href*="/papers/"]');
      title.parentElement.after(Q.makeLink(url, null));
    },
  });
})();

// ACL Anthology volume, event and author pages: a "Cool Papers" badge after each paper's
// pdf/bib/abs badges. A paper is a row .d-sm-flex.align-items-stretch (a <p> until 2023, a
// <div> since the 2026 redesign, whose badges sit in span groups inside div.list-button-row)
// titled by strong > a.align-middle[href=/ID/]. One request per page.
'use strict';
(() => {
  const Q = globalThis.CoolPapersQuickLinks;

  // The badges of the first group: up to the first <br> (2023) or in the first span (2026).
  function firstBadgeGroup(row) {
    const buttons = row.querySelector('.list-button-row');
    if (!buttons) return [];
    const group = buttons.querySelector(':scope > span') || buttons;
    const badges = [];
    for (const child of group.children) {
      if (child.tagName === 'BR') break;
      if (child.matches('a.badge')) badges.push(child);
    }
    return badges;
  }

  Q.linkEntries({
    site: 'acl',
    rows: () => document.querySelectorAll('.d-sm-flex.align-items-stretch'),
    read: (row) => Q.hrefsIn(row, 'strong > a.align-middle[href]') || null,
    place: (row, url) => {
      const badges = firstBadgeGroup(row);
      const bib = badges.find((a) => a.title === 'Export to BibTeX');
      const last = badges[badges.length - 1];
      const link = Q.makeLink(url, bib || last);
      if (last) last.after(link);
      else row.querySelector('strong').after(' ', link);
    },
  });
})();

// The ways in besides the context menu: the popup's box and the omnibox keyword ("cp" + an id, a
// URL or a title) send what was typed, the keyboard shortcut sends the current tab's address.
// Both go to the host like a selection or a page would (open.js).

import { openPaper } from './open.js';

export const OPEN_TAB_COMMAND = 'open-current-paper';

const NOTHING_TYPED = 'No paper id or known title in what you typed. Type or paste an arXiv, ' +
  'OpenReview, ACL Anthology, IJCAI or PMLR id or link, or a paper title.';
const NOTHING_IN_TAB = 'No paper id in this tab\'s address. Right-click the link or select the ' +
  'id on the page instead.';

async function activeTab() {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

// Text from the popup or the omnibox; the new tabs open next to the current one.
export async function openTyped(text) {
  const typed = String(text || '').trim();
  if (!typed) return { opened: [], notice: null };
  return openPaper({ selection: typed }, await activeTab(), NOTHING_TYPED);
}

// The shortcut: the paper of the tab it was pressed in (an abstract page, a PDF, …).
export async function openTab(tab) {
  const here = tab && tab.url ? tab : await activeTab();
  if (!here || !here.url) return { opened: [], notice: null };
  return openPaper({ page: here.url }, here, NOTHING_IN_TAB);
}

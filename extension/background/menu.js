// The "Open in Cool Papers" context menu: the browser's four fields go to the host, and every
// URL the host returns opens in a new tab. The host decides everything else.

import { openPaper } from './open.js';

export const MENU_ID = 'open-in-cool-papers';

export function createMenu() {
  // "page" and "frame" cover Chrome's PDF viewer (and file:// PDFs once the user allows file access).
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({
      id: MENU_ID,
      title: 'Open in Cool Papers',
      contexts: ['page', 'frame', 'selection', 'link'],
    });
  });
}

function fieldsOf(info) {
  const fields = {};
  if (info.selectionText) fields.selection = info.selectionText;
  if (info.linkUrl) fields.link = info.linkUrl;
  if (info.pageUrl) fields.page = info.pageUrl;
  if (info.frameUrl) fields.frame = info.frameUrl;
  return fields;
}

// Returns what was done, for tests and the bench: {opened: [urls], notice: kind|null}.
export async function onMenuClick(info, tab) {
  if (info.menuItemId !== MENU_ID) return { opened: [], notice: null };
  return openPaper(fieldsOf(info), tab);
}

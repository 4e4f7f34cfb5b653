// Service-worker entry: every listener is registered synchronously at the top level, so a worker
// woken up by a click or a content script finds it (MV3 workers come and go).

import { closePort } from './host.js';
import { createMenu, onMenuClick } from './menu.js';
import { answer, counts } from './quicklinks.js';
import { hostStatus } from './status.js';

chrome.runtime.onInstalled.addListener(createMenu);
chrome.runtime.onStartup.addListener(createMenu);

chrome.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(info, tab).catch((e) => console.error('Cool Papers menu:', e));
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || typeof message !== 'object') return false;
  const work = message.kind === 'status' ? hostStatus() : answer(message);
  work.then(sendResponse, (e) => sendResponse({ error: String(e) }));
  return true; // the answer comes asynchronously
});

// For bench/e2e_bench.mjs (start the next click cold) and the tests (batches sent).
self.coolPapers = { closePort, counts };

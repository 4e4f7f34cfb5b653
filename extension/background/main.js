// Service-worker entry: every listener is registered synchronously at the top level, so a worker
// woken up by a click or a content script finds it (MV3 workers come and go).

import { closePort } from './host.js';
import { createMenu, onMenuClick } from './menu.js';
import { answer, counts } from './quicklinks.js';
import { hostStatus } from './status.js';
import { OPEN_TAB_COMMAND, openTab, openTyped } from './typed.js';

chrome.runtime.onInstalled.addListener(createMenu);
chrome.runtime.onStartup.addListener(createMenu);

chrome.contextMenus.onClicked.addListener((info, tab) => {
  onMenuClick(info, tab).catch((e) => console.error('Cool Papers menu:', e));
});

// The extension's own pages (popup, options) may ask for the status or open what was typed;
// content scripts only ask for quick-link URLs.
function work(message, sender) {
  const ownPage = Boolean(sender.url && sender.url.startsWith(chrome.runtime.getURL('')));
  if (message.kind === 'status') return hostStatus();
  if (message.kind === 'open' && ownPage) return openTyped(message.text);
  return answer(message);
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || typeof message !== 'object') return false;
  work(message, sender).then(sendResponse, (e) => sendResponse({ error: String(e) }));
  return true; // the answer comes asynchronously
});

// "cp <id, URL or title>" in the address bar (both browsers have the omnibox API; guarded anyway).
if (chrome.omnibox) {
  chrome.omnibox.setDefaultSuggestion({ description: 'Open on Cool Papers: %s' });
  chrome.omnibox.onInputEntered.addListener((text) => {
    openTyped(text).catch((e) => console.error('Cool Papers omnibox:', e));
  });
}

if (chrome.commands) {
  chrome.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_TAB_COMMAND) openTab(tab).catch((e) => console.error('Cool Papers shortcut:', e));
  });
}

// For bench/e2e_bench.mjs (start the next click cold) and the tests (batches sent).
self.coolPapers = { closePort, counts };

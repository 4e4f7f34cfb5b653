// Toolbar popup: a box to open an id, a link or a title; the host's status (a ping through the
// service worker); sites whose quick links are off for want of permission; and the last
// notification, so a missed message can be read again.

import { describeHosts, withheldPatterns } from './site_access.js';

const $ = (id) => document.getElementById(id);

async function showStatus() {
  $('status').dataset.state = 'checking';
  $('status-text').textContent = 'Checking…';
  const status = await chrome.runtime.sendMessage({ kind: 'status' });
  if (status && status.ok) {
    $('status').dataset.state = 'ok';
    $('status-text').textContent =
      `Connected: coolpapers ${status.version} (answered in ${status.ms} ms).`;
    $('status-fix').hidden = true;
  } else {
    $('status').dataset.state = 'problem';
    $('status-text').textContent = status ? status.problem || status.error : 'No answer.';
    $('status-command').textContent = (status && status.command) || 'coolpapers install';
    $('status-fix').hidden = false;
  }
}

async function showNotice() {
  const { lastNotice } = await chrome.storage.session.get('lastNotice');
  if (!lastNotice) return;
  $('notice').hidden = false;
  $('notice-text').textContent =
    `${new Date(lastNotice.time).toLocaleTimeString()}: ${lastNotice.message}`;
}

// The box: whatever was typed goes to the host through the service worker, which opens the
// pages (the popup closes when a tab opens) or keeps a notice, shown here at once.
async function openTyped(event) {
  event.preventDefault();
  const text = $('open-text').value.trim();
  if (!text) return;
  const result = await chrome.runtime.sendMessage({ kind: 'open', text });
  if (result && result.notice) await showNotice();
}

// The shortcut the user actually has (they may have changed or removed it).
async function showShortcut() {
  if (!chrome.commands || !chrome.commands.getAll) return;
  const command = (await chrome.commands.getAll()).find((c) => c.name === 'open-current-paper');
  $('shortcut').textContent = (command && command.shortcut) || 'a shortcut (none set)';
}

// Sites whose quick links are off because the browser's permission was withdrawn.
let withheld = [];
async function showSiteAccess() {
  withheld = await withheldPatterns();
  $('site-access').hidden = withheld.length === 0;
  if (withheld.length === 0) return;
  $('site-access-text').textContent = `Quick links are off on ${describeHosts(withheld)}: ` +
    'the permission to read these sites was withdrawn in the browser.';
}

// permissions.request must be called in the click itself (a user gesture): no await before it.
function allowSites() {
  chrome.permissions.request({ origins: withheld }).then(showSiteAccess, showSiteAccess);
}

$('open-form').addEventListener('submit', openTyped);
$('site-access-allow').addEventListener('click', allowSites);
$('recheck').addEventListener('click', showStatus);
showStatus();
showNotice();
showShortcut();
showSiteAccess();

// Popup and options page: the host's status (a ping through the service worker) and the last
// notification, so a missed message can be read again.

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

$('recheck').addEventListener('click', showStatus);
showStatus();
showNotice();

// Firefox without a working host: its own messages ("No such native application …" when the host
// is not registered or not allowed, "An unexpected error occurred" when the registered program is
// gone) become the sentence that names the fix, in the notification and the popup; pages stay as
// they were; once `coolpapers install` ran, the next click works without restarting Firefox.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { ALERT_TEXT_SHOWN, GECKO_ID, installHost, launchFirefox, waitFor } from './lib/firefox.js';
import { COOL, routes } from './lib/pages.js';
import { HOST_BIN } from './lib/paths.js';
import { startServer } from './lib/server.js';

let server;
let firefox;
const PAGE = 'https://example.org/reading-list';

before(async () => {
  server = await startServer(routes({
    'example.org/reading-list': { body: '<!doctype html><title>Reading list</title><p id="id">arXiv:2305.10601</p>' },
  }));
  firefox = await launchFirefox({ port: server.port, withHost: false });
});

after(async () => {
  await firefox?.close();
  await server?.close();
});

beforeEach(async () => {
  await firefox.closeOtherTabs();
  await firefox.closeAlerts();
});

// Right-clicks the id on the page; resolves with the notification's text (no tab may open).
async function clickForNotice() {
  await firefox.navigate(PAGE);
  await firefox.selectText('#id');
  await firefox.menuClick('#id');
  const [alert] = await waitFor(() => firefox.alerts().then((a) => a.length > 0 && a), 'a notification');
  assert.deepEqual(await firefox.tabUrls(), [PAGE], 'no tab opens');
  return alert;
}

// The popup's host status, once it has one.
function popupStatus() {
  return firefox.inExtension('popup/popup.html', async () => {
    const status = document.getElementById('status');
    while (status.dataset.state === 'checking') await new Promise((r) => setTimeout(r, 50));
    return {
      state: status.dataset.state,
      text: document.getElementById('status-text').textContent,
      command: document.getElementById('status-fix').hidden ? '' : document.getElementById('status-command').textContent,
    };
  });
}

describe('Firefox: host not installed, not allowed, moved', () => {
  test('not installed: the notification names Firefox\'s message and `coolpapers install`', async () => {
    const text = await clickForNotice();
    assert.equal(text, 'Cool Papers: The Cool Papers helper program is not installed for this browser, ' +
      'or not allowed for this extension: run "coolpapers install" in a terminal, then try again. ' +
      '(No such native application cool.papers.router)');
    assert.ok(text.indexOf('again.') < ALERT_TEXT_SHOWN, 'the fix is in the part Firefox shows');
    const s = await popupStatus();
    assert.equal(s.state, 'problem');
    assert.equal(s.text, 'The Cool Papers helper program is not installed for this browser, or not allowed ' +
      'for this extension (No such native application cool.papers.router).');
    assert.equal(s.command, 'coolpapers install');
  });

  test('not installed: quick links leave the page as it was', async () => {
    await firefox.navigate('https://aclanthology.org/N04-1001/');
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(await firefox.inPage(() => [
      document.querySelectorAll('[data-coolpapers="link"]').length,
      document.querySelectorAll('div.acl-paper-link-block a').length]), [0, 4]);
  });

  test('registered for another extension: Firefox says the same, and so do we', async () => {
    const manifest = installHost(firefox.home);
    const m = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    assert.deepEqual(m.allowed_extensions, [GECKO_ID], 'the installer allows our add-on');
    fs.writeFileSync(manifest, JSON.stringify({ ...m, allowed_extensions: ['someone-else@example.org'] }));
    const text = await clickForNotice();
    assert.match(text, /not installed for this browser, or not allowed for this extension: run "coolpapers install"/);
  });

  test('program moved after `coolpapers install`: the notification and the popup say so', async () => {
    const bin = path.join(firefox.home, 'moved', 'coolpapers');
    fs.mkdirSync(path.dirname(bin));
    fs.copyFileSync(HOST_BIN, bin);
    fs.chmodSync(bin, 0o755);
    installHost(firefox.home, bin);
    fs.rmSync(bin);
    const text = await clickForNotice();
    assert.equal(text, 'Cool Papers: The Cool Papers helper program was moved or removed since it was ' +
      'registered: run "coolpapers install" from where it is now, or reinstall it. (An unexpected error occurred)');
    assert.ok(text.indexOf('reinstall it.') < ALERT_TEXT_SHOWN, 'the fix is in the part Firefox shows');
    const s = await popupStatus();
    assert.equal(s.state, 'problem');
    assert.match(s.text, /was moved or removed/);
  });

  test('after `coolpapers install`, the next click works (no restart)', async () => {
    installHost(firefox.home);
    await firefox.navigate(PAGE);
    await firefox.selectText('#id');
    await firefox.menuClick('#id');
    await waitFor(async () => (await firefox.tabUrls())[1] === `${COOL}/arxiv/2305.10601`, 'the paper\'s tab');
    const s = await popupStatus();
    assert.equal(s.state, 'ok');
    assert.match(s.text, /^Connected: coolpapers \d+\.\d+\.\d+/);
  });
});

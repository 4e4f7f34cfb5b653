// Without the host: the menu says what is wrong and the one command that fixes it, the popup
// shows the same, quick links leave pages alone; once the host is there, everything works
// again without restarting the browser.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EXTENSION_ID, launch, registerHost } from './lib/browser.js';
import { click } from './lib/menu.js';
import { COOL, routes } from './lib/pages.js';
import { HOST_BIN, OUTPUT } from './lib/paths.js';
import { startServer } from './lib/server.js';

let server;
let browser;
let tab;
const pageUrl = 'https://arxiv.org/abs/2405.05966';

before(async () => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  server = await startServer(routes());
  browser = await launch({ port: server.port, withHost: false });
  const page = browser.context.pages()[0] || await browser.context.newPage();
  await page.goto(pageUrl, { waitUntil: 'domcontentloaded' });
  tab = (await (await browser.serviceWorker()).evaluate(() => chrome.tabs.query({})))[0];
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function popupStatus(shot) {
  const popup = await browser.context.newPage();
  try {
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup/popup.html`);
    await popup.waitForFunction(() => document.getElementById('status').dataset.state !== 'checking');
    await popup.setViewportSize({ width: 440, height: 320 });
    await popup.screenshot({ path: path.join(OUTPUT, `${shot}.png`) });
    return await popup.evaluate(() => ({
      state: document.getElementById('status').dataset.state,
      text: document.getElementById('status-text').textContent,
      fixShown: !document.getElementById('status-fix').hidden,
      command: document.getElementById('status-command').textContent,
    }));
  } finally {
    await popup.close();
  }
}

describe('host missing or failing', () => {
  test('menu click: a notice naming the problem and `coolpapers install`, no tab', async () => {
    const r = await click(browser, { selectionText: '2305.10601', pageUrl }, tab, { notice: 'host' });
    assert.equal(r.tabs.length, 0);
    assert.equal(r.notice?.kind, 'host');
    assert.match(r.notice.message, /not installed/);
    assert.match(r.notice.message, /coolpapers install/);
    assert.ok(r.notifications.includes('coolpapers-host'));
  });

  test('quick links: the page stays as it was', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://aclanthology.org/N04-1001/', { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(300);
    assert.equal(await page.locator('[data-coolpapers="link"]').count(), 0);
    assert.equal(await page.locator('div.acl-paper-link-block a').count(), 4);
    await page.close();
  });

  test('popup: the status names the problem and the command', async () => {
    const s = await popupStatus('popup-host-missing');
    assert.equal(s.state, 'problem');
    assert.match(s.text, /not installed/);
    assert.ok(s.fixShown);
    assert.equal(s.command, 'coolpapers install');
  });

  test('a host that dies at once: "failed", with the same command', async () => {
    registerHost(browser.profile, '/bin/false');
    const r = await click(browser, { selectionText: '2305.10601', pageUrl }, tab, { notice: 'host' });
    assert.equal(r.tabs.length, 0);
    assert.match(r.notice.message, /failed/);
    assert.match(r.notice.message, /coolpapers install/);
  });

  test('a host that dies under a request: the request goes again to a fresh process', async () => {
    // The first start reads the request's length and exits without answering, so the port dies
    // with the request in flight; every later start is the real host.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coolpapers-dies-once-'));
    const wrapper = path.join(dir, 'host.sh');
    fs.writeFileSync(wrapper, `#!/bin/sh
if [ ! -e "${dir}/died" ]; then : > "${dir}/died"; head -c 4 > /dev/null; exit 1; fi
exec "${HOST_BIN}" "$@"
`, { mode: 0o755 });
    registerHost(browser.profile, wrapper);
    const r = await click(browser, { selectionText: '2305.10601', pageUrl }, tab, { tabs: 1 });
    assert.ok(fs.existsSync(path.join(dir, 'died')), 'the first host process was started and died');
    assert.deepEqual(r.tabs.map((t) => t.url), [`${COOL}/arxiv/2305.10601`]);
    assert.equal(r.notice, null);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('after installing, the next click works (no browser restart)', async () => {
    registerHost(browser.profile);
    const r = await click(browser, { selectionText: '2305.10601', pageUrl }, tab, { tabs: 1 });
    assert.deepEqual(r.tabs.map((t) => t.url), [`${COOL}/arxiv/2305.10601`]);
    const s = await popupStatus('popup-host-ok');
    assert.equal(s.state, 'ok');
    assert.match(s.text, /^Connected: coolpapers \d+\.\d+\.\d+/);
  });
});

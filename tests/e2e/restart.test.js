// The service worker is stopped (as the browser does when it is idle) and started again:
// nothing is lost — the menu still works, quick links still resolve, the host port reopens.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { EXTENSION_ID, hostProcesses, launch, MENU_ID } from './lib/browser.js';
import { click } from './lib/menu.js';
import { COOL, routes } from './lib/pages.js';
import { startServer } from './lib/server.js';

let server;
let browser;
let page;

before(async () => {
  server = await startServer(routes());
  browser = await launch({ port: server.port });
  page = browser.context.pages()[0] || await browser.context.newPage();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function linkOf(url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const link = page.locator('a[data-coolpapers="link"]');
  await link.first().waitFor({ timeout: 10000 });
  assert.equal(await link.count(), 1);
  return link.getAttribute('href');
}

async function waitGone(pid) {
  const deadline = Date.now() + 5000;
  while (hostProcesses(browser.profile).some((p) => p.pid === pid) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
  }
  return !hostProcesses(browser.profile).some((p) => p.pid === pid);
}

async function activeTab() {
  return (await (await browser.serviceWorker()).evaluate(() => chrome.tabs.query({ active: true })))[0];
}

let firstHost;

describe('service worker restart', () => {
  test('before: quick link and menu work, one host process', async () => {
    assert.equal(await linkOf('https://arxiv.org/abs/2312.11805'), `${COOL}/arxiv/2312.11805`);
    await page.bringToFront();
    const r = await click(browser, { pageUrl: page.url() }, await activeTab(), { tabs: 1 });
    assert.deepEqual(r.tabs.map((t) => t.url), [`${COOL}/arxiv/2312.11805`]);
    const hosts = hostProcesses(browser.profile);
    assert.equal(hosts.length, 1);
    firstHost = hosts[0].pid;
    await (await browser.serviceWorker()).evaluate(() => { self.markedBeforeStop = true; });
  });

  test('stopped: the worker goes, and its host process exits with the port', async () => {
    await page.bringToFront();
    await browser.stopServiceWorker(page);
    assert.ok(await waitGone(firstHost), 'host exits on EOF when the port closes');
  });

  test('after: a page wakes the worker and its quick link resolves', async () => {
    assert.equal(await linkOf('https://aclanthology.org/2021.naacl-main.208/'),
      `${COOL}/venue/2021.naacl-main.208@ACL`);
  });

  test('after: the menu item still exists and a click still opens the tab', async () => {
    const sw = await browser.serviceWorker();
    assert.equal(await sw.evaluate(() => self.markedBeforeStop), undefined, 'a fresh worker');
    await sw.evaluate((id) => chrome.contextMenus.update(id, {}), MENU_ID);
    const r = await click(browser, { selectionText: 'arXiv:2305.10601' }, await activeTab(), { tabs: 1 });
    assert.deepEqual(r.tabs.map((t) => t.url), [`${COOL}/arxiv/2305.10601`]);
    const hosts = hostProcesses(browser.profile);
    assert.equal(hosts.length, 1, 'one new port, one new host process');
    assert.notEqual(hosts[0].pid, firstHost);
  });

  test('stopped again: after a wake-up, the next click reconnects by itself', async () => {
    await page.bringToFront();
    const before = hostProcesses(browser.profile)[0].pid;
    await browser.stopServiceWorker(page);
    assert.ok(await waitGone(before));
    // A real click wakes the worker by itself; dispatch() needs a live worker to run in, so
    // the popup (which asks the worker for the host status) wakes it here.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/popup/popup.html`);
    await popup.close();
    await page.bringToFront();
    const r = await click(browser, { linkUrl: 'https://openreview.net/forum?id=YicbFdNTTy' }, await activeTab(), { tabs: 1 });
    assert.deepEqual(r.tabs.map((t) => t.url), [`${COOL}/venue/YicbFdNTTy@OpenReview`]);
  });

  test('host process killed: the next click reconnects (a new process), nothing is lost', async () => {
    const [victim] = hostProcesses(browser.profile);
    process.kill(victim.pid, 'SIGKILL');
    assert.ok(await waitGone(victim.pid));
    const r = await click(browser, { selectionText: 'see 1706.03762' }, await activeTab(), { tabs: 1 });
    assert.deepEqual(r.tabs.map((t) => t.url), [`${COOL}/arxiv/1706.03762`]);
    const hosts = hostProcesses(browser.profile);
    assert.equal(hosts.length, 1);
    assert.notEqual(hosts[0].pid, victim.pid);
  });
});

// The context menu through its real listener: selection, link, page and PDF cases, several ids
// at once, the search fallback and the "nothing here" notice. Every URL is the host's answer.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, beforeEach, describe, test } from 'node:test';
import { hostProcesses, launch, MENU_ID } from './lib/browser.js';
import { click, closeTabsExcept, tabById } from './lib/menu.js';
import { COOL, routes } from './lib/pages.js';
import { OUTPUT } from './lib/paths.js';
import { writePdf } from './lib/pdf.js';
import { startServer } from './lib/server.js';

let server;
let browser;
let page;
let tab;
let pdfDir;

before(async () => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coolpapers-pdf-'));
  writePdf(path.join(pdfDir, 'tree-of-thoughts.pdf'), {
    title: 'Tree of Thoughts: Deliberate Problem Solving with Large Language Models',
    lines: ['Tree of Thoughts: Deliberate Problem Solving with Large Language Models',
      'Shunyu Yao, Dian Yu, Jeffrey Zhao'],
    stamp: 'arXiv:2305.10601v2 [cs.CL] 3 Dec 2023',
  });
  writePdf(path.join(pdfDir, 'no-id.pdf'), {
    title: 'Shopping notes', lines: ['Apples, pears.'],
  });
  server = await startServer(routes());
  browser = await launch({ port: server.port });
  page = browser.context.pages()[0] || await browser.context.newPage();
  await page.goto('https://arxiv.org/abs/2312.11805', { waitUntil: 'domcontentloaded' });
  const sw = await browser.serviceWorker();
  tab = (await sw.evaluate(() => chrome.tabs.query({})))[0]; // the window's only tab
});

beforeEach(async () => {
  await closeTabsExcept(browser, [tab.id]);
  tab = await tabById(browser, tab.id);
});

after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(pdfDir, { recursive: true, force: true });
});

const pageUrl = 'https://arxiv.org/abs/2312.11805';

function assertNextTo(result, urls) {
  assert.deepEqual(result.tabs.map((t) => t.url), urls, result.notice ? `notice: ${result.notice.message}` : undefined);
  result.tabs.forEach((t, i) => {
    assert.equal(t.index, tab.index + 1 + i, 'opens right after the current tab, in order');
    assert.equal(t.openerTabId, tab.id);
  });
}

describe('context menu', () => {
  test('the menu item exists for selections, links, pages and frames', async () => {
    const sw = await browser.serviceWorker();
    await sw.evaluate((id) => chrome.contextMenus.update(id, {}), MENU_ID);
  });

  test('selection with one arXiv id', async () => {
    const r = await click(browser, { selectionText: 'see arXiv:2305.10601v2 for details', pageUrl }, tab, { tabs: 1 });
    assertNextTo(r, [`${COOL}/arxiv/2305.10601`]);
    assert.equal(r.notice, null);
  });

  test('selection with several ids of several sources opens them together', async () => {
    const selectionText = 'Compare 2305.10601 and 1706.03762 with https://openreview.net/forum?id=YicbFdNTTy ' +
      'and the ACL paper 2023.acl-long.1';
    const r = await click(browser, { selectionText, pageUrl }, tab, { tabs: 3 });
    assertNextTo(r, [`${COOL}/arxiv/2305.10601,1706.03762`, `${COOL}/venue/YicbFdNTTy@OpenReview`,
      `${COOL}/venue/2023.acl-long.1@ACL`]);
  });

  for (const [name, linkUrl, expected] of [
    ['arXiv', 'https://arxiv.org/pdf/2305.10601v2', `${COOL}/arxiv/2305.10601`],
    ['OpenReview', 'https://openreview.net/pdf?id=_VjQlMeSB_J', `${COOL}/venue/_VjQlMeSB_J@OpenReview`],
    ['ACL Anthology', 'https://aclanthology.org/2020.emnlp-demos.6', `${COOL}/venue/2020.emnlp-demos.6@ACL`],
    ['IJCAI', 'https://www.ijcai.org/proceedings/2023/0123.pdf', `${COOL}/venue/123@2023@IJCAI`],
    ['PMLR', 'https://proceedings.mlr.press/v202/kirchenbauer23a/kirchenbauer23a.pdf', `${COOL}/venue/kirchenbauer23a@v202@PMLR`],
  ]) {
    test(`link to a ${name} paper`, async () => {
      const r = await click(browser, { linkUrl, pageUrl: 'https://example.org/reading-list' }, tab, { tabs: 1 });
      assertNextTo(r, [expected]);
    });
  }

  test('a link beats the page it is on', async () => {
    const r = await click(browser, { linkUrl: 'https://arxiv.org/abs/1706.03762', pageUrl }, tab, { tabs: 1 });
    assertNextTo(r, [`${COOL}/arxiv/1706.03762`]);
  });

  test('page: right-click anywhere on an abstract page', async () => {
    const r = await click(browser, { pageUrl }, tab, { tabs: 1 });
    assertNextTo(r, [`${COOL}/arxiv/2312.11805`]);
  });

  test('PDF page whose address names the paper (Chrome PDF viewer)', async () => {
    const pdf = 'https://arxiv.org/pdf/2305.10601v2';
    const r = await click(browser, { pageUrl: pdf, frameUrl: pdf }, tab, { tabs: 1 });
    assertNextTo(r, [`${COOL}/arxiv/2305.10601`]);
  });

  test('local file:// PDF in Chrome\'s PDF viewer: the host reads it (resolve, then resolve_pdf)', async () => {
    const file = pathToFileURL(path.join(pdfDir, 'tree-of-thoughts.pdf')).href;
    const viewer = await browser.context.newPage();
    try {
      await viewer.goto(file);
      await viewer.waitForTimeout(400); // the viewer draws the page after load
      await viewer.screenshot({ path: path.join(OUTPUT, 'pdf-viewer.png') });
      const sw = await browser.serviceWorker();
      const pdfTab = (await sw.evaluate(() => chrome.tabs.query({}))).find((t) => t.id !== tab.id);
      // What Chrome reports for a right-click inside its PDF viewer.
      const r = await click(browser, { pageUrl: file, frameUrl: file }, pdfTab, { tabs: 1 });
      assert.deepEqual(r.tabs.map((t) => t.url), [`${COOL}/arxiv/2305.10601`], r.notice?.message);
      assert.equal(r.tabs[0].index, pdfTab.index + 1, 'next to the PDF tab');
    } finally {
      await viewer.close();
    }
  });

  test('local PDF without any id: its title is searched, and a notice says so', async () => {
    const file = pathToFileURL(path.join(pdfDir, 'no-id.pdf')).href;
    const r = await click(browser, { pageUrl: file }, tab, { tabs: 1, notice: 'search' });
    assertNextTo(r, [`${COOL}/arxiv/search?highlight=1&query=Shopping%20notes`]);
    assert.ok(r.notice.message.length > 0);
  });

  test('a PDF the host cannot read: its reason in a notice, no tab', async () => {
    const file = pathToFileURL(path.join(pdfDir, 'gone.pdf')).href;
    const r = await click(browser, { pageUrl: file }, tab, { notice: 'nothing' });
    assert.equal(r.tabs.length, 0);
    assert.match(r.notice.message, /gone\.pdf/);
  });

  test('no id in the selection: Cool Papers search, and a notice that says so', async () => {
    const r = await click(browser, { selectionText: 'Attention is all you need', pageUrl: 'https://example.org/' },
      tab, { tabs: 1, notice: 'search' });
    assertNextTo(r, [`${COOL}/arxiv/search?highlight=1&query=Attention%20is%20all%20you%20need`]);
    assert.match(r.notice.message, /No paper ID found/);
    assert.ok(r.notifications.includes('coolpapers-search'));
  });

  test('no id and no text: a notice explaining what to select', async () => {
    const r = await click(browser, { pageUrl: 'https://example.org/' }, tab, { notice: 'nothing' });
    assert.equal(r.tabs.length, 0);
    assert.match(r.notice.message, /[Ss]elect/);
    assert.ok(r.notifications.includes('coolpapers-nothing'));
  });

  test('one host process serves every click (the port stays open)', async () => {
    for (let i = 0; i < 3; i++) {
      await click(browser, { selectionText: `arXiv:1706.0376${i}`, pageUrl }, tab, { tabs: 1 });
    }
    assert.equal(hostProcesses(browser.profile).length, 1);
  });

  test('a slow PDF download: the badge says a PDF is being read, and other clicks are answered meanwhile', async () => {
    // The PDF's bytes are held back until release(): the host's download helper waits on them.
    const bytes = fs.readFileSync(path.join(pdfDir, 'tree-of-thoughts.pdf'));
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    const slow = http.createServer(async (req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': bytes.length });
      res.write(bytes.subarray(0, 8));
      await released;
      res.end(bytes.subarray(8));
    });
    await new Promise((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const sw = await browser.serviceWorker();
    const badge = () => sw.evaluate(() => chrome.action.getBadgeText({}));
    const waitFor = async (fn, value) => {
      const end = Date.now() + 20000;
      while ((await fn()) !== value && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
      return fn();
    };
    try {
      const pdfUrl = `http://127.0.0.1:${slow.address().port}/slow.pdf`;
      const pdfClick = sw.evaluate(({ id, pdfUrl, tab }) => {
        chrome.contextMenus.onClicked.dispatch({ menuItemId: id, editable: false, pageUrl: pdfUrl }, tab);
      }, { id: MENU_ID, pdfUrl, tab });
      await pdfClick;
      assert.equal(await waitFor(badge, 'PDF'), 'PDF', 'the badge shows while the PDF downloads');

      const other = await click(browser, { selectionText: 'arXiv:1706.03762', pageUrl }, tab, { tabs: 1 });
      assert.deepEqual(other.tabs.map((t) => t.url), [`${COOL}/arxiv/1706.03762`], other.notice?.message);
      assert.equal(await badge(), 'PDF', 'the PDF is still being read');

      const tabsBefore = (await sw.evaluate(() => chrome.tabs.query({}))).length;
      release();
      assert.equal(await waitFor(badge, ''), '', 'the badge goes once the PDF is answered');
      const tabsAfter = await waitFor(async () => (await sw.evaluate(() => chrome.tabs.query({}))).length, tabsBefore + 1);
      assert.equal(tabsAfter, tabsBefore + 1, 'the PDF\'s paper opened in a tab');
      assert.equal(hostProcesses(browser.profile).length, 1, 'one host served both');
    } finally {
      release();
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});

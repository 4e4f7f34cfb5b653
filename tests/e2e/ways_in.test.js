// The ways in besides the context menu, in the real browser with the real host: the options
// page's per-site switches (stored in storage.sync, obeyed by the content scripts), the popup's
// box (an id, a link, a title), the omnibox keyword "cp" and the keyboard shortcut (through their
// real registered listeners), and the popup repeating the last notice.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { EXTENSION_ID, launch } from './lib/browser.js';
import { LISTS, listRoutes } from './lib/lists.js';
import { act, closeTabsExcept, tabById } from './lib/menu.js';
import { COOL, routes } from './lib/pages.js';
import { startServer } from './lib/server.js';

const EXT = `chrome-extension://${EXTENSION_ID}`;
const DBLP = LISTS.find((s) => s.kind === 'dblp-ml-proceedings');

let server;
let browser;
let tab;

before(async () => {
  server = await startServer({ ...routes(), ...listRoutes() });
  browser = await launch({ port: server.port });
  const page = browser.context.pages()[0] || await browser.context.newPage();
  await page.goto('https://arxiv.org/abs/2312.11805', { waitUntil: 'domcontentloaded' });
  tab = (await (await browser.serviceWorker()).evaluate(() => chrome.tabs.query({})))[0];
});

beforeEach(async () => {
  await closeTabsExcept(browser, [tab.id]);
  tab = await tabById(browser, tab.id);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const urlsOf = (result) => result.tabs.map((t) => t.url);

describe('options page', () => {
  test('has a switch per site, all on by default; switching DBLP off stops its links', async () => {
    const options = await browser.context.newPage();
    await options.goto(`${EXT}/options/options.html`);
    const boxes = options.locator('#sites input[type=checkbox]');
    await boxes.first().waitFor();
    assert.deepEqual(await boxes.evaluateAll((all) => all.map((b) => [b.name, b.checked])),
      ['arxiv', 'openreview', 'acl', 'huggingface', 'dblp', 'scholar', 'pmlr', 'ijcai'].map((s) => [s, true]));

    await options.locator('input[name=dblp]').uncheck();
    await options.locator('#saved:not([hidden])').waitFor();
    const sw = await browser.serviceWorker();
    assert.deepEqual(await sw.evaluate(() => chrome.storage.sync.get('sites')), { sites: { dblp: false } });

    const batches = () => sw.evaluate(() => self.coolPapers.counts.batches);
    const page = await browser.context.newPage();
    const before = await batches();
    await page.goto(DBLP.url, { waitUntil: 'domcontentloaded' });
    await page.waitForTimeout(800);
    assert.equal(await page.locator('[data-coolpapers]').count(), 0, 'no links, no marks');
    assert.equal(await batches(), before, 'no request either');

    await options.reload();
    assert.equal(await options.locator('input[name=dblp]').isChecked(), false, 'the page shows what is stored');
    await options.locator('input[name=dblp]').check();
    assert.deepEqual(await sw.evaluate(() => chrome.storage.sync.get('sites')), { sites: {} });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForFunction((n) => document.querySelectorAll('a[data-coolpapers="link"]').length >= n, 7);
    await page.close();
    await options.close();
  });
});

describe('popup box', () => {
  async function typeInPopup(text, expect) {
    const popup = await browser.context.newPage();
    await popup.goto(`${EXT}/popup/popup.html`);
    await popup.fill('#open-text', text);
    const result = await act(browser, () => popup.click('#open-button'), expect);
    return { popup, result };
  }

  test('an id opens its page', async () => {
    const { popup, result } = await typeInPopup('arXiv:2305.10601v2', { tabs: 1 });
    assert.deepEqual(urlsOf(result), [`${COOL}/arxiv/2305.10601`]);
    assert.equal(result.notice, null);
    await popup.close();
  });

  test('a link opens its paper', async () => {
    const { popup, result } = await typeInPopup('https://openreview.net/forum?id=YicbFdNTTy', { tabs: 1 });
    assert.deepEqual(urlsOf(result), [`${COOL}/venue/YicbFdNTTy@OpenReview`]);
    await popup.close();
  });

  test('a known title opens its paper through the title index', async () => {
    const { popup, result } = await typeInPopup('Convolutional Neural Networks for Sentence Classification', { tabs: 1 });
    assert.deepEqual(urlsOf(result), [`${COOL}/venue/D14-1181@ACL`]);
    await popup.close();
  });

  test('nothing to open: the notice shows in the popup at once', async () => {
    const { popup, result } = await typeInPopup('??', { notice: 'nothing' });
    assert.deepEqual(urlsOf(result), []);
    await popup.locator('#notice:not([hidden])').waitFor();
    assert.match(await popup.locator('#notice-text').textContent(), new RegExp(result.notice.message.slice(0, 20).replace(/[.?*+()[\]]/g, '\\$&')));
    // and the next time the popup opens, too
    const again = await browser.context.newPage();
    await again.goto(`${EXT}/popup/popup.html`);
    await again.locator('#notice:not([hidden])').waitFor();
    assert.ok((await again.locator('#notice-text').textContent()).includes(result.notice.message));
    await again.close();
    await popup.close();
  });
});

describe('omnibox keyword', () => {
  test('"cp" is the keyword; what is entered opens through the host', async () => {
    const sw = await browser.serviceWorker();
    assert.equal(await sw.evaluate(() => chrome.runtime.getManifest().omnibox.keyword), 'cp');
    const result = await act(browser, (w) => w.evaluate(() => {
      chrome.omnibox.onInputEntered.dispatch('1706.03762 and https://aclanthology.org/N04-1001/', 'currentTab');
    }), { tabs: 2 });
    assert.deepEqual(urlsOf(result), [`${COOL}/arxiv/1706.03762`, `${COOL}/venue/N04-1001@ACL`]);
  });
});

describe('keyboard shortcut', () => {
  test('is registered with a default key and opens the current tab\'s paper', async () => {
    const sw = await browser.serviceWorker();
    const commands = await sw.evaluate(() => chrome.commands.getAll());
    const command = commands.find((c) => c.name === 'open-current-paper');
    assert.ok(command, 'the command exists');
    // The browser assigns the suggested key unless another extension took it; an unpacked
    // extension loaded from the command line gets none here, so the manifest is what is checked.
    const manifest = await sw.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.commands['open-current-paper'].suggested_key.default, 'Alt+Shift+P');
    assert.ok(['', 'Alt+Shift+P'].includes(command.shortcut), `shortcut ${command.shortcut}`);
    const current = { ...tab, url: 'https://arxiv.org/abs/2312.11805' }; // what activeTab grants with the key press
    const result = await act(browser, (w) => w.evaluate((t) => {
      chrome.commands.onCommand.dispatch('open-current-paper', t);
    }, current), { tabs: 1 });
    assert.deepEqual(urlsOf(result), [`${COOL}/arxiv/2312.11805`]);
    assert.equal(result.tabs[0].index, tab.index + 1, 'next to the tab');
  });
});

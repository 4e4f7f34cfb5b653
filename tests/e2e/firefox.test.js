// The extension in real Firefox (Debian's firefox-esr, over Marionette) with the real host
// registered by `coolpapers install --browser firefox`: quick links on the saved pages, real
// right-click menu clicks (a selection, a link, the pdf.js viewer, a file:// PDF), the search
// fallback and its notification, and a background page Firefox stopped.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, beforeEach, describe, test } from 'node:test';
import { EXTENSION_ORIGIN, launchFirefox, quickLinksInPage, waitFor } from './lib/firefox.js';
import { COOL, PAGES, assertLinks, describeLinks, linkCount, routes } from './lib/pages.js';
import { writePdf } from './lib/pdf.js';
import { startServer } from './lib/server.js';

let server;
let firefox;
let pdfDir;

// A page to select and right-click on, under a host no content script runs on.
const READING_LIST = 'https://example.org/reading-list';
const READING_LIST_HTML = `<!doctype html><title>Reading list</title>
<p id="one-id">Read arXiv:2305.10601v2 first.</p>
<p id="no-id">Attention is all you need</p>
<p><a id="link" href="https://openreview.net/forum?id=YicbFdNTTy">a forum</a></p>`;
const ARXIV_PDF = 'https://arxiv.org/pdf/2305.10601v2';

before(async () => {
  pdfDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coolpapers-firefox-pdf-'));
  const pdf = path.join(pdfDir, 'tree-of-thoughts.pdf');
  writePdf(pdf, {
    title: 'Tree of Thoughts: Deliberate Problem Solving with Large Language Models',
    lines: ['Tree of Thoughts: Deliberate Problem Solving with Large Language Models',
      'Shunyu Yao, Dian Yu, Jeffrey Zhao'],
    stamp: 'arXiv:2305.10601v2 [cs.CL] 3 Dec 2023',
  });
  server = await startServer(routes({
    'example.org/reading-list': { body: READING_LIST_HTML },
    'arxiv.org/pdf/2305.10601v2': { body: fs.readFileSync(pdf), type: 'application/pdf' },
  }));
  firefox = await launchFirefox({ port: server.port });
});

after(async () => {
  await firefox?.close();
  await server?.close();
  if (pdfDir) fs.rmSync(pdfDir, { recursive: true, force: true });
});

// The tabs after the one at `current` must become exactly `urls`, in order (an extra tab would
// show up within the short wait after).
async function expectTabsAfter(current, urls) {
  const opened = async () => {
    const all = await firefox.tabUrls();
    return all.slice(all.indexOf(current) + 1);
  };
  await waitFor(async () => JSON.stringify(await opened()) === JSON.stringify(urls), 'the new tabs')
    .catch(() => {}); // the assertion below shows what is there
  await new Promise((r) => setTimeout(r, 200));
  assert.deepEqual(await opened(), urls);
}

describe('Firefox: quick links', () => {
  before(() => firefox.closeOtherTabs());

  test('the add-on installed with no manifest errors and a running background', async () => {
    const problems = await firefox.addonProblems();
    assert.deepEqual(problems.errors, []);
    // "key" is Chrome's (the unpacked source keeps a fixed Chromium id); Firefox only warns.
    for (const w of problems.warnings) assert.match(w, /unexpected property/);
    assert.equal(await firefox.backgroundState(), 'running');
  });

  for (const spec of PAGES) {
    test(`${spec.kind}: ${spec.url}`, async () => {
      await firefox.navigate(spec.url);
      await waitFor(() => firefox.inPage((n) =>
        document.querySelectorAll('a[data-coolpapers="link"]').length >= n, linkCount(spec)),
      `${linkCount(spec)} link(s) on ${spec.url}`, 15000);
      await new Promise((r) => setTimeout(r, spec.settle || 150)); // a duplicate would show up now
      assertLinks(spec, await firefox.inPage(describeLinks));
    });
  }
});

describe('Firefox: context menu', () => {
  beforeEach(async () => {
    await firefox.closeOtherTabs();
    await firefox.closeAlerts();
  });

  test('a selection with an arXiv id opens its page next to the tab', async () => {
    await firefox.navigate(READING_LIST);
    assert.equal(await firefox.selectText('#one-id'), 'Read arXiv:2305.10601v2 first.');
    await firefox.menuClick('#one-id');
    await expectTabsAfter(READING_LIST, [`${COOL}/arxiv/2305.10601`]);
  });

  test('a link', async () => {
    await firefox.navigate(READING_LIST);
    await firefox.menuClick('#link');
    await expectTabsAfter(READING_LIST, [`${COOL}/venue/YicbFdNTTy@OpenReview`]);
  });

  test('the pdf.js viewer', async () => {
    await firefox.navigate(ARXIV_PDF);
    await waitFor(() => firefox.inPage(() => Boolean(document.querySelector('#viewer .page'))), 'pdf.js to draw');
    await firefox.menuClick('#viewerContainer');
    await expectTabsAfter(ARXIV_PDF, [`${COOL}/arxiv/2305.10601`]);
  });

  test('a file:// PDF: the host reads the file', async () => {
    const file = pathToFileURL(path.join(pdfDir, 'tree-of-thoughts.pdf')).href;
    await firefox.navigate(file);
    await waitFor(() => firefox.inPage(() => Boolean(document.querySelector('#viewer .page'))), 'pdf.js to draw');
    await firefox.menuClick('#viewerContainer');
    await expectTabsAfter(file, [`${COOL}/arxiv/2305.10601`]);
  });

  test('no id: Cool Papers search, and a notification that says so', async () => {
    await firefox.navigate(READING_LIST);
    await firefox.selectText('#no-id');
    await firefox.menuClick('#no-id');
    await expectTabsAfter(READING_LIST, [`${COOL}/arxiv/search?highlight=1&query=Attention%20is%20all%20you%20need`]);
    const alerts = await waitFor(async () => {
      const shown = await firefox.alerts();
      return shown.some((a) => /No paper ID found/.test(a)) && shown;
    }, 'the search notification');
    assert.ok(alerts.some((a) => a.startsWith('Cool Papers: ')), alerts.join('\n'));
  });

  test('after Firefox stopped the background: the host exits, a click and a quick link still work', async () => {
    assert.equal(firefox.hostProcesses().length, 1, 'one host process serves every request');
    await firefox.terminateBackground();
    await waitFor(async () => (await firefox.backgroundState()) !== 'running', 'the background to stop');
    await waitFor(() => firefox.hostProcesses().length === 0, 'the host to exit with the port');
    await firefox.navigate(READING_LIST);
    await firefox.selectText('#one-id');
    await firefox.menuClick('#one-id');
    await expectTabsAfter(READING_LIST, [`${COOL}/arxiv/2305.10601`]);
    assert.equal(await firefox.backgroundState(), 'running');
    const spec = PAGES.find((p) => p.kind === 'acl-2026');
    await firefox.closeOtherTabs();
    await firefox.navigate(spec.url);
    await waitFor(() => firefox.inPage(quickLinksInPage).then((n) => n > 0),
      'the quick link');
    assertLinks(spec, await firefox.inPage(describeLinks));
  });
});

describe('Firefox: a site permission withdrawn (about:addons, Permissions)', () => {
  before(() => firefox.closeOtherTabs());

  const spec = PAGES.find((p) => p.kind === 'acl-old-id');
  const linksNow = () => firefox.inPage(quickLinksInPage);
  const siteAccess = () => firefox.inPage(() => !document.getElementById('site-access').hidden &&
    document.getElementById('site-access-text').textContent);

  test('quick links stop; the popup names the site and its button asks Firefox again', async () => {
    await firefox.inExtension('popup/popup.html', (browser, origins) =>
      browser.permissions.remove((window.wrappedJSObject || window).JSON.parse(origins)),
    JSON.stringify({ origins: ['https://aclanthology.org/*'] }));
    await firefox.navigate(spec.url);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await linksNow(), 0, 'no content script runs without the permission');

    await firefox.openTab(`${EXTENSION_ORIGIN}/popup/popup.html`);
    assert.equal(await waitFor(siteAccess, 'the site-access note'),
      'Quick links are off on aclanthology.org: the permission to read these sites was withdrawn in the browser.');
    await firefox.click('#site-access-allow');
    await firefox.acceptPermissionPrompt();
    await waitFor(async () => (await siteAccess()) === false, 'the note to go once the permission is back');

    await firefox.closeOtherTabs();
    await firefox.navigate(spec.url);
    await waitFor(async () => (await linksNow()) > 0, 'the quick link');
    assertLinks(spec, await firefox.inPage(describeLinks));
  });
});

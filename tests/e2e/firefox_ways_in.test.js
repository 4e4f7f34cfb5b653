// The options switches and the popup's box in real Firefox (firefox-esr over Marionette) with
// the real host: a switched-off site gets no links, the box opens what was typed next to its tab.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EXTENSION_ORIGIN, firefoxWithServer, quickLinksInPage, waitFor } from './lib/firefox.js';
import { LISTS, listRoutes } from './lib/lists.js';
import { COOL } from './lib/pages.js';

const DBLP = LISTS.find((s) => s.kind === 'dblp-ml-proceedings');

const session = firefoxWithServer(listRoutes());

// Clicks the switch of `site` on the options page and returns storage.sync's "sites" after.
function toggle(site) {
  return session.firefox.inExtension('options/options.html', async (browser, name) => {
    const box = await new Promise((resolve) => {
      const find = () => document.querySelector(`input[name="${name}"]`);
      const poll = () => (find() ? resolve(find()) : setTimeout(poll, 20));
      poll();
    });
    box.click();
    await new Promise((resolve) => {
      const poll = () => (document.getElementById('saved').hidden ? setTimeout(poll, 20) : resolve());
      poll();
    });
    return (await browser.storage.sync.get('sites')).sites;
  }, site);
}

describe('Firefox: options and popup box', () => {
  test('switching DBLP off stops its links; on again brings them back', async () => {
    assert.deepEqual(await toggle('dblp'), { dblp: false });
    await session.firefox.navigate(DBLP.url);
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await session.firefox.inPage(() => document.querySelectorAll('[data-coolpapers]').length), 0);

    assert.deepEqual(await toggle('dblp'), {});
    await session.firefox.navigate(DBLP.url);
    await waitFor(async () => (await session.firefox.inPage(quickLinksInPage)) >= DBLP.expect.length, 'the DBLP links again', 15000);
  });

  test('the popup box opens a typed id next to its tab', async () => {
    await session.firefox.closeOtherTabs();
    const popup = `${EXTENSION_ORIGIN}/popup/popup.html`;
    await session.firefox.openTab(popup);
    await session.firefox.inPage(() => {
      document.getElementById('open-text').value = 'arXiv:2305.10601v2';
      document.getElementById('open-button').click();
    });
    const after = async () => {
      const all = await session.firefox.tabUrls();
      return all.slice(all.indexOf(popup) + 1);
    };
    await waitFor(async () => (await after()).length > 0, 'a new tab');
    await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(await after(), [`${COOL}/arxiv/2305.10601`]);
  });
});

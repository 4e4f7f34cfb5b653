// The list pages of lists.test.js in real Firefox (Debian's firefox-esr, over Marionette) with
// the real host: the same exact links in page order, one per entry after a re-render or a
// load-more, no entry removed, no horizontal overflow.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firefoxWithServer, quickLinksInPage, waitFor } from './lib/firefox.js';
import { LISTS, assertList, listRoutes, readList, rerender } from './lib/lists.js';

const session = firefoxWithServer(listRoutes());

describe('Firefox: quick links on list pages', () => {
  for (const spec of LISTS) {
    test(`${spec.kind}: ${spec.url}`, async () => {
      await session.firefox.navigate(spec.url);
      if (spec.click) {
        await waitFor(async () => (await session.firefox.inPage(quickLinksInPage)) > 0, 'a first link', 15000);
        await session.firefox.inPage((sel) => document.querySelector(sel).click(), spec.click);
      }
      const total = spec.expect.length;
      await waitFor(async () => (await session.firefox.inPage(quickLinksInPage)) >= total, `${total} link(s) on ${spec.url}`, 15000);
      await new Promise((r) => setTimeout(r, spec.settle || 400));
      assertList(assert, spec, await session.firefox.inPage(readList, spec.rows));

      await session.firefox.inPage(rerender, spec.rows);
      await new Promise((r) => setTimeout(r, 300));
      const again = await session.firefox.inPage(readList, spec.rows);
      assert.deepEqual(again.hrefs, spec.expect, 'no duplicate after a re-render');
      assert.equal(again.rowsWithTwo, 0);
    });
  }
});

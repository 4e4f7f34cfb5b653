// Quick links on list pages (arXiv search, ACL Anthology, Hugging Face daily, DBLP, Google
// Scholar, PMLR, IJCAI), saved real pages and labelled constructed fixtures, served under their
// real host names: the exact links in page order, one per paper and none for entries without
// one, still one after the page re-renders, the layout intact, and one request per batch.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch } from './lib/browser.js';
import { LISTS, assertList, listRoutes, readList, rerender } from './lib/lists.js';
import { startServer } from './lib/server.js';

let server;
let browser;

before(async () => {
  server = await startServer(listRoutes());
  browser = await launch({ port: server.port });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const batchesSent = async () => (await browser.serviceWorker()).evaluate(() => self.coolPapers.counts.batches);

describe('quick links on list pages', () => {
  for (const spec of LISTS) {
    test(`${spec.kind}: ${spec.url}`, async () => {
      const page = await browser.context.newPage();
      try {
        const before = await batchesSent();
        await page.goto(spec.url, { waitUntil: 'domcontentloaded' });
        if (spec.click) {
          await page.waitForFunction(() => document.querySelector('a[data-coolpapers="link"]'), null, { timeout: 15000 });
          await page.click(spec.click);
        }
        const total = spec.expect.length;
        await page.waitForFunction((n) => document.querySelectorAll('a[data-coolpapers="link"]').length >= n,
          total, { timeout: 15000 });
        await page.waitForTimeout(spec.settle || 400);
        assertList(assert, spec, await page.evaluate(readList, spec.rows));
        assert.equal(await batchesSent() - before, spec.batches, 'one request per page and per new batch');

        await page.evaluate(rerender, spec.rows);
        await page.waitForTimeout(300);
        const again = await page.evaluate(readList, spec.rows);
        assert.deepEqual(again.hrefs, spec.expect, 'no duplicate after a re-render');
        assert.equal(again.rowsWithTwo, 0);
      } finally {
        await page.close();
      }
    });
  }
});

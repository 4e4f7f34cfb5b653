// Quick links on real saved pages (and the constructed fixtures), served under their real host
// names: each link exists once, at the right place, with the exact papers.cool URL.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launch } from './lib/browser.js';
import { PAGES, assertLinks, describeLinks, linkCount, routes } from './lib/pages.js';
import { OUTPUT } from './lib/paths.js';
import { startServer } from './lib/server.js';

let server;
let browser;

before(async () => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  server = await startServer(routes());
  browser = await launch({ port: server.port });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function linksOn(page, spec) {
  await page.waitForFunction((n) => document.querySelectorAll('a[data-coolpapers="link"]').length >= n,
    linkCount(spec), { timeout: 15000 });
  // Let re-renders and late mutations happen: a duplicate would show up now.
  await page.waitForTimeout(spec.settle || 150);
  return page.evaluate(describeLinks);
}

describe('quick links', () => {
  for (const spec of PAGES) {
    test(`${spec.kind}: ${spec.url}`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.goto(spec.url, { waitUntil: 'domcontentloaded' });
        assertLinks(spec, await linksOn(page, spec));
        const first = page.locator('a[data-coolpapers="link"]').first();
        await first.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUTPUT, `${spec.kind}.png`) });
      } finally {
        await page.close();
      }
    });
  }

  test('a page without the expected anchor is left intact', async () => {
    const page = await browser.context.newPage();
    try {
      // arXiv abs URL, but the saved HTML-paper markup: no div.full-text ul to attach to.
      await page.goto('https://arxiv.org/abs/2509.19001', { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(300);
      assert.equal(await page.locator('[data-coolpapers]').count(), 0);
      assert.equal(await page.locator('h1.ltx_title_document').count(), 1);
    } finally {
      await page.close();
    }
  });
});

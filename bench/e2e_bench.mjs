#!/usr/bin/env node
// Speed of the extension in the real browser with the real host (not part of the tests):
//   1. menu click -> new tab created: warm (host port open) and cold (port closed first, so the
//      click starts a host process). Targets: <= 50 ms warm, <= 100 ms cold.
//   2. quick links on an arXiv listing of 200 entries: DOMContentLoaded -> the 200th link in
//      the page. Target: <= 100 ms.
// Usage: node bench/e2e_bench.mjs   (COOLPAPERS_BIN as for tests/e2e/run.sh; run
// `npm ci` in tests/e2e once).
import { hostProcesses, launch, MENU_ID } from '../tests/e2e/lib/browser.js';
import { startServer } from '../tests/e2e/lib/server.js';

const RUNS = Number(process.env.RUNS || 20);

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, min ${s[0].toFixed(1)}, max ${s[s.length - 1].toFixed(1)} (n=${s.length})`;
}

// The current arXiv listing layout (see tests/e2e/fixtures/arxiv_list_current.html), n entries.
function listing(n) {
  const entries = [];
  for (let i = 1; i <= n; i++) {
    const id = `2410.${String(10000 + i).padStart(5, '0')}`;
    entries.push(`<dt><a name='item${i}'>[${i}]</a> <a href ="/abs/${id}" title="Abstract" id="${id}">arXiv:${id}</a>
 [<a href="/pdf/${id}" title="Download PDF" id="pdf-${id}">pdf</a>, <a href="https://arxiv.org/html/${id}v1" title="View HTML" id="html-${id}">html</a>, <a href="/format/${id}" title="Other formats" id="oth-${id}">other</a>]</dt>
<dd><div class='meta'><div class='list-title mathjax'><span class='descriptor'>Title:</span> Paper ${i}</div></div></dd>`);
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Machine Learning (past week) | arXiv</title></head>
<body><div id="dlpage"><h1>Machine Learning</h1><dl id='articles'>${entries.join('\n')}</dl></div></body></html>`;
}

async function clickToTab(sw, tab, info) {
  return sw.evaluate(async ({ info, tab, id }) => {
    const created = new Promise((resolve) => {
      chrome.tabs.onCreated.addListener(function once() {
        chrome.tabs.onCreated.removeListener(once);
        resolve(performance.now());
      });
    });
    performance.clearMarks();
    const t0 = performance.now();
    chrome.contextMenus.onClicked.dispatch({ menuItemId: id, editable: false, ...info }, tab);
    const t1 = await created;
    const [resolved] = performance.getEntriesByName('coolpapers:resolved');
    const extra = (await chrome.tabs.query({})).filter((t) => t.id !== tab.id).map((t) => t.id);
    await chrome.tabs.remove(extra);
    return { total: t1 - t0, host: resolved.startTime - t0, tab: t1 - resolved.startTime };
  }, { info, tab, id: MENU_ID });
}

async function waitNoHost(profile) {
  for (let i = 0; i < 200 && hostProcesses(profile).length; i++) await new Promise((r) => setTimeout(r, 10));
}

async function main() {
  const N = 200;
  const server = await startServer({ 'arxiv.org/list/cs.LG/pastweek?show=200': { body: listing(N) },
    'arxiv.org/abs/2305.10601': { body: '<!doctype html><title>abs</title><p>stand-in</p>' } });
  const browser = await launch({ port: server.port });
  try {
    const page = browser.context.pages()[0];
    await page.goto('https://arxiv.org/abs/2305.10601');
    const sw = await browser.serviceWorker();
    const tab = (await sw.evaluate(() => chrome.tabs.query({})))[0];
    const info = { selectionText: 'arXiv:2305.10601', pageUrl: 'https://arxiv.org/abs/2305.10601' };

    const first = await clickToTab(sw, tab, info);
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push(await clickToTab(sw, tab, info));
    const cold = [];
    for (let i = 0; i < Math.min(RUNS, 10); i++) {
      await sw.evaluate(() => self.coolPapers.closePort());
      await waitNoHost(browser.profile);
      cold.push(await clickToTab(sw, tab, info));
    }
    const pick = (xs, k) => xs.map((x) => x[k]);
    console.log(`menu click -> new tab, first click after launch: ${first.total.toFixed(1)} ms`);
    for (const [name, xs, target] of [['warm port', warm, 50], ['cold (host started by the click)', cold, 100]]) {
      console.log(`menu click -> new tab, ${name}: ${stats(pick(xs, 'total'))}  (target <= ${target} ms)`);
      console.log(`    of which click -> host reply: ${stats(pick(xs, 'host'))}`);
      console.log(`    of which host reply -> tab created: ${stats(pick(xs, 'tab'))}`);
    }

    // Main world: DOMContentLoaded time and the moment the last of N links appears.
    await page.addInitScript((n) => {
      window.__bench = {};
      document.addEventListener('DOMContentLoaded', () => { window.__bench.dcl = performance.now(); });
      new MutationObserver((_, obs) => {
        if (document.querySelectorAll('a[data-coolpapers="link"]').length >= n) {
          window.__bench.done = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, N);
    const lists = { warm: [], cold: [] };
    for (let i = 0; i < Math.min(RUNS, 10); i++) {
      for (const kind of ['cold', 'warm']) {
        if (kind === 'cold') {
          await sw.evaluate(() => self.coolPapers.closePort());
          await waitNoHost(browser.profile);
        }
        await page.goto('https://arxiv.org/list/cs.LG/pastweek?show=200', { waitUntil: 'domcontentloaded' });
        await page.waitForFunction(() => window.__bench.done !== undefined, null, { timeout: 10000 });
        const b = await page.evaluate(() => window.__bench);
        lists[kind].push(b.done - b.dcl);
      }
    }
    console.log(`listing of ${N} entries, DOMContentLoaded -> ${N}th link, warm port: ${stats(lists.warm)}  (target <= 100 ms)`);
    console.log(`listing of ${N} entries, DOMContentLoaded -> ${N}th link, cold host:  ${stats(lists.cold)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

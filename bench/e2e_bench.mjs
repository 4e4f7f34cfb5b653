#!/usr/bin/env node
// Speed of the extension in the real browser with the real host (not part of the tests):
//   1. menu click -> new tab created: warm (host port open) and cold (port closed first, so the
//      click starts a host process). Targets: <= 50 ms warm, <= 100 ms cold.
//   2. quick links on 1,000-entry pages, an arXiv listing and a DBLP list (ids in links, and
//      entries only a title names): DOMContentLoaded -> the 1,000th link in the page, split at
//      the content script's and the worker's performance marks, beside the page's own first
//      frame after DOMContentLoaded (the reply is handled after it). Target: <= 100 ms.
//   3. a page of a matched site without papers (5,000 paragraphs on dblp.org): the renderer's
//      script time (CDP Performance.getMetrics ScriptDuration) with quick links on and with the
//      site switched off. Target: no measurable difference.
// Usage: node bench/e2e_bench.mjs   (COOLPAPERS_BIN as for tests/e2e/run.sh; run
// `npm ci` in tests/e2e once; PART=lists skips the menu clicks).
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

// DBLP entries in the shape of tests/e2e/fixtures/dblp_ml_proceedings.html: every other entry
// links an arXiv DOI, the others a DOI that names no paper and a title the index knows, with
// its own venue (a venue the entry names rules other venues' papers out).
function dblpList(n) {
  const byTitle = [['Convolutional Neural Networks for Sentence Classification.', 'EMNLP'],
    ['Distributed Representations of Sentences and Documents.', 'ICML']];
  const entries = [];
  for (let i = 1; i <= n; i++) {
    const ee = i % 2 ? `https://doi.org/10.48550/arXiv.2410.${String(10000 + i).padStart(5, '0')}` : `https://doi.org/10.1000/x.${i}`;
    const [title, venue] = i % 2 ? [`Paper ${i}.`, 'CoRR'] : byTitle[(i / 2) % 2];
    entries.push(`<li class="entry inproceedings toc" id="conf/x/P${i}"><nav class="publ"><ul><li class="drop-down"><div class="head"><a href="${ee}">view</a></div><div class="body"><ul><li class="ee"><a href="${ee}" itemprop="url">electronic edition</a></li></ul></div></li></ul></nav><cite class="data" itemprop="headline"><span itemprop="author">Author ${i}</span>: <span class="title" itemprop="name">${title}</span> <a href="/db/conf/x"><span itemprop="isPartOf"><span itemprop="name">${venue}</span></span></a> (<span itemprop="datePublished">2014</span>)</cite></li>`);
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>dblp bench</title></head>
<body><div id="main"><ul class="publ-list">${entries.join('\n')}</ul></div></body></html>`;
}

// A page of a matched site with no papers on it.
function noPapers(n) {
  const ps = [];
  for (let i = 0; i < n; i++) ps.push(`<p class="entry-less">Paragraph ${i} about <a href="/db/about${i}">something</a>.</p>`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>dblp: about</title></head><body>${ps.join('')}</body></html>`;
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

async function menuClicks(browser, sw, tab, info) {
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
}

async function main() {
  const N = 1000;
  const LISTS = { arXiv: `https://arxiv.org/list/cs.LG/pastweek?show=${N}`, DBLP: 'https://dblp.org/db/conf/bench/bench.html' };
  const server = await startServer({ [`arxiv.org/list/cs.LG/pastweek?show=${N}`]: { body: listing(N) },
    'dblp.org/db/conf/bench/bench.html': { body: dblpList(N) },
    'dblp.org/db/about.html': { body: noPapers(5000) },
    'arxiv.org/abs/2305.10601': { body: '<!doctype html><title>abs</title><p>stand-in</p>' } });
  const browser = await launch({ port: server.port });
  try {
    const page = browser.context.pages()[0];
    await page.goto('https://arxiv.org/abs/2305.10601');
    const sw = await browser.serviceWorker();
    const tab = (await sw.evaluate(() => chrome.tabs.query({})))[0];
    const info = { selectionText: 'arXiv:2305.10601', pageUrl: 'https://arxiv.org/abs/2305.10601' };

    if (process.env.PART !== 'lists') await menuClicks(browser, sw, tab, info);

    // Main world: DOMContentLoaded time and the moment the last of N links appears.
    await page.addInitScript((n) => {
      window.__bench = {};
      document.addEventListener('DOMContentLoaded', () => {
        window.__bench.dcl = performance.now();
        // the end of the page's first frame (style, layout, paint) after it was parsed
        requestAnimationFrame(() => setTimeout(() => { window.__bench.frame = performance.now(); }));
      });
      new MutationObserver((_, obs) => {
        if (document.querySelectorAll('a[data-coolpapers="link"]').length >= n) {
          window.__bench.done = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, N);
    for (const [name, url] of Object.entries(LISTS)) {
      const lists = { warm: [], cold: [] };
      for (let i = 0; i < Math.min(RUNS, 10); i++) {
        for (const kind of ['cold', 'warm']) {
          if (kind === 'cold') {
            await sw.evaluate(() => self.coolPapers.closePort());
            await waitNoHost(browser.profile);
          }
          await page.goto(url, { waitUntil: 'domcontentloaded' });
          await page.waitForFunction(() => window.__bench.done !== undefined, null, { timeout: 10000 });
          const b = await page.evaluate(() => {
            // the first of each: a watching script passes again after its own insertions
            const at = (name) => (performance.getEntriesByName(name)[0] || { startTime: NaN }).startTime;
            return { ...window.__bench, start: at('coolpapers:start'), collect: at('coolpapers:collect'),
              ask: at('coolpapers:ask'), answered: at('coolpapers:answered'), origin: performance.timeOrigin };
          });
          // The worker's marks, on the page's clock (both clocks count from their time origin).
          const w = await sw.evaluate(() => {
            const at = (name) => (performance.getEntriesByName(name)[0] || { startTime: NaN }).startTime;
            const marks = { received: at('coolpapers:received'), host: at('coolpapers:host-answered'), origin: performance.timeOrigin };
            performance.clearMarks();
            return marks;
          });
          b.received = w.received + w.origin - b.origin;
          b.hostAnswered = w.host + w.origin - b.origin;
          lists[kind].push(b);
        }
      }
      const part = (xs, from, to) => stats(xs.map((b) => b[to] - b[from]));
      for (const kind of ['warm', 'cold']) {
        const xs = lists[kind];
        console.log(`${name} list of ${N} entries, DOMContentLoaded -> ${N}th link, ${kind}: ${part(xs, 'dcl', 'done')}  (target <= 100 ms)`);
        console.log(`    DOMContentLoaded -> content script runs (negative: before it, at document_start): ${part(xs, 'dcl', 'start')}`);
        console.log(`    DOMContentLoaded -> collecting starts (the page parsed and the site switch known): ${part(xs, 'dcl', 'collect')}`);
        console.log(`    collecting ${N} entries: ${part(xs, 'collect', 'ask')}`);
        console.log(`    (DOMContentLoaded -> the page's own first frame done: ${part(xs, 'dcl', 'frame')}; the reply waits for it)`);
        console.log(`    one resolve_many round trip (worker, host): ${part(xs, 'ask', 'answered')}`);
        console.log(`        page -> worker: ${part(xs, 'ask', 'received')}`);
        console.log(`        worker -> host -> worker: ${part(xs, 'received', 'hostAnswered')}`);
        console.log(`        worker -> page: ${part(xs, 'hostAnswered', 'answered')}`);
        console.log(`    inserting ${N} links: ${part(xs, 'answered', 'done')}`);
        console.log(`    the page's first frame done -> ${N}th link (what the links add to the page's own rendering): ${part(xs, 'frame', 'done')}`);
      }
    }

    // No papers: script time of the whole page load with the DBLP switch on, then off.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const scriptMs = async () => {
      const before = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
      await page.goto('https://dblp.org/db/about.html', { waitUntil: 'load' });
      await page.waitForTimeout(200); // a watching script would run now
      const after = (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
      return (after - before) * 1000;
    };
    const script = { on: [], off: [] };
    for (let i = 0; i < Math.min(RUNS, 10); i++) {
      for (const kind of ['on', 'off']) {
        await sw.evaluate((off) => chrome.storage.sync.set({ sites: off ? { dblp: false } : {} }), kind === 'off');
        script[kind].push(await scriptMs());
      }
    }
    await sw.evaluate(() => chrome.storage.sync.set({ sites: {} }));
    console.log(`page without papers (5,000 paragraphs, dblp.org), script time, quick links on:  ${stats(script.on)}`);
    console.log(`page without papers (5,000 paragraphs, dblp.org), script time, DBLP switched off: ${stats(script.off)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

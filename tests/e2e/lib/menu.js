// Driving the context menu from the test: a synthetic click through the real registered
// listener (chrome.contextMenus.onClicked.dispatch), then what it did — new tabs, notices.
// Without the "tabs" permission the extension cannot read tab URLs, so URLs come from CDP target
// discovery (targetCreated arrives in creation order, with the URL) and positions from chrome.tabs.
import { MENU_ID } from './browser.js';

async function poll(fn, until, timeout) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (until(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function tabById(browser, id) {
  return (await browser.serviceWorker()).evaluate((i) => chrome.tabs.get(i), id);
}

// Clicks and waits until `tabs` new tabs exist and, if `notice` is set, a notice of that kind
// was shown. Returns {tabs: [{url, index, openerTabId, active}] in creation order, notice,
// notifications (ids of the notifications on screen)}.
export function click(browser, info, tab, options) {
  return act(browser, (sw) => sw.evaluate(({ info, tab, id }) => {
    chrome.contextMenus.onClicked.dispatch({ menuItemId: id, editable: false, ...info }, tab);
  }, { info, tab, id: MENU_ID }), options);
}

// The same for any way in: `trigger(serviceWorker)` starts it (an omnibox entry, a command, a
// popup's form), then the new tabs and the notice are collected as for a click.
export async function act(browser, trigger, { tabs = 0, notice = null, timeout = 10000 } = {}) {
  const sw = await browser.serviceWorker();
  const cdp = await browser.context.newCDPSession(browser.context.pages()[0]);
  const known = new Set((await cdp.send('Target.getTargets')).targetInfos.map((t) => t.targetId));
  const opened = []; // URLs of new tabs, in creation order
  cdp.on('Target.targetCreated', ({ targetInfo: t }) => {
    if (t.type === 'page' && !known.has(t.targetId)) opened.push(t.url);
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  try {
    const before = await sw.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id));
    const started = await sw.evaluate(() => Date.now());
    await trigger(sw);
    const state = () => sw.evaluate(async ({ before, started }) => {
      const { lastNotice } = await chrome.storage.session.get('lastNotice');
      return {
        created: (await chrome.tabs.query({})).filter((t) => !before.includes(t.id))
          .sort((a, b) => a.id - b.id)
          .map((t) => ({ index: t.index, openerTabId: t.openerTabId, active: t.active })),
        notice: lastNotice && lastNotice.time >= started ? lastNotice : null,
        notifications: Object.keys(await chrome.notifications.getAll()),
      };
    }, { before, started });
    // Done when what was asked for happened, or when an unexpected notice says why it will not.
    const done = (s) => (s.created.length >= tabs && opened.length >= tabs &&
      (!notice || (s.notice && s.notice.kind === notice))) || Boolean(!notice && s.notice);
    await poll(state, done, timeout);
    await new Promise((r) => setTimeout(r, 150)); // extra tabs or notices would show up now
    const s = await state();
    return { tabs: s.created.map((t, i) => ({ ...t, url: opened[i] })), notice: s.notice, notifications: s.notifications };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

// Closes every tab the clicks opened, so each case starts from the same window.
export async function closeTabsExcept(browser, keepIds) {
  const sw = await browser.serviceWorker();
  await sw.evaluate(async (keep) => {
    const extra = (await chrome.tabs.query({})).filter((t) => !keep.includes(t.id));
    if (extra.length) await chrome.tabs.remove(extra.map((t) => t.id));
  }, keepIds);
}

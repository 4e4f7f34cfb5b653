// Debian's firefox-esr driven over Marionette (see /work/shared/recipes/firefox-e2e.md): a fresh
// HOME and profile, the extension installed as a temporary add-on, the real native host
// registered by `coolpapers install --browser firefox`, and every https:// page served by the
// local test server through a local proxy. Helpers for tabs, scripts in pages, extension pages
// and the browser's own (chrome) context, real context-menu clicks and Firefox's alerts.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { connect } from './marionette.js';
import { EXTENSION, HOST_BIN } from './paths.js';
import { startProxy } from './proxy.js';
import { startServer } from './server.js';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const GECKO_ID = 'cool-papers-router@coolpapers';
// A fixed moz-extension:// host, so extension pages have a known address.
export const EXTENSION_UUID = '6f1b2c1e-8a43-4d55-9c1e-3c00c0ffee13';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const HOST_NAME = 'cool.papers.router';
// Firefox names a menu item <widget id>-menuitem-_<menu id>; the widget id is the add-on id in
// lower case with every character but a-z, 0-9, "_" and "-" as "_".
const MENU_ITEM = `${GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-menuitem-_open-in-cool-papers`;

export const ALERT_TEXT_SHOWN = 200;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Polls `fn` until it returns a truthy value; throws with `what` after `timeout` ms.
export async function waitFor(fn, what, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

// In a page (firefox.inPage): how many Cool Papers links the extension put there.
export const quickLinksInPage = () => document.querySelectorAll('a[data-coolpapers="link"]').length;

// For a test file whose tests share one local server (serving `routes`) and one Firefox browsing
// it: starts both before the file's tests and closes both after them. The returned object's
// `server` and `firefox` are set once they run.
export function firefoxWithServer(routes) {
  const session = { server: null, firefox: null };
  before(async () => {
    session.server = await startServer(routes);
    session.firefox = await launchFirefox({ port: session.server.port });
  });
  after(async () => {
    await session.firefox?.close();
    await session.server?.close();
  });
  return session;
}

// Registers `bin` for Firefox under `home` the way a user does (`coolpapers install`), with the
// installer of the build under test.
export function installHost(home, bin = HOST_BIN) {
  execFileSync(bin, ['install', '--browser', 'firefox'], {
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') }, stdio: 'pipe',
  });
  return path.join(home, '.mozilla', 'native-messaging-hosts', `${HOST_NAME}.json`);
}

export function uninstallHost(home) {
  fs.rmSync(path.join(home, '.mozilla', 'native-messaging-hosts', `${HOST_NAME}.json`), { force: true });
}

function writePrefs(profile, proxyPort) {
  const prefs = {
    'marionette.port': 0, // Firefox picks one and writes <profile>/MarionetteActivePort
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'devtools.console.stdout.content': true,
    'alerts.useSystemBackend': false, // Firefox's own alert window: readable, and works headless
    'browser.shell.checkDefaultBrowser': false,
    'browser.aboutwelcome.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
  };
  const lines = Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`);
  fs.writeFileSync(path.join(profile, 'user.js'), `${lines.join('\n')}\n`);
}

// Starts Firefox with the extension. port: the local HTTPS server; withHost: register the real
// host first. Resolves with the session object below.
export async function launchFirefox({ port, withHost = true, extension = EXTENSION } = {}) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'coolpapers-firefox-'));
  const profile = path.join(home, 'profile');
  fs.mkdirSync(profile);
  if (withHost) installHost(home);
  const proxy = await startProxy(port);
  writePrefs(profile, proxy.port);
  const log = fs.openSync(path.join(home, 'firefox.log'), 'w');
  const child = spawn(FIREFOX, ['--headless', '--marionette', '--remote-allow-system-access',
    '--no-remote', '--profile', profile], {
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), MOZ_CRASHREPORTER_DISABLE: '1' },
    stdio: ['ignore', log, log], detached: true, // its own process group, ended as one at close
  });
  const exited = new Promise((r) => child.once('exit', r));
  // Should the test process end without close() (an uncaught error, a signal from the test
  // runner), its Firefox goes with it instead of running on. A signal is raised again once
  // Firefox is gone, so the process still ends as the signal says.
  const killOnExit = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
  const onSignal = (signal) => {
    killOnExit();
    process.kill(process.pid, signal);
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  process.once('exit', killOnExit);
  for (const signal of signals) process.once(signal, onSignal);
  let m;
  try {
    const portFile = path.join(profile, 'MarionetteActivePort');
    const mport = await waitFor(() => fs.existsSync(portFile) && Number(fs.readFileSync(portFile, 'utf8')),
      'Marionette to listen', 30000);
    m = await connect(mport);
    await m.send('WebDriver:NewSession', { acceptInsecureCerts: true }); // flat, not nested
    await m.send('WebDriver:SetTimeouts', { script: 60000 });
    await m.send('Addon:Install', { path: extension, temporary: true });
  } catch (e) {
    e.message += `\n--- firefox.log ---\n${fs.readFileSync(path.join(home, 'firefox.log'), 'utf8').slice(-3000)}`;
    await stop();
    throw e;
  }

  let context = 'content';
  async function setContext(value) {
    if (value !== context) await m.send('Marionette:SetContext', { value });
    context = value;
  }
  // Runs `fn` (a function, or its source) with `args` in the chrome or the content context; `fn`
  // may be async. Its result comes back as JSON.
  async function run(where, fn, ...args) {
    await setContext(where);
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.from(arguments).slice(0, -1)))
        .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e && e.stack || e) }));`;
    const r = await m.send('WebDriver:ExecuteAsyncScript', { script, args });
    if (r && r.error) throw new Error(`script failed in ${where}: ${r.error}`);
    return r && r.ok;
  }
  const inChrome = (fn, ...args) => run('chrome', fn, ...args);
  const inPage = (fn, ...args) => run('content', fn, ...args);

  async function stop() {
    try {
      if (m) await Promise.race([m.send('Marionette:Quit', { flags: ['eForceQuit'] }), sleep(5000)]);
    } catch { /* the connection closes as Firefox quits */ }
    m?.close();
    if (child.exitCode === null && child.signalCode === null) {
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null && child.signalCode === null) {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone already */ }
        await exited;
      }
    }
    process.removeListener('exit', killOnExit);
    for (const signal of signals) process.removeListener(signal, onSignal);
    fs.closeSync(log);
    await proxy.close();
  }

  const session = {
    home, profile, marionette: m, inChrome, inPage,

    // Opens `url` in a new foreground tab and makes it the one scripts and clicks go to.
    async openTab(url) {
      await setContext('content');
      const { handle } = await m.send('WebDriver:NewWindow', { type: 'tab' });
      await m.send('WebDriver:SwitchToWindow', { handle, focus: true });
      await m.send('WebDriver:Navigate', { url });
      return handle;
    },
    async navigate(url) {
      await setContext('content');
      await m.send('WebDriver:Navigate', { url });
    },
    // The URL of every tab of the window, in order.
    tabUrls() {
      return inChrome(() => gBrowser.tabs.map((t) => t.linkedBrowser.currentURI.spec));
    },
    // Closes every tab but the first and switches to it.
    async closeOtherTabs() {
      await inChrome(() => { gBrowser.removeAllTabsBut(gBrowser.tabs[0]); });
      const [first] = await m.send('WebDriver:GetWindowHandles');
      await m.send('WebDriver:SwitchToWindow', { handle: first, focus: true });
    },

    // Right-clicks the element `selector` of the current tab (a real pointer event, so the real
    // context menu opens) and activates "Open in Cool Papers".
    async menuClick(selector) {
      await setContext('content');
      const element = await m.send('WebDriver:FindElement', { using: 'css selector', value: selector });
      await m.send('WebDriver:PerformActions', { actions: [{
        type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', x: 0, y: 0, origin: element },
          { type: 'pointerDown', button: 2 }, { type: 'pointerUp', button: 2 }],
      }] });
      await m.send('WebDriver:ReleaseActions');
      const found = await waitFor(() => inChrome((id) => {
        const menu = document.getElementById('contentAreaContextMenu');
        const item = document.getElementById(id);
        if (menu.state !== 'open' || !item) return false;
        if (item.hidden) return 'hidden';
        menu.activateItem(item);
        return 'clicked';
      }, MENU_ITEM), 'the context menu with our item');
      if (found !== 'clicked') throw new Error('"Open in Cool Papers" is hidden in this menu');
    },
    // Clicks the element `selector` of the current tab (a trusted click: a user gesture).
    async click(selector) {
      await setContext('content');
      const element = await m.send('WebDriver:FindElement', { using: 'css selector', value: selector });
      await m.send('WebDriver:ElementClick', { id: Object.values(element)[0] });
    },
    // Accepts the add-on permission prompt Firefox shows for permissions.request.
    acceptPermissionPrompt() {
      return waitFor(() => inChrome(() => {
        const button = document.querySelector('#addon-webext-permissions-notification .popup-notification-primary-button');
        if (!button || !button.checkVisibility()) return false;
        button.click();
        return true;
      }), 'the permission prompt');
    },
    // Selects the text of `selector` in the current tab (as a user's drag would).
    selectText(selector) {
      return inPage((sel) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(sel));
        const s = window.getSelection();
        s.removeAllRanges();
        s.addRange(range);
        return s.toString();
      }, selector);
    },

    // "<title>: <text>" of each of Firefox's alert windows on screen (extension notifications),
    // once the window shows its text. The window shows 200 characters of the text and "…" (the
    // whole text is its tooltip): ALERT_TEXT_SHOWN.
    alerts() {
      return inChrome(() => [...Services.wm.getEnumerator('alert:alert')].map((w) => {
        const title = w.document.getElementById('alertTitleLabel');
        const text = w.document.getElementById('alertTextLabel');
        const whole = text && (text.getAttribute('tooltiptext') || text.textContent);
        return title && whole ? `${title.value}: ${whole}` : '';
      }).filter(Boolean));
    },
    closeAlerts() {
      return inChrome(() => { for (const w of Services.wm.getEnumerator('alert:alert')) w.close(); });
    },

    // Runs `fn` on an extension page (moz-extension://…/<page>) opened in a new tab, with the
    // extension's `browser` object as its first argument; closes the tab after.
    async inExtension(page, fn, ...args) {
      const before = await m.send('WebDriver:GetWindowHandle');
      const handle = await session.openTab(`${EXTENSION_ORIGIN}/${page}`);
      try {
        return await inPage(`(...a) => (${fn})((window.wrappedJSObject || window).browser, ...a)`, ...args);
      } finally {
        await setContext('content');
        await m.send('WebDriver:SwitchToWindow', { handle, focus: true });
        await m.send('WebDriver:CloseWindow');
        await m.send('WebDriver:SwitchToWindow', { handle: before, focus: true });
      }
    },

    // The background page: its state, and stopping it as Firefox does when it is idle.
    backgroundState() {
      return inChrome((id) => String(WebExtensionPolicy.getByID(id).extension.backgroundState), GECKO_ID);
    },
    // Firefox keeps an event page with an open native port alive; the extension closes an idle
    // port after minutes, and Firefox stops the page soon after. This stops it at once, port or
    // not (the state it reaches is the same: stopped, port closed, host gone).
    terminateBackground() {
      return inChrome(async (id) => {
        await WebExtensionPolicy.getByID(id).extension.terminateBackground({ disableResetIdleForTest: true });
      }, GECKO_ID);
    },
    // Manifest warnings and errors Firefox reported when installing the add-on.
    addonProblems() {
      return inChrome((id) => {
        const ext = WebExtensionPolicy.getByID(id).extension;
        return { warnings: [...ext.warnings], errors: [...ext.errors] };
      }, GECKO_ID);
    },

    // Host processes this Firefox started (their command line names the manifest Firefox read).
    hostProcesses(bin = HOST_BIN) {
      const manifest = path.join(home, '.mozilla', 'native-messaging-hosts');
      return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n')
        .map((l) => l.trim().match(/^(\d+)\s+(.*)$/)).filter(Boolean)
        .filter(([, , args]) => args.startsWith(`${bin} ${manifest}`))
        .map(([, pid]) => ({ pid: Number(pid) }));
    },

    async close() {
      await stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
  return session;
}

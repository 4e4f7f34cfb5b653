// Chromium with the unpacked extension, a fresh profile, and (optionally) the real native host
// registered in that profile. See /work/shared/recipes/chromium-e2e.md for why each flag is there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION, HOST_BIN } from './paths.js';
import { HOSTS } from './server.js';

export const EXTENSION_ID = 'jnihimnicidoblcpdfmgnjmcnckcphln';
export const HOST_NAME = 'cool.papers.router';
export const MENU_ID = 'open-in-cool-papers';

// Writes <profile>/NativeMessagingHosts/cool.papers.router.json (read on every connect).
export function registerHost(profile, bin = HOST_BIN) {
  const dir = path.join(profile, 'NativeMessagingHosts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${HOST_NAME}.json`), JSON.stringify({
    name: HOST_NAME, description: 'Cool Papers Router (test)', path: bin, type: 'stdio',
    allowed_origins: [`chrome-extension://${EXTENSION_ID}/`],
  }));
}

export function unregisterHost(profile) {
  fs.rmSync(path.join(profile, 'NativeMessagingHosts', `${HOST_NAME}.json`), { force: true });
}

// Resolves with {context, profile, serviceWorker(), stopServiceWorker(page), close()}.
export async function launch({ port, withHost = true, extension = EXTENSION } = {}) {
  if (withHost && !fs.existsSync(HOST_BIN)) {
    throw new Error(`host binary ${HOST_BIN} not found: build it or set COOLPAPERS_BIN`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'coolpapers-profile-'));
  if (withHost) registerHost(profile);
  // Every other name fails at once instead of waiting for a DNS that does not exist.
  const rules = [...HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(',');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      `--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
  });
  const isOurs = (w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`);
  // After a stop, Playwright keeps the handle; calls on it wait until the worker runs again, so
  // wake it (a page of the extension, a content script) before evaluating.
  async function serviceWorker() {
    const live = context.serviceWorkers().filter(isOurs);
    if (live.length) return live[live.length - 1];
    return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10000 });
  }
  // Stops the worker as the browser does when idle (CDP ServiceWorker.stopAllWorkers), via `page`.
  async function stopServiceWorker(page) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }
  await (await serviceWorker()).evaluate(() => chrome.runtime.id);
  return {
    context, profile, serviceWorker, stopServiceWorker,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Host processes started by the browser that uses `profile` (their parent's command line names
// the profile), as [{pid}]: one while a port is open, none once it is closed.
export function hostProcesses(profile, bin = HOST_BIN) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/)).filter(Boolean)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args }));
  const browsers = new Set(rows.filter((r) => r.args.includes(`--user-data-dir=${profile}`)).map((r) => r.pid));
  return rows.filter((r) => browsers.has(r.ppid) && r.args.startsWith(`${bin} chrome-extension://${EXTENSION_ID}/`))
    .map((r) => ({ pid: r.pid }));
}

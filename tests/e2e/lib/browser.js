// Chromium with the unpacked extension, a fresh profile, and (optionally) the real native host
// registered in that profile. See /work/shared/recipes/chromium-e2e.md for why each flag is there.
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

// Resolves with {context, profile, serviceWorker(), close()}.
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
  // The worker handle changes when the worker is stopped and started again.
  async function serviceWorker() {
    const live = context.serviceWorkers().filter(isOurs);
    if (live.length) return live[live.length - 1];
    return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10000 });
  }
  await (await serviceWorker()).evaluate(() => chrome.runtime.id);
  return {
    context, profile, serviceWorker,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

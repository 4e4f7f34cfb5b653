// The Firefox package passes Mozilla's linter (web-ext lint, i.e. addons-linter: what
// addons.mozilla.org runs on every upload) with no errors, warnings or notices; among them the
// data_collection_permissions declaration new add-ons need.
// web-ext is pinned to 8.10.0: later releases pull undici 7, which needs Node 20.18.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { GECKO_ID } from './lib/firefox.js';
import { E2E, EXTENSION, REPO } from './lib/paths.js';

const WEB_EXT = path.join(E2E, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

test('web-ext lint: the Firefox zip is clean', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'coolpapers-lint-'));
  try {
    execFileSync('cmake', [`-DDIST=${dist}`, '-P', path.join(REPO, 'tools', 'package-extension.cmake')], { stdio: 'pipe' });
    const { version } = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));
    const zip = path.join(dist, `cool-papers-router-${version}-firefox.zip`);
    const run = spawnSync(process.execPath, [WEB_EXT, 'lint', '--source-dir', zip, '--output', 'json',
      '--no-config-discovery'], { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
    let report;
    try {
      report = JSON.parse(run.stdout);
    } catch {
      assert.fail(`web-ext lint gave no report (exit ${run.status}): ${run.stdout}${run.stderr}`);
    }
    const messages = [...report.errors, ...report.warnings, ...report.notices]
      .map((m) => `${m._type} ${m.code}: ${m.message} (${m.file || ''})`);
    assert.deepEqual(report.summary, { errors: 0, notices: 0, warnings: 0 }, messages.join('\n'));
    assert.equal(report.metadata.id, GECKO_ID);
    assert.equal(run.status, 0);
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
});

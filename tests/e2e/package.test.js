// tools/package-extension.cmake: both zips hold exactly the files of extension/, and only the
// manifest differs (no "key" for the store; Firefox gets its id and background scripts); the same
// tree gives the same bytes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { test } from 'node:test';
import { EXTENSION, REPO } from './lib/paths.js';

// name -> Buffer, from the central directory of a zip.
function unzip(buf) {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10); // 0 stored, 8 deflated
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    out.set(name, method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory()
    ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))])).sort();
}

test('packaging: Chrome Web Store zip and Firefox zip from the one source tree', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'coolpapers-dist-'));
  try {
    const pack = () => execFileSync('cmake', [`-DDIST=${dist}`, '-P',
      path.join(REPO, 'tools', 'package-extension.cmake')], { stdio: 'pipe' });
    pack();
    const source = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));
    const zips = fs.readdirSync(dist).sort();
    assert.deepEqual(zips, [`cool-papers-router-${source.version}-chrome.zip`,
      `cool-papers-router-${source.version}-firefox.zip`]);
    for (const name of zips) {
      const files = unzip(fs.readFileSync(path.join(dist, name)));
      assert.deepEqual([...files.keys()].sort(), listFiles(EXTENSION));
      for (const [file, data] of files) {
        if (file !== 'manifest.json') assert.ok(data.equals(fs.readFileSync(path.join(EXTENSION, file))), file);
      }
      const m = JSON.parse(files.get('manifest.json'));
      assert.equal(m.key, undefined, 'the store assigns the id');
      assert.deepEqual(m.content_scripts, source.content_scripts);
      if (name.endsWith('-firefox.zip')) {
        assert.equal(m.browser_specific_settings.gecko.id, 'cool-papers-router@coolpapers');
        assert.deepEqual(m.background.scripts, [source.background.service_worker]);
        assert.equal(m.background.service_worker, undefined);
      } else {
        assert.deepEqual(m.background, source.background);
      }
    }
    const first = zips.map((name) => fs.readFileSync(path.join(dist, name)));
    pack();
    zips.forEach((name, i) => assert.ok(fs.readFileSync(path.join(dist, name)).equals(first[i]), `${name} reproducible`));
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
});

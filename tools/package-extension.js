#!/usr/bin/env node
// Packages extension/ (loadable unpacked as it is) into dist/:
//   dist/cool-papers-router-<version>-chrome.zip   for the Chrome Web Store (no "key": the store
//                                                 assigns the id and refuses the field)
//   dist/cool-papers-router-<version>-firefox.zip  the same files; manifest with
//                                                 browser_specific_settings and background.scripts
// Both are built from the one source tree; only manifest.json differs. No dependencies.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const REPO = path.resolve(__dirname, '..');
const SRC = path.join(REPO, 'extension');
const DIST = process.env.COOLPAPERS_DIST || path.join(REPO, 'dist');
// The id Firefox knows the extension by: the host's installer lists it in allowed_extensions
// (host/install/browsers.hpp kFirefoxExtensionId).
const GECKO_ID = 'cool-papers-router@coolpapers';

function files(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? files(full, base) : [path.relative(base, full).split(path.sep).join('/')];
    })
    .sort();
}

function chromeManifest(m) {
  const { key, ...rest } = m;
  return rest;
}

function firefoxManifest(m) {
  const { key, minimum_chrome_version: _, background, ...rest } = chromeManifest(m);
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } },
  };
}

// The run of fields a local header and a central-directory entry share, from "version needed to
// extract" to "file name length" (26 bytes).
function writeSharedFields(buf, at, entry, dosTime, dosDate) {
  buf.writeUInt16LE(20, at); // version needed
  buf.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  buf.writeUInt16LE(8, at + 4); // deflate
  buf.writeUInt16LE(dosTime, at + 6);
  buf.writeUInt16LE(dosDate, at + 8);
  buf.writeUInt32LE(entry.crc, at + 10);
  buf.writeUInt32LE(entry.compressed, at + 14);
  buf.writeUInt32LE(entry.size, at + 18);
  buf.writeUInt16LE(entry.nameLength, at + 22);
}

// A plain zip (deflate, no extras): local headers, central directory, end record.
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  const dosTime = 0; // 1980-01-01 00:00: reproducible archives
  const dosDate = (0 << 9) | (1 << 5) | 1;
  for (const { name, data } of entries) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const crc = zlib.crc32(data);
    const entry = { crc, compressed: deflated.length, size: data.length, nameLength: nameBuf.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeSharedFields(local, 4, entry, dosTime, dosDate);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    writeSharedFields(central, 6, entry, dosTime, dosDate);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, deflated);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + deflated.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function build(flavour, manifest) {
  const entries = files(SRC).map((name) => ({
    name,
    data: name === 'manifest.json'
      ? Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)
      : fs.readFileSync(path.join(SRC, name)),
  }));
  const out = path.join(DIST, `cool-papers-router-${manifest.version}-${flavour}.zip`);
  fs.writeFileSync(out, zip(entries));
  return { out, count: entries.length };
}

const manifest = JSON.parse(fs.readFileSync(path.join(SRC, 'manifest.json'), 'utf8'));
fs.mkdirSync(DIST, { recursive: true });
for (const [flavour, m] of [['chrome', chromeManifest(manifest)], ['firefox', firefoxManifest(manifest)]]) {
  const { out, count } = build(flavour, m);
  console.log(`${path.relative(REPO, out)}: ${count} files`);
}

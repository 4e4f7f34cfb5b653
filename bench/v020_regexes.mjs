// The reference for bench/run.sh: papers.cool extension v0.2.0's id regexes (spec ids.md §1),
// written here from that table, applied the way its background.js applies them: for each text,
// the sources in a fixed priority, stopping at the first source that matches.
// Reads JSON lines (one JSON string each) on stdin; writes one JSON array per line, like
// `coolpapers ids --jsonl`. Runs on Node 18.
import { createInterface } from 'node:readline';

const sources = [
  ['arxiv', /[0-9]{4}\.[0-9]{4,5}/g, (m) => m[0]],
  ['openreview', /(?<=openreview\.net\/.*?id=)([A-Za-z0-9]+)/g, (m) => m[1]],
  ['ijcai', /(?<=ijcai\.org\/proceedings\/)(\d+)\/(\d+)/g, (m) => `${m[2].replace(/^0+/, '')}@${m[1]}`],
  ['acl', /(?<=aclanthology.org\/)([A-Za-z0-9\-\.]+)(?=(\/|\.pdf))/g, (m) => m[1]],
  ['pmlr', /(?<=proceedings\.mlr\.press\/)(v\d+)\/([A-Za-z0-9\-]+)(?=\.html)/g, (m) => `${m[2]}@${m[1]}`],
];

function ids(text) {
  for (const [source, re, id] of sources) {
    const found = [...text.matchAll(re)];
    if (found.length) return found.map((m) => ({ source, id: id(m) }));
  }
  return [];
}

const out = [];
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  out.push(JSON.stringify(ids(JSON.parse(line))));
  if (out.length >= 1024) process.stdout.write(out.splice(0).join('\n') + '\n');
}
if (out.length) process.stdout.write(out.join('\n') + '\n');

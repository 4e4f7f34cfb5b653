// Answers the content scripts: page URLs and entry texts go to the host, URLs come back.
// Content scripts never see the host or its errors; a failure just means "no link".

import { HostError, request } from './host.js';

let maxTexts = 0; // learnt from ping the first time a batch is too large

async function resolveMany(texts) {
  if (texts.length === 0) return [];
  if (!maxTexts || texts.length <= maxTexts) {
    try {
      return (await request({ type: 'resolve_many', texts })).results;
    } catch (e) {
      if (!(e instanceof HostError) || e.code !== 'too_many_texts') throw e;
    }
  }
  if (!maxTexts) maxTexts = (await request({ type: 'ping' })).limits.max_texts;
  const batches = [];
  for (let i = 0; i < texts.length; i += maxTexts) {
    batches.push(request({ type: 'resolve_many', texts: texts.slice(i, i + maxTexts) }));
  }
  return (await Promise.all(batches)).flatMap((r) => r.results);
}

// How many entry batches the content scripts sent (tests and the bench check "one per page").
export const counts = { batches: 0 };

// message: {kind: 'page', url} -> {urls}; {kind: 'many', texts} -> {results: [{urls}]}. A text
// is a string or an entry object {text, title, venue, year} (PROTOCOL.md, title mode).
export async function answer(message) {
  try {
    if (message.kind === 'page') {
      const reply = await request({ type: 'resolve', page: message.url });
      return { urls: reply.urls || [] };
    }
    if (message.kind === 'many') {
      counts.batches += 1;
      const results = await resolveMany(message.texts || []);
      return { results: results.map((r) => ({ urls: r.urls || [] })) };
    }
    return { error: `unknown request ${message.kind}` };
  } catch (e) {
    return { error: e.message };
  }
}

// Answers the content scripts: page URLs and entry texts go to the host, URLs come back.
// Content scripts never see the host or its errors; a failure just means "no link".

import { connect, HostError, request } from './host.js';

let maxTexts = 0; // learnt from ping the first time a batch is too large

// One resolve_many asking only for each entry's first URL (PROTOCOL.md `first_url`): the ids
// beside it doubled the reply, and the browser's native messaging takes longer the more bytes.
async function firstUrls(texts) {
  const { results } = await request({ type: 'resolve_many', first_url: true, texts });
  // a host from before first_url answers {ids, urls} objects
  return results.map((r) => (typeof r === 'string' ? r : (r.urls && r.urls[0]) || ''));
}

async function resolveMany(texts) {
  if (texts.length === 0) return [];
  if (!maxTexts || texts.length <= maxTexts) {
    try {
      return await firstUrls(texts);
    } catch (e) {
      if (!(e instanceof HostError) || e.code !== 'too_many_texts') throw e;
    }
  }
  if (!maxTexts) maxTexts = (await request({ type: 'ping' })).limits.max_texts;
  const batches = [];
  for (let i = 0; i < texts.length; i += maxTexts) batches.push(firstUrls(texts.slice(i, i + maxTexts)));
  return (await Promise.all(batches)).flat();
}

// How many entry batches the content scripts sent (tests and the bench check "one per page").
export const counts = { batches: 0 };

// The per-site switch of the options page ({sites: {dblp: false, …}} in storage.sync): a site
// is on unless switched off.
async function siteOn(site) {
  try {
    const { sites } = await chrome.storage.sync.get('sites');
    return !sites || sites[site] !== false;
  } catch (e) {
    return true; // storage unavailable: behave as the default
  }
}

// message: {kind: 'site', site, titles} -> {on} (and the host's port opened when on: a content
// script asks while its page loads, so the port is ready for its batch; with titles, a site whose
// entries may be looked up by title, the host also opens its title index by then);
// {kind: 'page', url} -> {urls};
// {kind: 'many', texts} -> {urls: one URL or '' per text}. A text is a string or an entry object
// {text, title, venue, year} (PROTOCOL.md, title mode).
export async function answer(message) {
  try {
    if (message.kind === 'site') {
      const on = await siteOn(message.site);
      if (on) connect();
      // not awaited: the page goes on loading meanwhile, and its batch finds the index open
      if (on && message.titles) request({ type: 'ping', title_index: true }).catch(() => {});
      return { on };
    }
    if (message.kind === 'page') {
      const reply = await request({ type: 'resolve', page: message.url });
      return { urls: reply.urls || [] };
    }
    if (message.kind === 'many') {
      counts.batches += 1;
      performance.mark('coolpapers:received'); // bench/e2e_bench.mjs splits the round trip here
      const urls = await resolveMany(message.texts || []);
      performance.mark('coolpapers:host-answered');
      return { urls };
    }
    return { error: `unknown request ${message.kind}` };
  } catch (e) {
    return { error: e.message };
  }
}

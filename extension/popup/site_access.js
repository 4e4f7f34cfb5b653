// Quick links need the browser's access to each site their content scripts run on. Firefox lets
// a user withdraw it (about:addons, Permissions) and Chrome lets a user restrict it; the site's
// quick links then stop without a word. This finds the sites without access, for the popup to
// say so and ask for them again.

// Every content script's match patterns, once each.
export function contentScriptPatterns(manifest = chrome.runtime.getManifest()) {
  return [...new Set((manifest.content_scripts || []).flatMap((script) => script.matches))];
}

// The patterns the extension may not run on now.
export async function withheldPatterns() {
  const patterns = contentScriptPatterns();
  const granted = await Promise.all(patterns.map((p) => chrome.permissions.contains({ origins: [p] })));
  return patterns.filter((_, i) => !granted[i]);
}

// "arxiv.org, openreview.net and 3 more" for the patterns' hosts.
export function describeHosts(patterns, shown = 4) {
  const hosts = [...new Set(patterns.map((p) => p.replace(/^[^:]+:\/\/([^/]+).*$/, '$1')))];
  if (hosts.length <= shown) return hosts.join(', ');
  return `${hosts.slice(0, shown).join(', ')} and ${hosts.length - shown} more`;
}

// Options: one switch per site for the quick links, kept in storage.sync as {sites: {id: false}}
// (only switched-off sites are stored; the content scripts treat a missing entry as on).

// Ids are the ones the content scripts pass to CoolPapersQuickLinks.enabled().
export const SITES = [
  { id: 'arxiv', name: 'arXiv', pages: 'abstracts, listings, search results, HTML papers' },
  { id: 'openreview', name: 'OpenReview', pages: 'forum and venue pages' },
  { id: 'acl', name: 'ACL Anthology', pages: 'paper, volume, event and author pages' },
  { id: 'huggingface', name: 'Hugging Face', pages: 'paper pages and daily lists' },
  { id: 'dblp', name: 'DBLP', pages: 'person, proceedings and search pages' },
  { id: 'scholar', name: 'Google Scholar', pages: 'result lists and profiles' },
  { id: 'pmlr', name: 'PMLR', pages: 'volume pages' },
  { id: 'ijcai', name: 'IJCAI', pages: 'proceedings listings' },
];

async function switchedOff() {
  const { sites } = await chrome.storage.sync.get('sites');
  return sites && typeof sites === 'object' ? sites : {};
}

async function save(id, on) {
  const sites = await switchedOff();
  if (on) delete sites[id];
  else sites[id] = false;
  await chrome.storage.sync.set({ sites });
  document.getElementById('saved').hidden = false;
}

async function render() {
  const off = await switchedOff();
  const form = document.getElementById('sites');
  for (const site of SITES) {
    const label = document.createElement('label');
    label.className = 'site';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = site.id;
    box.checked = off[site.id] !== false;
    box.addEventListener('change', () => save(site.id, box.checked));
    const pages = document.createElement('span');
    pages.className = 'pages';
    pages.textContent = ` (${site.pages})`;
    label.append(box, ` ${site.name}`, pages);
    form.append(label);
  }
}

render();

// Opens Cool Papers pages in new tabs right after the tab the user clicked in, in order.

export async function openNextTo(urls, tab) {
  const here = tab && tab.id !== undefined && tab.id >= 0 ? tab : null;
  const created = [];
  for (const [i, url] of urls.entries()) {
    const props = { url, active: i === 0 };
    if (here) {
      props.windowId = here.windowId;
      props.index = here.index + 1 + i;
      props.openerTabId = here.id;
    }
    created.push(await chrome.tabs.create(props));
  }
  return created;
}

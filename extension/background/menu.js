// The "Open in Cool Papers" context menu: the browser's four fields go to the host, and every
// URL the host returns opens in a new tab. The host decides everything else.

import { request } from './host.js';
import { describeHostProblem, notify } from './notify.js';
import { openNextTo } from './tabs.js';

export const MENU_ID = 'open-in-cool-papers';

const NOTHING_SELECTED = 'No paper id here. Select the text or right-click the link that holds ' +
  'the paper id (arXiv, OpenReview, ACL Anthology, IJCAI or PMLR), then try again.';

const PDF_TITLE_SEARCH = 'No paper id found in this PDF: searching Cool Papers for its title.';

export function createMenu() {
  // "page" and "frame" cover Chrome's PDF viewer (and file:// PDFs once the user allows file access).
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({
      id: MENU_ID,
      title: 'Open in Cool Papers',
      contexts: ['page', 'frame', 'selection', 'link'],
    });
  });
}

function fieldsOf(info) {
  const fields = {};
  if (info.selectionText) fields.selection = info.selectionText;
  if (info.linkUrl) fields.link = info.linkUrl;
  if (info.pageUrl) fields.page = info.pageUrl;
  if (info.frameUrl) fields.frame = info.frameUrl;
  return fields;
}

// Returns what was done, for tests and the bench: {opened: [urls], notice: kind|null}.
export async function onMenuClick(info, tab) {
  if (info.menuItemId !== MENU_ID) return { opened: [], notice: null };
  try {
    performance.mark('coolpapers:click'); // bench/e2e_bench.mjs splits the time at these marks
    const reply = await request({ type: 'resolve', ...fieldsOf(info) });
    performance.mark('coolpapers:resolved');
    let urls = reply.urls || [];
    let message = reply.message;
    let searched = reply.outcome === 'search';
    if (urls.length === 0 && reply.pdf_url) {
      const pdf = await request({ type: 'resolve_pdf', url: reply.pdf_url });
      urls = pdf.urls || [];
      searched = urls.length > 0 && (pdf.ids || []).length === 0; // the host searched the title
      message = pdf.message || (searched ? PDF_TITLE_SEARCH : message);
    }
    if (urls.length > 0) await openNextTo(urls, tab);
    if (searched) {
      await notify('search', message);
      return { opened: urls, notice: 'search' };
    }
    if (urls.length === 0) {
      await notify('nothing', message || NOTHING_SELECTED);
      return { opened: urls, notice: 'nothing' };
    }
    return { opened: urls, notice: null };
  } catch (error) {
    if (!error.kind) throw error; // a bug of ours: let it surface in the worker's console
    await notify(error.kind === 'refused' ? 'nothing' : 'host', describeHostProblem(error));
    return { opened: [], notice: error.kind === 'refused' ? 'nothing' : 'host' };
  }
}

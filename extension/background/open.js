// Opening the paper that some text, link, page or PDF names: the fields go to the host, every URL
// it returns opens in a new tab, and what could not be opened becomes a notification (which the
// toolbar popup repeats). The context menu, the popup's box, the omnibox keyword and the keyboard
// shortcut all come here; the host decides everything else.

import { request } from './host.js';
import { describeHostProblem, notify } from './notify.js';
import { whileReadingPdf } from './reading.js';
import { openNextTo } from './tabs.js';

const NOTHING_SELECTED = 'No paper id here. Select the text or right-click the link that holds ' +
  'the paper id (arXiv, OpenReview, ACL Anthology, IJCAI or PMLR), then try again.';

const PDF_TITLE_SEARCH = 'No paper id found in this PDF: searching Cool Papers for its title.';

// fields: {selection, link, page, frame} (each optional), as PROTOCOL.md's resolve takes them.
// Returns what was done, for tests and the bench: {opened: [urls], notice: kind|null}.
export async function openPaper(fields, tab, nothingMessage = NOTHING_SELECTED) {
  try {
    performance.mark('coolpapers:click'); // bench/e2e_bench.mjs splits the time at these marks
    const reply = await request({ type: 'resolve', ...fields });
    performance.mark('coolpapers:resolved');
    let urls = reply.urls || [];
    let message = reply.message;
    let searched = reply.outcome === 'search';
    if (urls.length === 0 && reply.pdf_url) {
      const pdf = await whileReadingPdf(() => request({ type: 'resolve_pdf', url: reply.pdf_url }));
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
      await notify('nothing', message || nothingMessage);
      return { opened: urls, notice: 'nothing' };
    }
    return { opened: urls, notice: null };
  } catch (error) {
    if (!error.kind) throw error; // a bug of ours: let it surface in the worker's console
    await notify(error.kind === 'refused' ? 'nothing' : 'host', describeHostProblem(error));
    return { opened: [], notice: error.kind === 'refused' ? 'nothing' : 'host' };
  }
}

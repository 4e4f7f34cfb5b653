// While the host reads a PDF (a download may take up to a minute), the toolbar button says so:
// a "PDF" badge, and a title saying how many are being read. Other clicks are answered meanwhile.

const TITLE = 'Cool Papers Router';
let reading = 0;

function show() {
  const many = reading === 1 ? 'a PDF' : `${reading} PDFs`;
  chrome.action.setBadgeText({ text: reading > 0 ? 'PDF' : '' });
  chrome.action.setTitle({ title: reading > 0 ? `${TITLE}: reading ${many}…` : TITLE });
}

// Runs work() (a resolve_pdf request) with the badge shown until it settles.
export async function whileReadingPdf(work) {
  reading += 1;
  show();
  try {
    return await work();
  } finally {
    reading -= 1;
    show();
  }
}

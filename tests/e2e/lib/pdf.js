// Writes a small valid one-page PDF (Helvetica text lines, /Title in the info dictionary, and
// optionally an arXiv-style margin stamp: text rotated 90 degrees up the left edge), so the PDF
// tests need no binary fixture.
import fs from 'node:fs';

function escape(text) {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

export function writePdf(file, { title, lines, stamp = '' }) {
  const body = ['BT', '/F1 11 Tf', '72 720 Td', '14 TL', ...lines.map((line) => `(${escape(line)}) '`), 'ET'];
  const margin = stamp ? ['BT', '/F1 20 Tf', '0 1 -1 0 32 220 Tm', `(${escape(stamp)}) Tj`, 'ET'] : [];
  const content = [...body, ...margin].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
    `<< /Title (${escape(title)}) /Producer (coolpapers e2e) >>`,
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  fs.writeFileSync(file, Buffer.from(out, 'latin1'));
}

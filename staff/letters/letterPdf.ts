// A letter as a PDF, laid out from its blocks (letterBlocks.ts) with pdfkit's standard fonts:
// text wrapping and pages without a browser or font files. A4 with 2 cm margins, like the printed
// page; 18 pt throughout when the resident asked for large print, 12 pt otherwise.
import PDFDocument from 'pdfkit';
import type { LetterBlock } from './letterBlocks';
import type { Language } from '../../templates/language';

const CM = 72 / 2.54;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';

// The standard fonts encode WinAnsi only (Latin-1 and a few typographic marks). Any other letter
// loses its accents (ŵ → w) rather than printing as a wrong glyph; what has no such base is "?".
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const inWinAnsi = (ch: string) => {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(ch);
};
/** Letters with a stroke rather than an accent, which NFD does not take apart. */
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i' };
export function winAnsi(text: string): string {
  return [...text]
    .map((ch) => (inWinAnsi(ch) ? ch : (STROKED[ch] ?? ([...ch.normalize('NFD').replace(/\p{M}/gu, '')].filter(inWinAnsi).join('') || '?'))))
    .join('');
}

export interface PdfLetter {
  title: string;
  reference: string;
  landlordName: string;
  largePrint: boolean;
  blocks: readonly LetterBlock[];
  /** The letter's language, for the PDF's own language tag (screen readers read Welsh as Welsh). */
  language?: Language;
}

/** An A4 document with 2 cm margins, drawn by `draw`, as the bytes of the PDF. */
export function a4Pdf(info: { Title: string; Author: string; Subject?: string }, draw: (doc: PDFKit.PDFDocument) => void, lang = 'en-GB'): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 2 * CM, info, lang, displayTitle: true });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

export function letterPdf({ title, reference, landlordName, largePrint, blocks, language = 'en' }: PdfLetter): Promise<Buffer> {
  const info = { Title: winAnsi(`${title} – ${reference}`), Author: winAnsi(landlordName), Subject: reference };
  return a4Pdf(info, (doc) => drawLetter(doc, largePrint ? 18 : 12, blocks), language === 'cy' ? 'cy' : 'en-GB');
}

function drawLetter(doc: PDFKit.PDFDocument, size: number, blocks: readonly LetterBlock[]): void {
  const gap = size * 0.6;
  blocks.forEach((block, i) => {
    const text = block.lines.map(winAnsi).join('\n');
    switch (block.style) {
      case 'letterhead':
        doc.font(i === 0 ? BOLD : REGULAR).fontSize(size).text(text);
        if (blocks[i + 1]?.style !== 'letterhead') {
          const y = doc.y + gap / 2;
          doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.width - doc.page.margins.right, y).lineWidth(1.5).stroke();
          doc.moveDown(1.5);
        }
        return;
      case 'title':
        doc.moveDown(0.5).font(BOLD).fontSize(size * 1.4).text(text, { paragraphGap: gap });
        return;
      case 'heading':
        doc.moveDown(0.3).font(BOLD).fontSize(size * 1.1).text(text, { paragraphGap: gap / 2 });
        return;
      case 'recipient':
        doc.font(REGULAR).fontSize(size).text(text, { paragraphGap: gap * 2 });
        return;
      case 'paragraph':
        doc.font(REGULAR).fontSize(size).text(text, { paragraphGap: gap, lineGap: size * 0.2 });
    }
  });
}

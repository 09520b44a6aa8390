// A case's letter in each form it leaves in: the printable HTML page (templates/console/letter.hbs, or
// its Welsh twin templates/console/cy/letter.hbs for a resident whose language is Welsh), and, read
// back from that same page, its plain text and its PDF, so all three say the same.
import type { LoadedCase } from '../../staff/service/staffService';
import { letterBlocks, letterText } from '../../staff/letters/letterBlocks';
import { letterPdf } from '../../staff/letters/letterPdf';
import type { RenderedLetter } from '../../staff/letters/letterSending';
import { letterData, type LetterKind } from '../../staff/views/letters';
import { renderPage } from './view';

export function letterHtml(kind: LetterKind, loaded: LoadedCase, now: Date): string {
  const data = letterData(kind, loaded, now);
  return renderPage('letter', data, data.language);
}

export function letterPdfOf(kind: LetterKind, loaded: LoadedCase, now: Date): Promise<Buffer> {
  const data = letterData(kind, loaded, now);
  return letterPdf({ title: data.title, reference: data.reference, landlordName: data.landlord.name, largePrint: data.largePrint, language: data.language, blocks: letterBlocks(renderPage('letter', data, data.language)) });
}

export async function renderedLetter(kind: LetterKind, loaded: LoadedCase, now: Date): Promise<RenderedLetter> {
  const html = letterHtml(kind, loaded, now);
  return { html, text: letterText(letterBlocks(html)), pdf: await letterPdfOf(kind, loaded, now) };
}

// A letter's printable HTML (templates/console/letter.hbs) read back into blocks of text, so the PDF
// and the email's plain text say exactly what the HTML says, from one template. Pure. The HTML is
// our own template's, not any HTML: headings, paragraphs, list items and the address block inside <main> and
// the letterhead, with <br> between lines and handlebars' escaping undone once.
import { plainText } from '../../templates/plainText';

export type BlockStyle = 'letterhead' | 'recipient' | 'title' | 'heading' | 'paragraph';

export interface LetterBlock {
  style: BlockStyle;
  lines: string[];
}

const ELEMENT = /<(h1|h2|p|li|address)\b([^>]*)>([\s\S]*?)<\/\1>/g;

const lines = (inner: string) =>
  plainText(inner.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, ''))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');

function styleOf(tag: string, inLetterhead: boolean): BlockStyle {
  if (tag === 'h1') return 'title';
  if (tag === 'h2') return 'heading';
  if (tag === 'address') return 'recipient';
  return inLetterhead ? 'letterhead' : 'paragraph';
}

/** The letter's blocks in reading order; the preview's navigation (outside <main>) is not part of it. */
export function letterBlocks(html: string): LetterBlock[] {
  const main = /<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  const letterheadEnd = main.indexOf('</header>');
  const blocks: LetterBlock[] = [];
  for (const m of main.matchAll(ELEMENT)) {
    const [, tag, , inner] = m as unknown as [string, string, string, string];
    // A list item (a response's actions) is a paragraph of its own, bulleted as printed.
    const text = tag === 'li' ? lines(inner).map((line, i) => (i === 0 ? `• ${line}` : line)) : lines(inner);
    if (text.length > 0) blocks.push({ style: styleOf(tag, (m.index ?? 0) < letterheadEnd), lines: text });
  }
  return blocks;
}

/** The letter as plain text (an email's text part): blocks apart by a blank line, the title underlined. */
export function letterText(blocks: readonly LetterBlock[]): string {
  return blocks
    .map(({ style, lines: text }) => (style === 'title' ? `${text.join(' ')}\n${'='.repeat(text.join(' ').length)}` : text.join('\n')))
    .join('\n\n')
    .concat('\n');
}

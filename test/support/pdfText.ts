// The text a PDF shows, as a reader's text extractor (pdf-parse, over pdf.js) finds it.
import { inflateSync } from 'node:zlib';
import { PDFParse } from 'pdf-parse';

export async function pdfText(pdf: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** Every font size the PDF sets text in (its content streams' `Tf` operators), smallest first. */
export function pdfFontSizes(pdf: Buffer): number[] {
  const sizes = new Set<number>();
  const raw = pdf.toString('latin1');
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1] as string, 'latin1')).toString('latin1');
    } catch {
      content = m[1] as string;
    }
    for (const tf of content.matchAll(/\/F\d+ ([\d.]+) Tf/g)) sizes.add(Number(tf[1]));
  }
  return [...sizes].sort((a, b) => a - b);
}

// The annual complaint performance report as a PDF, from the same report data as its page and CSV
// (staff/views/annualReport.ts), with the letters' fonts and page: A4, standard fonts, no browser.
import PDFDocument from 'pdfkit';
import { longDate } from '../../templates/longDate';
import type { AnnualReport } from '../views/annualReport';
import { winAnsi } from './letterPdf';

const CM = 72 / 2.54;

export function annualReportPdf(report: AnnualReport, producedOn: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 2 * CM,
    info: { Title: winAnsi(`${report.title} – ${report.landlord}`), Author: winAnsi(report.landlord) },
    lang: 'en-GB',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const text = (s: string) => winAnsi(s);
  doc.font('Helvetica-Bold').fontSize(16).text(text(report.title), { paragraphGap: 4 });
  doc.font('Helvetica').fontSize(11).text(text(`${report.landlord} (${report.profile.name}), ${longDate(report.period.from)} to ${longDate(report.period.to)}.`));
  doc.text(text(`Produced on ${longDate(producedOn)} from the case records.`), { paragraphGap: 8 });
  for (const section of report.sections) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(13).text(text(`${section.title} (${section.clauses.join(', ')})`), { paragraphGap: 4 });
    doc.font('Helvetica').fontSize(11);
    for (const row of section.rows) {
      const values = row.values.map((v, i) => (section.columns.length > 1 ? `${section.columns[i]}: ${v}` : v)).join('; ');
      doc.text(text(`${row.measure} — ${values}`), { paragraphGap: 2 });
    }
    if (section.note) doc.font('Helvetica-Oblique').fontSize(10).text(text(section.note), { paragraphGap: 4 });
  }
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(13).text('To add by hand before publishing', { paragraphGap: 4 });
  doc.font('Helvetica').fontSize(11);
  for (const item of report.toAddByHand) doc.text(text(`• ${item}`), { paragraphGap: 2 });
  doc.end();
  return done;
}

// The annual complaint performance report as a PDF, from the same report data as its page and CSV
// (staff/views/annualReport.ts), with the letters' fonts and page: A4, standard fonts, no browser.
import { longDate } from '../../templates/longDate';
import type { AnnualReport } from '../views/annualReport';
import { a4Pdf, winAnsi } from './letterPdf';

export function annualReportPdf(report: AnnualReport, producedOn: string): Promise<Buffer> {
  const text = (s: string) => winAnsi(s);
  return a4Pdf({ Title: text(`${report.title} – ${report.landlord}`), Author: text(report.landlord) }, (doc) => {
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
  });
}

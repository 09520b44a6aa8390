// The annual complaint performance report (Code 8.1): the year's figures laid out as the sections a
// landlord publishes, as data the page, the CSV and the PDF all render, so they cannot disagree.
// Pure: the financial year's figures and the profile in, the report out. What only people can
// write (the governing body's response, what changed as a result) is listed, never invented.
import { z } from 'zod';
import { DEFAULT_PROFILE_ID } from '../../triage/profiles';
import type { PolicyProfile } from '../../triage/profileSchema';
import { csvCell, periodFor, type Figures, type Period, type Share } from './figures';

export const AnnualReportQuerySchema = z.object({
  profile: z.string().max(64).default(DEFAULT_PROFILE_ID),
  year: z.coerce
    .number({ error: 'year must be the year the financial year starts in, such as 2026 for April 2026 to March 2027' })
    .int({ error: 'year must be a whole year, such as 2026' })
    .min(2000, { error: 'year must be 2000 or later' })
    .max(2100, { error: 'year must be 2100 or earlier' })
    .optional(),
});
export type AnnualReportQuery = z.infer<typeof AnnualReportQuerySchema>;

/** The financial year (1 April – 31 March) starting in `year`, or the one `now` falls in (periodFor's default). */
export function financialYear(year: number | undefined, now: Date): Period {
  return year === undefined ? periodFor({}, now) : { from: `${year}-04-01`, to: `${year + 1}-03-31` };
}

export interface ReportRow {
  measure: string;
  /** One value per column of its section: a count, a share as "12 of 40 (30%)", or text. */
  values: string[];
}

export interface ReportSection {
  id: string;
  title: string;
  /** The clauses the section answers. */
  clauses: string[];
  columns: string[];
  rows: ReportRow[];
  /** Said under the table: how a figure was counted. */
  note?: string;
}

export interface AnnualReport {
  title: string;
  landlord: string;
  profile: { id: string; name: string };
  period: Period;
  sections: ReportSection[];
  /** What the published report needs that only people can write (Code 8.1–8.3). */
  toAddByHand: string[];
}

/** Whole pence as plain pounds for a table and a spreadsheet: 1843217 → "18432.17" (no £ sign, no thousands separator). */
const poundsPlain = (pence: number) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
const shareText = (s: Share) => (s.percent === null ? 'none in the year' : `${s.count} of ${s.of} (${s.percent}%)`);
const n = (v: number | null | undefined) => (v === null || v === undefined ? 'not available' : String(v));
const words = (code: string) => code.replace(/[_-]+/g, ' ');
const counted = (counts: Record<string, number>, none: string): ReportRow[] =>
  Object.keys(counts).length === 0 ? [{ measure: none, values: ['0'] }] : Object.entries(counts).map(([k, v]) => ({ measure: words(k), values: [String(v)] }));

export const TO_ADD_BY_HAND = [
  'The self-assessment against the Code, reviewed by the governing body (Code 8.1; the console lists where this system evidences each clause).',
  'The service improvements made as a result of what complaints taught, in words a resident understands (Code 8.1).',
  "Any finding of non-compliance with the Code by the Ombudsman, and any annual report or other publication of the Ombudsman's about the landlord (Code 8.1).",
  "The governing body's response to this report, published alongside it (Code 8.2), and the member responsible for complaints' view.",
  'Complaints handled outside this system (by other teams, or before it was used), if any.',
];

export function annualReport(f: Figures, profile: PolicyProfile): AnnualReport {
  const stages = ['Stage 1', 'Stage 2'];
  return {
    title: `Annual complaint performance report, ${f.period.from.slice(0, 4)}/${f.period.to.slice(2, 4)}`,
    landlord: profile.landlord.name,
    profile: { id: profile.id, name: profile.name },
    period: f.period,
    sections: [
      {
        id: 'numbers',
        title: 'Complaints received and answered',
        clauses: ['Code 8.1', 'TSM CH01', 'TSM CH02'],
        columns: stages,
        rows: [
          { measure: 'Complaints', values: [String(f.stage1), String(f.stage2)] },
          { measure: 'Complaints per 1,000 homes (CH01)', values: [n(f.ch01?.stage1), n(f.ch01?.stage2)] },
          { measure: 'Responded to within the timescales (CH02)', values: [shareText(f.ch02.stage1), shareText(f.ch02.stage2)] },
          { measure: 'Acknowledged on time', values: [shareText(f.acknowledgedOnTime.stage1), shareText(f.acknowledgedOnTime.stage2)] },
          { measure: 'Extensions used', values: [String(f.extensions.stage1), String(f.extensions.stage2)] },
          { measure: 'Extensions recorded after the deadline they extend', values: [String(f.lateExtensions.stage1), String(f.lateExtensions.stage2)] },
          { measure: 'Responses dated in time but entered after the deadline (counted late)', values: [String(f.responsesEnteredLate.stage1), String(f.responsesEnteredLate.stage2)] },
          { measure: 'Low-cost rental: complaints', values: [String(f.byTenure.lowCostRental.stage1), String(f.byTenure.lowCostRental.stage2)] },
          { measure: 'Low-cost rental: per 1,000 homes', values: [n(f.byTenure.lowCostRental.ch01?.stage1), n(f.byTenure.lowCostRental.ch01?.stage2)] },
          { measure: 'Low-cost home ownership: complaints', values: [String(f.byTenure.lowCostHomeOwnership.stage1), String(f.byTenure.lowCostHomeOwnership.stage2)] },
          { measure: 'Low-cost home ownership: per 1,000 homes', values: [n(f.byTenure.lowCostHomeOwnership.ch01?.stage1), n(f.byTenure.lowCostHomeOwnership.ch01?.stage2)] },
        ],
        note: f.homes
          ? `Per 1,000 of the ${f.homes} homes the policy profile gives. A response counts as on time by the later of the day it is dated and the day it was entered; an extension moves the deadline only when recorded before it passed.`
          : 'The policy profile gives no number of homes (landlord.homes), so the rates per 1,000 homes are not available. A response counts as on time by the later of the day it is dated and the day it was entered.',
      },
      {
        id: 'refusals',
        title: 'Complaints not accepted, by reason',
        clauses: ['Code 2.1–2.5', 'Code 8.1'],
        columns: ['Contacts'],
        rows: counted(f.refusalsByReason, 'None refused'),
      },
      {
        id: 'outcomes',
        title: 'Outcomes',
        clauses: ['Code 6.9', 'Code 8.1'],
        columns: stages,
        rows: [
          ...(['upheld', 'partly_upheld', 'not_upheld'] as const).map((o) => ({ measure: words(o), values: [String(f.outcomes.stage1[o] ?? 0), String(f.outcomes.stage2[o] ?? 0)] })),
          { measure: 'Withdrawn by the resident (no outcome)', values: [String(f.withdrawn), '—'] },
        ],
      },
      {
        id: 'remedies',
        title: 'Putting things right',
        clauses: ['Code 6.9', 'Code 7', 'Code 8.1'],
        columns: stages,
        rows: [
          { measure: 'Responses', values: [String(f.remedies.stage1.responses), String(f.remedies.stage2.responses)] },
          { measure: 'Apologies given', values: [String(f.remedies.stage1.apologies), String(f.remedies.stage2.apologies)] },
          { measure: 'Compensation offered (£)', values: [poundsPlain(f.remedies.stage1.compensationPence), poundsPlain(f.remedies.stage2.compensationPence)] },
          { measure: 'Actions promised', values: [String(f.remedies.stage1.actions.promised), String(f.remedies.stage2.actions.promised)] },
          { measure: 'Actions done', values: [String(f.remedies.stage1.actions.done), String(f.remedies.stage2.actions.done)] },
        ],
        note: `Responses sent in the year. Compensation in pounds and pence, ${poundsPlain(f.remedies.compensationPence)} in all; actions done as recorded so far.`,
      },
      {
        id: 'learning',
        title: 'What went wrong: root causes',
        clauses: ['Code 8.1', 'Code 8.2'],
        columns: ['Responses'],
        rows: Object.keys(f.remedies.byRootCause).length === 0
          ? [{ measure: 'None recorded', values: ['0'] }]
          : Object.entries(f.remedies.byRootCause).map(([code, count]) => ({ measure: profile.rootCauses.codes.find((c) => c.code === code)?.label ?? words(code), values: [String(count)] })),
        note: 'Stage responses naming each root cause; a response naming two counts under both.',
      },
      {
        id: 'ombudsman',
        title: 'Ombudsman determinations',
        clauses: ['Code 8.1'],
        columns: ['Determinations'],
        rows: counted(f.ombudsmanDeterminations, 'None recorded in the year'),
        note: 'As recorded on the cases, by the date of the determination: the most serious finding of each.',
      },
      {
        id: 'themes',
        title: 'What complaints were about',
        clauses: ['Code 8.1'],
        columns: ['Contacts'],
        rows: [...counted(f.byServiceArea, 'None').map((r) => ({ ...r, measure: `Service area: ${r.measure}` })), ...counted(f.byTheme, 'None').map((r) => ({ ...r, measure: `Theme: ${r.measure}` }))],
      },
      {
        id: 'hazards',
        title: "Awaab's Law hazard steps",
        clauses: ['S.I. 2025/1042'],
        columns: ['Steps'],
        rows: [
          { measure: 'Met', values: [String(f.hazardSteps.met)] },
          { measure: 'Missed', values: [String(f.hazardSteps.missed)] },
          { measure: 'Not done yet, deadline passed', values: [String(f.hazardSteps.overdue)] },
        ],
      },
    ],
    toAddByHand: TO_ADD_BY_HAND,
  };
}

/** One line per value: section, measure, column, value. */
export function annualReportCsv(report: AnnualReport): string {
  const lines = [['section', 'measure', 'column', 'value']];
  lines.push(['report', report.title, report.landlord, `${report.period.from} to ${report.period.to}`]);
  for (const section of report.sections) {
    for (const row of section.rows) row.values.forEach((value, i) => lines.push([section.title, row.measure, section.columns[i] ?? '', value]));
  }
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

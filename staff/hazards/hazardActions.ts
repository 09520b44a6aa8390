// Recording the steps of an Awaab's Law clock, pure: what changes, or why it cannot.
import { z } from 'zod';
import { instant } from '../../triage/dateBounds';
import type { WorkingCalendar } from '../../triage/workingDays';
import { londonDate } from '../../triage/workingDays';
import { hazardDeadlines } from '../../triage/hazardClocks';
import { hazardStatus, type HazardClockRow } from './hazardClockView';
import { refuse, type Refused } from '../../lifecycle/refusal';

/** What staff record, each an audit event; the URL names it (`POST /api/staff/hazards/:id/:record`). */
export const HAZARD_RECORDS = {
  'investigation-concluded': 'investigationConcludedOn',
  'summary-sent': 'summarySentOn',
  'safety-work-done': 'safetyWorkDoneOn',
  'further-works-started': 'furtherWorksStartedOn',
  // S.I. 2025/1042: owed when the home cannot be made safe in time.
  'alternative-accommodation-offered': 'alternativeAccommodationOfferedOn',
} as const satisfies Record<string, keyof HazardClockRow>;
export type HazardRecord = keyof typeof HAZARD_RECORDS;

export function isHazardRecord(name: string): name is HazardRecord {
  return Object.hasOwn(HAZARD_RECORDS, name);
}

/** The clock's id in the URL; anything else names no clock (a 404, not a database error). */
export const HazardClockIdSchema = z.coerce.number().int().positive();

export const HazardRecordBodySchema = z.object({
  version: z
    .number({ error: 'version must be the hazard clock version you are looking at (a whole number)' })
    .int()
    .positive(),
  at: instant('at'),
});
export type HazardRecordBody = z.infer<typeof HazardRecordBodySchema>;

// The summary and the further works follow the investigation's findings (S.I. 2025/1042).
const NEEDS_INVESTIGATION: ReadonlySet<HazardRecord> = new Set(['summary-sent', 'further-works-started']);

/** What can still be recorded on a clock: each step once, and the later ones after the investigation. */
export function recordsOpen(row: HazardClockRow): HazardRecord[] {
  return (Object.keys(HAZARD_RECORDS) as HazardRecord[]).filter(
    (record) => row[HAZARD_RECORDS[record]] === null && !(NEEDS_INVESTIGATION.has(record) && row.investigationConcludedOn === null),
  );
}

export type HazardChange = Pick<HazardClockRow, 'deadlines' | 'status'> & Partial<HazardClockRow>;

export const CloseInErrorBodySchema = z.object({
  version: z
    .number({ error: 'version must be the hazard clock version you are looking at (a whole number)' })
    .int()
    .positive(),
  reason: z
    .string({ error: 'reason must be text: why the clock should never have started' })
    .trim()
    .min(1, { error: 'reason must say why the clock should never have started' })
    .max(2000, { error: 'reason must be at most 2000 characters' }),
});
export type CloseInErrorBody = z.infer<typeof CloseInErrorBodySchema>;

/** Closes a clock that should never have started; a clock already closed either way stays as it is. */
export function closeInError(row: HazardClockRow, reason: string, now: Date): { ok: true; change: HazardChange } | Refused {
  if (row.status !== 'open') return refuse('final', `This hazard clock is already ${row.status.replace(/_/g, ' ')}.`);
  return { ok: true, change: { status: 'closed_in_error', closedInErrorAt: now, closedInErrorReason: reason, deadlines: row.deadlines } };
}

export function recordHazardStep(
  row: HazardClockRow,
  record: HazardRecord,
  at: Date,
  now: Date,
  calendar: WorkingCalendar,
): { ok: true; change: HazardChange } | Refused {
  if (row.status === 'closed_in_error') return refuse('final', 'This hazard clock was closed in error: nothing more is recorded on it.');
  const field = HAZARD_RECORDS[record];
  const already = row[field] as Date | null;
  if (already) return refuse('final', `${record} was already recorded at ${already.toISOString()}; the audit trail keeps it.`);
  if (at > now) return refuse('invalid_date', `${record} cannot be recorded in the future (${at.toISOString()}).`);
  if (at < row.awareAt) return refuse('invalid_date', `${record} cannot be before the landlord became aware (${row.awareAt.toISOString()}).`);
  if (NEEDS_INVESTIGATION.has(record) && row.investigationConcludedOn === null) {
    return refuse('out_of_order', `Record investigation-concluded first: ${record} follows the investigation.`);
  }
  const deadlines =
    record === 'investigation-concluded'
      ? hazardDeadlines(row.category, row.awareAt.toISOString(), calendar, londonDate(at))
      : row.deadlines;
  const next = { ...row, [field]: at, deadlines };
  return { ok: true, change: { [field]: at, deadlines, status: hazardStatus(next, now) } };
}

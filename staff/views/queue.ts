// The review queue's views and rows, pure: one page of "what needs me today" — urgent cases
// (emergency hazards, safeguarding, danger) above everything else, then overdue first, then by the
// next deadline. The page is chosen, ordered and counted in SQL (staff/service/queueStore.ts);
// here each of its rows is laid out from its state. Another view is one more entry in QUEUE_VIEWS
// and its SQL.
import { z } from 'zod';
import type { StoredCase } from '../../store/caseStore';
import { relativeDue, type CaseState, type Clock } from '../../lifecycle/caseState';
import { DateTime } from 'luxon';
import { addWorkingDays, isWorkingDay, LONDON, type WorkingCalendar } from '../../triage/workingDays';
import type { RunningHazardClock, UrgentReason } from './urgency';
import { assigneeOf, residentName, summaryFirstLine, type Assignee } from './caseLabel';

/** Why the case is urgent, and its soonest hazard step; loaded with the case's hazard clocks. */
export interface Urgency {
  reasons: UrgentReason[];
  hazardClock?: RunningHazardClock;
}

export interface QueueEntry {
  row: StoredCase;
  state: CaseState;
  urgency?: Urgency;
}

/** Each view is a named filter, written as SQL over the case's queue columns (staff/service/queueStore.ts). */
export const QUEUE_VIEWS = [
  // Work for a person: urgent, a hazard clock running, a decision to review, or a clock running.
  // Reviewed routing needs nobody.
  { name: 'today', label: 'What needs me today' },
  { name: 'urgent', label: 'Urgent: danger, safeguarding, emergency hazards' },
  { name: 'needs_review', label: 'Needs review' },
  { name: 'overdue', label: 'Overdue' },
  { name: 'due_this_week', label: 'Due in the next 5 working days' },
  { name: 'stage1_open', label: 'Stage 1 open' },
  { name: 'stage2_open', label: 'Stage 2 open' },
  { name: 'not_accepted', label: 'Not accepted' },
  { name: 'quick_fix_past_window', label: 'Quick fixes past their window' },
] as const satisfies readonly { name: string; label: string }[];
export type QueueViewName = (typeof QUEUE_VIEWS)[number]['name'];

/**
 * The due dates "in the next 5 working days" takes on `today`: those 0 to 5 working days away,
 * from the last working day on or before today (a deadline on Friday is still 0 days away over the
 * weekend) to the day before the sixth working day after today.
 */
export function dueThisWeekRange(today: string, calendar: WorkingCalendar): { from: string; to: string } {
  const shift = (date: string, days: number) => DateTime.fromISO(date, { zone: LONDON }).plus({ days }).toISODate() as string;
  let from = today;
  while (!isWorkingDay(from, calendar)) from = shift(from, -1);
  return { from, to: shift(addWorkingDays(today, 6, calendar), -1) };
}

export const QueueQuerySchema = z.object({
  view: z
    .string()
    .refine((v): v is QueueViewName => QUEUE_VIEWS.some((q) => q.name === v), {
      error: `view must be one of: ${QUEUE_VIEWS.map((q) => q.name).join(', ')}`,
    })
    .default('today'),
  profile: z.string().max(64).optional(),
  channel: z.string().max(40).optional(),
  category: z.string().max(40).optional(),
  serviceArea: z.string().max(100).optional(),
  assignee: z
    .string()
    .max(200)
    .optional()
    .describe('"me" for your own cases, "none" for cases nobody owns, or an officer\'s subject'),
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1).default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100).default(25),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

export interface QueueItem {
  reference: string;
  version: number;
  /** The resident's name (or their representative's), null when neither was given. */
  name: string | null;
  /** The first line of what the resident told us. */
  summary: string;
  /** The officer who owns the case; null while nobody does. */
  assignee: Assignee | null;
  receivedAt: string;
  profile: string;
  channel: string;
  category: string;
  outcome: string;
  phase: CaseState['phase'];
  reviewed: boolean;
  restricted: boolean;
  serviceArea: string | null;
  next: (Clock & { inWords: string }) | null;
  /** Empty unless the case goes above everything else. */
  urgent: UrgentReason[];
  /** The soonest Awaab's Law step still to do, in words; null when no hazard clock runs. */
  hazardClock: RunningHazardClock | null;
}

export function queueItem({ row, state, urgency }: QueueEntry): QueueItem {
  return {
    reference: row.reference,
    version: row.version,
    name: residentName(row),
    summary: summaryFirstLine(row.caseData.summary),
    assignee: assigneeOf(row),
    receivedAt: row.receivedAt.toISOString(),
    profile: row.profileId,
    channel: row.channel,
    category: row.category,
    outcome: row.outcome,
    phase: state.phase,
    reviewed: state.reviewed,
    restricted: row.restricted,
    serviceArea: row.serviceArea ?? row.caseData.serviceArea ?? null,
    next: state.next ? { ...state.next, inWords: relativeDue(state.next.workingDaysLeft, state.next.overdue) } : null,
    urgent: urgency?.reasons ?? [],
    hazardClock: urgency?.hazardClock ?? null,
  };
}

export interface QueuePage {
  view: string;
  items: QueueItem[];
  total: number;
  page: number;
  pageSize: number;
  /** How many cases each view holds, for the tabs. Only cases the caller may see are counted. */
  views: { name: string; label: string; count: number }[];
}

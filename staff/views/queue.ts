// The review queue, pure: cases with their state in, one page of "what needs me today" out —
// urgent cases (emergency hazards, safeguarding, danger) above everything else, then overdue
// first, then by the next deadline. A view is a named filter; another queue view (e.g.
// hazards) is one more entry in QUEUE_VIEWS.
import { z } from 'zod';
import type { StoredCase } from '../../store/caseStore';
import { relativeDue, type CaseState, type Clock } from '../../lifecycle/caseState';
import { deadlineInstant } from '../hazards/hazardClockView';
import type { RunningHazardClock, UrgentReason } from './urgency';

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

export interface QueueView {
  name: string;
  label: string;
  includes(entry: QueueEntry): boolean;
}

const overdue = ({ state }: QueueEntry) => state.next?.overdue === true;

/** Work for a person: a decision to review, or a clock running. Reviewed routing needs nobody. */
const needsAttention = ({ state, urgency }: QueueEntry) =>
  isUrgent({ urgency }) || urgency?.hazardClock !== undefined || !state.reviewed || state.next !== undefined || state.phase === 'stage1' || state.phase === 'stage2';

const isUrgent = ({ urgency }: Pick<QueueEntry, 'urgency'>) => (urgency?.reasons.length ?? 0) > 0;

export const QUEUE_VIEWS: QueueView[] = [
  { name: 'today', label: 'What needs me today', includes: needsAttention },
  { name: 'urgent', label: 'Urgent: danger, safeguarding, emergency hazards', includes: isUrgent },
  { name: 'needs_review', label: 'Needs review', includes: ({ state }) => !state.reviewed },
  { name: 'overdue', label: 'Overdue', includes: overdue },
  {
    name: 'due_this_week',
    label: 'Due in the next 5 working days',
    includes: ({ state }) => state.next !== undefined && state.next.workingDaysLeft >= 0 && state.next.workingDaysLeft <= 5,
  },
  { name: 'stage1_open', label: 'Stage 1 open', includes: ({ state }) => state.phase === 'stage1' },
  { name: 'stage2_open', label: 'Stage 2 open', includes: ({ state }) => state.phase === 'stage2' },
  { name: 'not_accepted', label: 'Not accepted', includes: ({ row }) => row.outcome === 'not_accepted' },
  {
    name: 'quick_fix_past_window',
    label: 'Quick fixes past their window',
    includes: (entry) => entry.state.phase === 'quick_fix' && overdue(entry),
  },
];

export const QueueQuerySchema = z.object({
  view: z
    .string()
    .refine((v) => QUEUE_VIEWS.some((q) => q.name === v), { error: `view must be one of: ${QUEUE_VIEWS.map((q) => q.name).join(', ')}` })
    .default('today'),
  profile: z.string().max(64).optional(),
  channel: z.string().max(40).optional(),
  category: z.string().max(40).optional(),
  serviceArea: z.string().max(100).optional(),
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1).default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100).default(25),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

export interface QueueItem {
  reference: string;
  version: number;
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

/** The moment the case's soonest clock runs out: its hazard step or the end of its complaint deadline's day. */
function soonestInstant({ state, urgency }: QueueEntry): number {
  const hazard = urgency?.hazardClock ? deadlineInstant(urgency.hazardClock.deadline) : Infinity;
  return Math.min(hazard, state.next ? deadlineInstant(state.next.due) : Infinity);
}

/**
 * Urgent cases first, the clock about to run out at the top; then soonest deadline first (so
 * overdue first); cases with no clock after, oldest first.
 */
function byUrgency(a: QueueEntry, b: QueueEntry): number {
  const ua = isUrgent(a);
  if (ua !== isUrgent(b)) return ua ? -1 : 1;
  const da = ua ? soonestInstant(a) : a.state.next ? deadlineInstant(a.state.next.due) : Infinity;
  const db = ua ? soonestInstant(b) : b.state.next ? deadlineInstant(b.state.next.due) : Infinity;
  return da === db ? a.row.receivedAt.getTime() - b.row.receivedAt.getTime() : da < db ? -1 : 1;
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

export function queuePage(entries: QueueEntry[], query: QueueQuery): QueuePage {
  const view = QUEUE_VIEWS.find((v) => v.name === query.view) ?? QUEUE_VIEWS[0];
  const matching = entries.filter(view.includes).sort(byUrgency);
  const start = (query.page - 1) * query.pageSize;
  return {
    view: view.name,
    items: matching.slice(start, start + query.pageSize).map(queueItem),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
    views: QUEUE_VIEWS.map((v) => ({ name: v.name, label: v.label, count: entries.filter(v.includes).length })),
  };
}

// The work lists, pure: every promise the product made to a person who has no case yet — a request
// to talk to a person, a forwarded message waiting for details, a conversation left after danger was
// mentioned — with what they said, how to reach them and when we promised to respond, soonest first.
import { z } from 'zod';
import type { dangerMentions, handoffRequests, intakeMessages, workItemsDone } from '../../store/schema';
import { DateTime } from 'luxon';
import type { PolicyProfile } from '../../triage/profileSchema';
import { stage1Deadlines } from '../../triage/stage1Deadlines';
import { londonDate, type WorkingCalendar } from '../../triage/workingDays';
import { deadlineInstant } from '../hazards/hazardClockView';
import { hazardDeadlineInWords } from '../hazards/hazardDeadlineWords';

export const WORK_KINDS = ['handoff', 'awaiting_details', 'abandoned_danger'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];
export const WorkKindSchema = z.enum(WORK_KINDS, { error: `kind must be one of: ${WORK_KINDS.join(', ')}` });

export const WORK_LIST_LABELS: Record<WorkKind, string> = {
  handoff: 'Asked to talk to a person',
  awaiting_details: 'Forwarded messages waiting for details',
  abandoned_danger: 'Left the chat after mentioning danger',
};

/** Danger is followed up as an emergency hazard would be: within 24 clock hours (S.I. 2025/1042). */
export const DANGER_FOLLOW_UP_HOURS = 24;

export type HandoffRow = typeof handoffRequests.$inferSelect;
export type AwaitingRow = Pick<typeof intakeMessages.$inferSelect, 'id' | 'channel' | 'receivedAt' | 'message' | 'missing'>;
export type DangerRow = typeof dangerMentions.$inferSelect;
export type DoneRow = typeof workItemsDone.$inferSelect;

export interface WorkItem {
  kind: WorkKind;
  id: string;
  /** 1 while open, 2 once done: "done" needs the version the person saw. */
  version: 1 | 2;
  channel: string;
  raisedAt: string;
  /** What the person said, in their words. */
  said: string;
  /** Who they are and how to reach them, in words. */
  name: string | null;
  reach: string;
  /** When we promised to respond: a date (working days) or an instant (clock hours). */
  respondBy: string;
  inWords: string;
  overdue: boolean;
  caseReference: string | null;
  done: { at: string; by: string; note: string } | null;
}

type Draft = Omit<WorkItem, 'version' | 'inWords' | 'overdue' | 'done'>;

export function handoffItem(row: HandoffRow): Draft {
  return {
    kind: 'handoff',
    id: String(row.id),
    channel: row.channel,
    raisedAt: row.requestedAt.toISOString(),
    said: row.said ?? '(not given: see the conversation)',
    name: row.contactName,
    reach: row.contact ?? `only in the ${row.channel} chat (no phone or email given; we said we would answer there)`,
    respondBy: row.contactBy,
    caseReference: row.caseReference,
  };
}

interface ForwardedAuthor {
  handle?: string;
  displayName?: string;
  email?: string;
  phone?: string;
}

/** A forwarded message waits for details: it is acknowledged as a complaint would be (Code 6.2). */
export function awaitingItem(row: AwaitingRow, profile: PolicyProfile): Draft {
  const message = row.message as { text?: string; author?: ForwardedAuthor };
  const author = message.author ?? {};
  const ways = [author.phone, author.email, author.handle && `${author.handle} on ${row.channel}`].filter(Boolean);
  return {
    kind: 'awaiting_details',
    id: row.id,
    channel: row.channel,
    raisedAt: row.receivedAt.toISOString(),
    said: message.text ?? '',
    name: author.displayName ?? null,
    reach: ways.length > 0 ? ways.join('; ') : `a reply on ${row.channel}`,
    respondBy: stage1Deadlines(profile, londonDate(row.receivedAt)).acknowledgeBy,
    caseReference: null,
  };
}

export function dangerItem(row: DangerRow): Draft {
  return {
    kind: 'abandoned_danger',
    id: String(row.id),
    channel: row.channel,
    raisedAt: row.mentionedAt.toISOString(),
    said: row.said,
    name: null,
    reach: `only in the ${row.channel} chat (they left before giving contact details)`,
    respondBy: DateTime.fromJSDate(row.mentionedAt).plus({ hours: DANGER_FOLLOW_UP_HOURS }).toUTC().toISO() as string,
    caseReference: null,
  };
}

/** The items with how far each promise is, soonest first; done items (when asked for) after the open ones. */
export function workList(drafts: readonly Draft[], done: readonly DoneRow[], now: Date, calendar: WorkingCalendar): WorkItem[] {
  const doneBy = new Map(done.map((d) => [`${d.kind}:${d.itemId}`, d]));
  return drafts
    .map((d): WorkItem => {
      const mark = doneBy.get(`${d.kind}:${d.id}`);
      return {
        ...d,
        version: mark ? 2 : 1,
        inWords: hazardDeadlineInWords(d.respondBy, now, calendar),
        overdue: !mark && deadlineInstant(d.respondBy) < now.getTime(),
        done: mark ? { at: mark.doneAt.toISOString(), by: mark.byName, note: mark.note } : null,
      };
    })
    .sort((a, b) => Number(a.done !== null) - Number(b.done !== null) || deadlineInstant(a.respondBy) - deadlineInstant(b.respondBy));
}

export const WorkListQuerySchema = z.object({
  kind: WorkKindSchema.optional(),
  includeDone: z.enum(['true', 'false'], { error: 'includeDone must be true or false' }).default('false'),
});

export const WorkItemDoneSchema = z.object({
  version: z.number({ error: 'version must be the version of the item you are looking at (a whole number)' }).int().positive(),
  note: z
    .string({ error: 'note must be text: what was done' })
    .trim()
    .min(1, { error: 'note must say what was done' })
    .max(2000, { error: 'note must be at most 2000 characters' }),
});
export type WorkItemDone = z.infer<typeof WorkItemDoneSchema>;

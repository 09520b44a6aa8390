// The queue in SQL: a view's page and every view's count, from the queue columns each write keeps
// on the case (store/queueColumns.ts, migrations/0022_queue_columns.sql), so a page reads its rows
// and no more however many cases are open. Only "overdue" and "due this week" depend on the day,
// and compare the stored next deadline with today.
import { and, asc, eq, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../store/database';
import type { StoredCase } from '../../store/caseStore';
import { cases } from '../../store/schema';
import { calendarFor } from '../../triage/calendarFor';
import { knownProfiles } from '../../triage/profiles';
import { profileOf } from '../../lifecycle/caseProfile';
import { dueThisWeekRange, QUEUE_VIEWS, type QueueQuery, type QueueViewName } from '../views/queue';

/** The day the queue is read on, in London. */
interface QueueDay {
  today: string;
}

const overdue = ({ today }: QueueDay) => sql`${cases.queueDueOn} < ${today}::date`;

/** Due within 5 working days, each case by its own profile's calendar (a profile no longer known: the default's). */
function dueThisWeek({ today }: QueueDay): SQL {
  const known = knownProfiles();
  const within = (profile: Parameters<typeof calendarFor>[0]) => {
    const { from, to } = dueThisWeekRange(today, calendarFor(profile));
    return sql`${cases.queueDueOn} BETWEEN ${from}::date AND ${to}::date`;
  };
  const ids = known.map((p) => p.id);
  return or(
    ...known.map((p) => and(eq(cases.profileId, p.id), within(p))),
    and(notInArray(cases.profileId, ids), within(profileOf({ profileId: '' })) as SQL),
  ) as SQL;
}

const VIEW_WHERE: Record<QueueViewName, (day: QueueDay) => SQL> = {
  today: () => sql`queue_today`,
  urgent: () => sql`queue_urgent`,
  needs_review: () => sql`NOT ${cases.queueReviewed}`,
  overdue,
  due_this_week: dueThisWeek,
  stage1_open: () => eq(cases.queuePhase, 'stage1'),
  stage2_open: () => eq(cases.queuePhase, 'stage2'),
  not_accepted: () => eq(cases.outcome, 'not_accepted'),
  quick_fix_past_window: (day) => and(eq(cases.queuePhase, 'quick_fix'), overdue(day)) as SQL,
};

export interface QueueRows {
  rows: StoredCase[];
  counts: Record<QueueViewName, number>;
}

/**
 * One page of the view among the cases `where` allows, in the queue's order (urgent first, then the
 * soonest deadline, then the oldest: the generated queue_sort_at), and how many cases each view holds.
 */
export async function queueRows(db: Db, where: SQL | undefined, query: QueueQuery, day: QueueDay): Promise<QueueRows> {
  const view = query.view as QueueViewName;
  const counted = Object.fromEntries(QUEUE_VIEWS.map((v) => [v.name, sql<number>`count(*) FILTER (WHERE ${VIEW_WHERE[v.name](day)})`.mapWith(Number)]));
  const [rows, [counts]] = await Promise.all([
    db
      .select()
      .from(cases)
      .where(and(where, VIEW_WHERE[view](day)))
      .orderBy(sql`queue_urgent DESC`, sql`queue_sort_at ASC NULLS LAST`, asc(cases.receivedAt), asc(cases.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select(counted).from(cases).where(where),
  ]);
  return { rows, counts: counts as Record<QueueViewName, number> };
}


// The cases a period's figures can count, and only what the figures read of them
// (staff/views/figures.ts): those received in the period, or with something dated on or after its
// first day (figures_last_on, migrations/0022_queue_columns.sql). Cases alike in everything the
// figures read — the same London day received, the same columns counted, the same figure facts
// (lifecycle/figureFacts.ts: dated events and counted remedies, never free text or people) — come
// back as one row with their number, so each kind is worked out once; the figures are the same as
// for the cases one by one. The kinds are counted from an index alone, by the day and digest kept
// on each case (migrations/0024_figures_facts.sql), and one case of each kind is read: its facts,
// not its lifecycle, so which case is read cannot change the answer.
import { and, count, eq, gte, lt, min, not, sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../../store/database';
import type { StoredCase } from '../../store/caseStore';
import { cases } from '../../store/schema';
import type { StructuredCase } from '../../triage/caseSchema';
import { FigureFactsSchema, type FigureFacts } from '../../lifecycle/figureFacts';
import { LONDON } from '../../triage/workingDays';
import type { Period } from '../views/figures';

export type FigureRow = Pick<StoredCase, 'receivedAt' | 'profileId' | 'category' | 'channel' | 'outcome' | 'serviceArea' | 'theme'> & {
  caseData: Pick<StructuredCase, 'tenure' | 'serviceArea'>;
  facts: FigureFacts;
};

const dayStart = (day: string, after = 0) => DateTime.fromISO(day, { zone: LONDON }).plus({ days: after }).toJSDate();

// The columns the database keeps from the case's details (migration 0022).
const figured = {
  tenure: sql<string | null>`figures_tenure`,
  caseServiceArea: sql<string | null>`figures_service_area`,
};

/** Each kind among the cases `where` picks: one case's columns, and how many cases are of its kind. */
async function kinds(db: Db, where: SQL | undefined): Promise<{ row: FigureRow; cases: number }[]> {
  const kind = db
    // Names the outer query cannot confuse with a column of cases (drizzle leaves them unqualified).
    .select({ id: min(cases.id).as('kind_case'), cases: count().as('kind_cases') })
    .from(cases)
    .where(where)
    .groupBy(sql`figures_day`, sql`figures_kind`)
    .as('kind');
  const found = await db
    .select({
      receivedAt: cases.receivedAt,
      profileId: cases.profileId,
      category: cases.category,
      channel: cases.channel,
      outcome: cases.outcome,
      serviceArea: cases.serviceArea,
      theme: cases.theme,
      facts: cases.figuresFacts,
      ...figured,
      cases: kind.cases,
    })
    .from(kind)
    .innerJoin(cases, eq(cases.id, kind.id));
  return found.map(({ tenure, caseServiceArea, facts, cases: n, ...row }) => ({
    row: {
      ...row,
      // A part the case does not have stays absent, as in its stored JSON.
      caseData: { tenure: tenure ?? undefined, ...(caseServiceArea === null ? {} : { serviceArea: caseServiceArea }) } as FigureRow['caseData'],
      facts: FigureFactsSchema.parse(facts),
    },
    cases: n,
  }));
}

/** Every case of the profile the period can count, restricted ones included (figures are the same whoever looks), each kind with its number. */
export async function figureRows(db: Db, profileId: string, period: Period): Promise<{ row: FigureRow; cases: number }[]> {
  const received = and(gte(cases.receivedAt, dayStart(period.from)), lt(cases.receivedAt, dayStart(period.to, 1)));
  // Two ways into the period, each served by its own index; no case is in both, so no kind is either.
  const [inPeriod, datedSince] = await Promise.all([
    kinds(db, and(eq(cases.profileId, profileId), received)),
    kinds(db, and(eq(cases.profileId, profileId), sql`figures_last_on >= ${period.from}`, not(received!))),
  ]);
  return [...inPeriod, ...datedSince];
}

// The cases a period's figures can count, and only what the figures read of them
// (staff/views/figures.ts): those received in the period, or with something dated on or after its
// first day (figures_last_on, migrations/0022_queue_columns.sql). Cases alike in everything the
// figures read — the same London day received, the same steps recorded — come back as one row with
// their number, so each kind is worked out once; the figures are the same as for the cases one by one.
import { and, count, eq, gte, lt, min, or, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Db } from '../../store/database';
import type { StoredCase } from '../../store/caseStore';
import { cases } from '../../store/schema';
import type { StructuredCase } from '../../triage/caseSchema';
import type { TriageDecision } from '../../triage/decisionSchema';
import { LONDON } from '../../triage/workingDays';
import type { Period } from '../views/figures';

export type FigureRow = Pick<StoredCase, 'receivedAt' | 'profileId' | 'category' | 'channel' | 'outcome' | 'serviceArea' | 'theme' | 'lifecycle'> & {
  caseData: Pick<StructuredCase, 'tenure' | 'serviceArea'>;
  decision: Pick<TriageDecision, 'outcome' | 'deadlines' | 'consent' | 'quickFix' | 'exclusions'>;
};

const dayStart = (day: string, after = 0) => DateTime.fromISO(day, { zone: LONDON }).plus({ days: after }).toJSDate();

// The columns the database keeps from the case's details and decision (migration 0022).
const figured = {
  tenure: sql<string | null>`figures_tenure`,
  caseServiceArea: sql<string | null>`figures_service_area`,
  decided: sql<TriageDecision['outcome']>`figures_decided`,
  consent: sql<TriageDecision['consent']>`figures_consent`,
  deadlines: sql<TriageDecision['deadlines']>`figures_deadlines`,
  quickFix: sql<TriageDecision['quickFix'] | null>`figures_quick_fix`,
  exclusions: sql<TriageDecision['exclusions']>`figures_exclusions`,
};
const receivedDay = sql`(${cases.receivedAt} AT TIME ZONE 'Europe/London')::date`;

/** Every case of the profile the period can count, restricted ones included (figures are the same whoever looks), each kind with its number. */
export async function figureRows(db: Db, profileId: string, period: Period): Promise<{ row: FigureRow; cases: number }[]> {
  const alike = [cases.profileId, cases.category, cases.channel, cases.outcome, cases.serviceArea, cases.theme, cases.lifecycle, ...Object.values(figured)];
  const found = await db
    .select({
      // Any moment of the day will do: the figures and the state read the day a case came, not the time.
      receivedAt: min(cases.receivedAt),
      profileId: cases.profileId,
      category: cases.category,
      channel: cases.channel,
      outcome: cases.outcome,
      serviceArea: cases.serviceArea,
      theme: cases.theme,
      lifecycle: cases.lifecycle,
      ...figured,
      cases: count(),
    })
    .from(cases)
    .where(
      and(
        eq(cases.profileId, profileId),
        or(and(gte(cases.receivedAt, dayStart(period.from)), lt(cases.receivedAt, dayStart(period.to, 1))), sql`figures_last_on >= ${period.from}`),
      ),
    )
    .groupBy(receivedDay, ...alike);
  return found.map(({ tenure, caseServiceArea, decided, consent, deadlines, quickFix, exclusions, cases: n, receivedAt, ...row }) => ({
    row: {
      ...row,
      receivedAt: receivedAt as Date,
      // A part the case does not have stays absent, as in its stored JSON.
      caseData: { tenure: tenure ?? undefined, ...(caseServiceArea === null ? {} : { serviceArea: caseServiceArea }) } as FigureRow['caseData'],
      decision: { outcome: decided, deadlines, consent, exclusions, ...(quickFix === null ? {} : { quickFix }) },
    },
    cases: n,
  }));
}

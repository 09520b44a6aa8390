// The cases a period's figures can count, and only the columns the figures read
// (staff/views/figures.ts): those received in the period, or with something dated on or after its
// first day (figures_last_on, migrations/0022_queue_columns.sql). A year's figures read that year's
// cases, however many years the caseload holds, without the resident's words or the triage reasons.
import { and, eq, gte, lt, or, sql } from 'drizzle-orm';
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

const startOfDay = (day: string) => DateTime.fromISO(day, { zone: LONDON }).toJSDate();

/** Every case of the profile, restricted ones included (figures are the same whoever looks), that the period can count. */
export function figureRows(db: Db, profileId: string, period: Period): Promise<FigureRow[]> {
  return db
    .select({
      receivedAt: cases.receivedAt,
      profileId: cases.profileId,
      category: cases.category,
      channel: cases.channel,
      outcome: cases.outcome,
      serviceArea: cases.serviceArea,
      theme: cases.theme,
      lifecycle: cases.lifecycle,
      // jsonb_strip_nulls: a part the case does not have stays absent, as in the stored JSON.
      caseData: sql<FigureRow['caseData']>`jsonb_strip_nulls(jsonb_build_object('tenure', ${cases.caseData}->'tenure', 'serviceArea', ${cases.caseData}->'serviceArea'))`,
      decision: sql<FigureRow['decision']>`jsonb_strip_nulls(jsonb_build_object('outcome', ${cases.decision}->'outcome', 'deadlines', ${cases.decision}->'deadlines',
        'consent', ${cases.decision}->'consent', 'quickFix', ${cases.decision}->'quickFix', 'exclusions', ${cases.decision}->'exclusions'))`,
    })
    .from(cases)
    .where(
      and(
        eq(cases.profileId, profileId),
        or(
          and(gte(cases.receivedAt, startOfDay(period.from)), lt(cases.receivedAt, DateTime.fromISO(period.to, { zone: LONDON }).plus({ days: 1 }).toJSDate())),
          sql`figures_last_on >= ${period.from}`,
        ),
      ),
    );
}

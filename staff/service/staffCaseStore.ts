// The staff side of the case store: only cases the principal may see, and changes applied with
// the one versioned-write gate (store/versionedWrite.ts).
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../store/database';
import type { StoredCase } from '../../store/caseStore';
import { cases, hazardClocks, intakeMessages } from '../../store/schema';
import { applyNextState, type AuditEntry } from '../../store/versionedWrite';
import type { NextState } from '../../lifecycle/caseActions';
import type { ForwardedRow } from './forwardedMessage';
import type { HazardClockRow } from '../hazards/hazardClockView';
import { canSeeRestricted, type Principal } from '../access/roles';

export interface CaseFilter {
  includeClosed?: boolean;
  profile?: string;
  channel?: string;
  category?: string;
  serviceArea?: string;
}

/** Restricted cases do not exist for roles that may not see them (Greatwell 3, 5.1). */
function visibleTo(principal: Principal): SQL | undefined {
  return canSeeRestricted(principal) ? undefined : eq(cases.restricted, false);
}

export class StaffCaseStore {
  constructor(private readonly db: Db) {}

  async list(principal: Principal, filter: CaseFilter = {}): Promise<StoredCase[]> {
    const where = and(
      visibleTo(principal),
      filter.includeClosed ? undefined : eq(cases.closed, false),
      filter.profile ? eq(cases.profileId, filter.profile) : undefined,
      filter.channel ? eq(cases.channel, filter.channel) : undefined,
      filter.category ? eq(cases.category, filter.category) : undefined,
      filter.serviceArea
        ? sql`coalesce(${cases.serviceArea}, ${cases.caseData}->>'serviceArea') = ${filter.serviceArea}`
        : undefined,
    );
    return this.db.select().from(cases).where(where).orderBy(asc(cases.receivedAt), asc(cases.id));
  }

  async find(principal: Principal, reference: string): Promise<StoredCase | undefined> {
    const [row] = await this.db
      .select()
      .from(cases)
      .where(and(eq(cases.reference, reference), visibleTo(principal)));
    return row;
  }

  /**
   * Open quick fixes under these profiles, whoever may see them: the automatic escalation
   * (Greatwell 2.2) acts for no person, so restricted cases escalate too.
   */
  async openQuickFixes(profileIds: readonly string[]): Promise<StoredCase[]> {
    if (profileIds.length === 0) return [];
    return this.db
      .select()
      .from(cases)
      .where(and(eq(cases.closed, false), eq(cases.outcome, 'quick_fix'), inArray(cases.profileId, [...profileIds])))
      .orderBy(asc(cases.receivedAt), asc(cases.id));
  }

  /** The open Awaab's Law clocks of these cases (the caller has already checked it may see them). */
  async openHazardClocks(caseIds: readonly number[]): Promise<HazardClockRow[]> {
    if (caseIds.length === 0) return [];
    return this.db
      .select()
      .from(hazardClocks)
      .where(and(eq(hazardClocks.status, 'open'), inArray(hazardClocks.caseId, [...caseIds])))
      .orderBy(asc(hazardClocks.id));
  }

  /** Messages channels forwarded that opened or joined this case (migrations/0004_intake.sql). */
  async forwarded(caseId: number): Promise<ForwardedRow[]> {
    return this.db
      .select({
        channel: intakeMessages.channel,
        receivedAt: intakeMessages.receivedAt,
        message: intakeMessages.message,
        understanding: intakeMessages.understanding,
      })
      .from(intakeMessages)
      .where(eq(intakeMessages.caseId, caseId))
      .orderBy(asc(intakeMessages.receivedAt));
  }

  /** Writes the next state if the case is still at `version` (store/versionedWrite.ts). */
  apply(row: StoredCase, version: number, next: NextState, event: AuditEntry, at: Date): Promise<StoredCase> {
    return applyNextState(this.db, row, version, next, event, at);
  }
}

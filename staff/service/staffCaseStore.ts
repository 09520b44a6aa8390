// The staff side of the case store: only cases the principal may see, and changes applied through
// the case lifecycle every actor shares (cases/caseLifecycle.ts).
import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../store/database';
import type { StoredCase } from '../../store/caseStore';
import { cases, hazardClocks, intakeMessages } from '../../store/schema';
import { CaseLifecycle } from '../../cases/caseLifecycle';
import { CaseNoteStore } from '../../store/caseNoteStore';
import { PostgresAttachmentStore, type AttachmentStore } from '../../store/attachmentStore';
import type { ForwardedRow } from './forwardedMessage';
import type { HazardClockRow } from '../hazards/hazardClockView';
import { canSeeRestricted, type Principal } from '../access/roles';
import type { QueueQuery } from '../views/queue';
import { queueRows, type QueueRows } from './queueStore';
import { figureRows, type FigureRow } from './figureRows';
import type { Period } from '../views/figures';

export interface CaseFilter {
  profile?: string;
  channel?: string;
  category?: string;
  serviceArea?: string;
  /** "me", "none" (nobody owns it) or an officer's subject. */
  assignee?: string;
}

/**
 * Restricted cases do not exist for roles that may not see them (Greatwell 3, 5.1). Figures count
 * every case for everyone and show no case's details (figureRows.ts).
 */
function visibleTo(principal: Principal): SQL | undefined {
  return canSeeRestricted(principal) ? undefined : eq(cases.restricted, false);
}

function assignedTo(principal: Principal, assignee: string | undefined): SQL | undefined {
  if (!assignee) return undefined;
  if (assignee === 'none') return isNull(cases.assignedTo);
  return eq(cases.assignedTo, assignee === 'me' ? principal.subject : assignee);
}

/** The open cases the principal may see that the filter matches. */
function filtered(principal: Principal, filter: CaseFilter): SQL | undefined {
  return and(
    visibleTo(principal),
    eq(cases.closed, false),
    filter.profile ? eq(cases.profileId, filter.profile) : undefined,
    filter.channel ? eq(cases.channel, filter.channel) : undefined,
    filter.category ? eq(cases.category, filter.category) : undefined,
    filter.serviceArea ? sql`coalesce(${cases.serviceArea}, ${cases.caseData}->>'serviceArea') = ${filter.serviceArea}` : undefined,
    assignedTo(principal, filter.assignee),
  );
}

export class StaffCaseStore {
  /** Steps on these cases, by staff or the sweep, go through the same lifecycle as the resident's stage 2. */
  readonly lifecycle: CaseLifecycle;
  /** The record of the work on these cases: notes and contacts. */
  readonly notes: CaseNoteStore;
  /** The files kept with these cases. */
  readonly attachments: AttachmentStore;

  constructor(private readonly db: Db) {
    this.lifecycle = new CaseLifecycle(db);
    this.notes = new CaseNoteStore(db);
    this.attachments = new PostgresAttachmentStore(db);
  }

  /** The cases a period's figures can count, with the columns they read (figureRows.ts). */
  figureRows(profileId: string, period: Period): Promise<{ row: FigureRow; cases: number }[]> {
    return figureRows(this.db, profileId, period);
  }

  /** A page of a queue view, and every view's count, among the open cases the principal may see. */
  queue(principal: Principal, query: QueueQuery, today: string): Promise<QueueRows> {
    return queueRows(this.db, filtered(principal, query), query, { today });
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
      // One array parameter, not one per case: a queue of more than 65,535 open cases would pass
      // PostgreSQL's limit on a statement's parameters and fail.
      .where(and(eq(hazardClocks.status, 'open'), sql`${hazardClocks.caseId} = ANY(${`{${caseIds.join(',')}}`}::bigint[])`))
      .orderBy(asc(hazardClocks.id));
  }

  /** Every Awaab's Law clock of the case, open and closed, in the order they started (the case page's list). */
  async hazardClocksOf(caseId: number): Promise<HazardClockRow[]> {
    return this.db.select().from(hazardClocks).where(eq(hazardClocks.caseId, caseId)).orderBy(asc(hazardClocks.id));
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
}

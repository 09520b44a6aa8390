// A request for stage 2 that names a reference, from any channel. The case is escalated only when
// the requester is matched to it — the same chat conversation, the same channel identity as the
// message that opened it, or a contact detail the case holds. Otherwise nothing about the case is
// revealed (not even that it exists) and nothing changes: the caller records the request for
// staff to match (Greatwell 3, 5.1: a case is for those it belongs to).
import { eq } from 'drizzle-orm';
import { conversationOfCaseKey } from '../store/botCaseKey';
import { CaseStore, type StoredCase } from '../store/caseStore';
import type { Db } from '../store/database';
import { intakeMessages } from '../store/schema';
import { recordCaseEvent } from '../store/versionedWrite';
import { caseState } from '../lifecycle/caseState';
import { profileOf } from '../lifecycle/caseProfile';
import { CaseLifecycle } from './caseLifecycle';
import { londonDate } from '../triage/workingDays';

/** "stage 2", "stage two", "escalate": asking for the next stage, in the requester's words. */
export const STAGE2_WORDS = /\b(?:stage (?:2|two)|escalat\w*)\b/i;

/** Who is asking: the chat conversation, or the channel identity of a forwarded message. */
export interface Requester {
  channel: string;
  conversationId?: string;
  handle?: string;
  email?: string;
  phone?: string;
}

/** Where stage 2 stands, for a resident told their complaint is already there. */
export interface Stage2Dates {
  requestedOn: string;
  acknowledgeBy: string;
  acknowledgedOn?: string;
  respondBy: string;
  respondedOn?: string;
}

export type Stage2Outcome =
  | { status: 'unmatched' }
  | { status: 'escalated'; stored: StoredCase; acknowledgeBy: string; respondBy?: string }
  | { status: 'already_at_stage2'; stored: StoredCase; stage2: Stage2Dates }
  | { status: 'stage1_not_answered'; stored: StoredCase; respondBy?: string };

/** Only complaints can go to stage 2; the other references are for routed contacts. */
const STAGE2_OUTCOMES = new Set(['stage1_opened', 'needs_review']);

const same = (a: string | undefined, b: string | undefined, fold: (s: string) => string) =>
  a !== undefined && b !== undefined && fold(a) !== '' && fold(a) === fold(b);
const lower = (s: string) => s.trim().toLowerCase();
const digits = (s: string) => s.replace(/\D/g, '').replace(/^44/, '0');

/** Whether the requester is the person the case belongs to, by an identity we already hold. */
export async function requesterMatches(db: Db, stored: StoredCase, who: Requester): Promise<boolean> {
  if (who.conversationId && conversationOfCaseKey(stored.idempotencyKey) === who.conversationId) return true;
  const contact = stored.caseData.contact;
  if (same(who.email, contact?.email, lower) || same(who.phone, contact?.phone, digits)) return true;
  const forwarded = await db.select({ channel: intakeMessages.channel, message: intakeMessages.message }).from(intakeMessages).where(eq(intakeMessages.caseId, stored.id));
  return forwarded.some(({ channel, message }) => {
    const author = (message as { author?: { handle?: string; email?: string; phone?: string } }).author ?? {};
    return (
      (channel === who.channel && same(who.handle, author.handle, lower)) || same(who.email, author.email, lower) || same(who.phone, author.phone, digits)
    );
  });
}

/** Stage 2's record and clocks on the case, once it has been asked for. */
function stage2Of(row: StoredCase, now: Date): Stage2Dates | undefined {
  const state = caseState(profileOf(row), row, now);
  const record = state.lifecycle.stage2;
  if (!record || !state.stage2) return undefined;
  return {
    requestedOn: record.requestedOn,
    acknowledgeBy: state.stage2.acknowledgeBy,
    respondBy: state.stage2.respondDue,
    ...(record.acknowledgedOn ? { acknowledgedOn: record.acknowledgedOn } : {}),
    ...(record.respondedOn ? { respondedOn: record.respondedOn } : {}),
  };
}

/**
 * Escalates the named case for a matched requester through the same lifecycle step staff take; the
 * refusal's kind says what the resident is told. Reasons are recorded when given, never required (Code 6.12).
 */
export async function requestStage2(
  db: Db,
  request: { reference: string; reasons?: string; requester: Requester; actor: string; now: Date },
): Promise<Stage2Outcome> {
  const { now } = request;
  const caseStore = new CaseStore(db);
  const stored = await caseStore.findByReference(request.reference.toUpperCase());
  if (!stored || !STAGE2_OUTCOMES.has(stored.outcome) || !(await requesterMatches(db, stored, request.requester))) {
    return { status: 'unmatched' };
  }
  const lifecycle = new CaseLifecycle(db);
  const said = { reasons: request.reasons ?? null };
  const resident = { actor: request.actor, by: 'the resident', details: said };
  const escalate = (row: StoredCase) =>
    lifecycle.act(row, { action: 'escalate-stage2', body: { version: row.version, requestedOn: londonDate(now) } }, resident, now);
  let row = stored;
  let outcome = await escalate(row);
  if (!outcome.ok && outcome.refusal.kind === 'stale') {
    // Staff changed the case between reading and writing: the resident's request stands, on what is there now.
    row = (await caseStore.findById(stored.id)) as StoredCase;
    outcome = await escalate(row);
  }
  if (outcome.ok) {
    // The step has just opened stage 2, so its dates are there.
    const { acknowledgeBy, respondBy } = stage2Of(outcome.row, now) as Stage2Dates;
    return { status: 'escalated', stored: outcome.row, acknowledgeBy, respondBy };
  }
  switch (outcome.refusal.kind) {
    case 'already_recorded': {
      const stage2 = stage2Of(row, now);
      if (!stage2) break;
      await recordCaseEvent(db, row.id, { actor: request.actor, action: 'stage2.requested_again', details: { ...said, stage2RequestedOn: stage2.requestedOn } });
      return { status: 'already_at_stage2', stored: row, stage2 };
    }
    case 'not_allowed_in_state':
      await recordCaseEvent(db, row.id, { actor: request.actor, action: 'stage2.requested_before_stage1_response', details: said });
      return { status: 'stage1_not_answered', stored: row, respondBy: caseState(profileOf(row), row, now).stage1?.respondDue };
  }
  throw new Error(`The stage 2 request for ${row.reference} was refused in a way the resident cannot be told about: ${outcome.refusal.message}`);
}

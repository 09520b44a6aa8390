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
import { applyAction } from '../lifecycle/caseActions';
import { caseState } from '../lifecycle/caseState';
import { profileOf } from '../lifecycle/caseProfile';
import { applyNextState } from '../store/versionedWrite';
import { stage2Deadlines } from '../triage/stage2Deadlines';
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

export type Stage2Outcome =
  | { status: 'unmatched' }
  | { status: 'escalated'; stored: StoredCase; acknowledgeBy: string; respondBy?: string }
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

/** Escalates the named case for a matched requester; reasons are recorded when given, never required (Code 6.12). */
export async function requestStage2(
  db: Db,
  request: { reference: string; reasons?: string; requester: Requester; actor: string; now: Date },
): Promise<Stage2Outcome> {
  const stored = await new CaseStore(db).findByReference(request.reference.toUpperCase());
  if (!stored || !STAGE2_OUTCOMES.has(stored.outcome) || !(await requesterMatches(db, stored, request.requester))) {
    return { status: 'unmatched' };
  }
  const profile = profileOf(stored);
  const input = { action: 'escalate-stage2', body: { version: stored.version, requestedOn: londonDate(request.now) } } as const;
  const result = applyAction(profile, stored, input, { now: request.now, by: 'the resident' });
  const said = { reasons: request.reasons ?? null };
  if (!result.ok) {
    await new CaseStore(db).appendAudit(stored.id, request.actor, 'stage2.requested_before_stage1_response', said);
    return { status: 'stage1_not_answered', stored, respondBy: caseState(profile, stored, request.now).stage1?.respondDue };
  }
  const updated = await applyNextState(
    db,
    stored,
    stored.version,
    result.next,
    { actor: request.actor, action: result.event.action, details: { ...result.event.details, ...said } },
    request.now,
  );
  const deadlines = stage2Deadlines(profile, request.now);
  return { status: 'escalated', stored: updated, acknowledgeBy: deadlines.acknowledgeBy, respondBy: deadlines.respondBy };
}

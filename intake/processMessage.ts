// The shell around intake's core: understand, decide, and commit the intake record with its case
// in ONE statement (store/intakeWrite.ts), so neither can exist without the other. A new matter's
// case is made the one way every channel's is (cases/openCase.ts); a later message in
// the same thread joins the case its thread opened; a stage 2 request joins the case it names
// only when its sender is matched to it (cases/stage2Request.ts), and is otherwise held for staff.
// The unique (channel, message id) key is the only arbiter between concurrent deliveries: the
// loser of the insert race reads the winner's committed record.
import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Landlord } from '../cases/landlord';
import { casesToOpen } from '../cases/openCase';
import { requestStage2, STAGE2_WORDS } from '../cases/stage2Request';
import { CASE_REFERENCE } from '../triage/vocabulary';
import { CaseStore, requestHash, type StoredCase } from '../store/caseStore';
import type { Db } from '../store/database';
import { writeIntake, type NewIntakeRecord } from '../store/intakeWrite';
import { intakeMessages } from '../store/schema';
import { recordCaseEvent } from '../store/versionedWrite';
import type { UnderstandingService } from '../understanding';
import { immediateDanger, renewsDanger, type ImmediateDanger } from '../understanding/immediateDanger';
import type { Understanding } from '../understanding/understandingSchema';
import { caseFromMessage, type MissingDetail } from './caseFromMessage';
import { continuationExpiry, continuationHash, continuationToken, continueUrl, type IntakeRecord } from './continuation';
import type { IntakeMessage, IntakeResult } from './messageSchema';
import { replyFor } from './reply';

export interface IntakeDeps {
  db: Db;
  understanding: Pick<UnderstandingService, 'understand'>;
  /** The channel's signing secret; continuation tokens are derived from it. */
  secretFor(channel: string): string;
  publicBaseUrl: string;
  /** The landlord and profile a message is handled under; the route has checked that it exists. */
  landlordFor(message: IntakeMessage): Landlord;
  now(): Date;
}

export interface Processed {
  /** False for a redelivery (HTTP 200 instead of 201). */
  created: boolean;
  result: IntakeResult;
}

export class IntakeConflictError extends Error {
  constructor(readonly existing: IntakeRecord) {
    super(
      `Message "${existing.messageId}" from ${existing.channel} was already received with a different body ` +
        `(intake ${existing.id}). A redelivery must be byte-for-byte the same message; a new message needs a new messageId.`,
    );
  }
}

class LostRace extends Error {}

export async function processMessage(deps: IntakeDeps, message: IntakeMessage): Promise<Processed> {
  const stage2Reference = stage2ReferenceIn(message.text);
  const threadCaseId = stage2Reference ? undefined : await threadCase(deps.db, message);
  if (!stage2Reference && threadCaseId === undefined) {
    // Nothing earlier to join: a new matter, committed as a batch of one.
    const [answer] = await processMany(deps, [message]);
    if (answer instanceof IntakeConflictError) throw answer;
    return answer;
  }
  const hash = requestHash(message);
  // Dates in the message ("last March") are read against when it was received, not when it arrived here.
  const understanding = await deps.understanding.understand(message.text, { now: new Date(message.receivedAt), knownPii: knownPiiOf(message) });
  const id = randomUUID();
  const now = deps.now();
  const actor = `intake:${message.channel}`;

  // A new message is the common case, so it is inserted without looking first: a redelivery loses
  // the insert (waiting for a delivery still in flight) and then reads the record it lost to.
  try {
    const { record, stored } = await deps.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      const [inserted] = await tx
        .insert(intakeMessages)
        .values({ ...recordOf(deps, message, { id, hash, understanding, now }), status: 'awaiting_details' })
        .onConflictDoNothing({ target: [intakeMessages.channel, intakeMessages.messageId] })
        .returning();
      if (!inserted) throw new LostRace();

      if (stage2Reference) {
        // Never a new case for an escalation: the named case, once the sender is matched to it.
        const { author } = message;
        const requester = { channel: message.channel, handle: author.handle, email: author.email, phone: author.phone };
        const asked = await requestStage2(db, { reference: stage2Reference, reasons: message.text.slice(0, 4000), requester, actor, now });
        if (asked.status === 'unmatched') return { record: await setRecord(db, id, { missing: ['case_match'] }), stored: undefined };
        return { record: await setRecord(db, id, { caseId: asked.stored.id, status: 'case_opened' }), stored: asked.stored };
      }
      // A later message in the same thread belongs to the case its thread opened, never a new one.
      const caseId = threadCaseId as number;
      await recordCaseEvent(db, caseId, {
        actor,
        action: 'case.message_added',
        details: { intakeId: id, messageId: message.messageId, threadId: message.threadId ?? null, receivedAt: message.receivedAt },
      });
      const record = await setRecord(db, id, { caseId, status: 'case_opened' });
      return { record, stored: await new CaseStore(db).findById(caseId) };
    });
    return { created: true, result: resultFor(deps, record, stored) };
  } catch (err) {
    if (!(err instanceof LostRace)) throw err;
    const winner = await findDelivery(deps.db, message);
    if (!winner) throw err;
    return { created: false, result: await resultOf(deps, sameDelivery(winner, hash)) };
  }
}

/**
 * Messages with nothing earlier to join (no thread case, no stage 2 request to match), each in it
 * once, committed together in ONE statement: their records, and the cases of those that open
 * one. Understanding and triage are done before, so no connection is held while they run.
 * Redeliveries among them lose the insert and are answered from the record they lost to. Any
 * failure fails all of them, and the caller tries them one at a time, so each gets its own answer.
 */
export async function processMany(deps: IntakeDeps, messages: readonly IntakeMessage[]): Promise<Array<Processed | IntakeConflictError>> {
  const now = deps.now();
  const prepared = await Promise.all(
    messages.map(async (message) => {
      const { profile } = deps.landlordFor(message);
      const understanding = await deps.understanding.understand(message.text, { now: new Date(message.receivedAt), knownPii: knownPiiOf(message) });
      return { message, profile, understanding, outcome: caseFromMessage(message, understanding, profile.id), id: randomUUID(), hash: requestHash(message) };
    }),
  );
  const opening = prepared.flatMap((p) => (p.outcome.kind === 'case' ? [{ ...p, caseData: p.outcome.caseData }] : []));
  const cases = await casesToOpen(
    { understand: (text, opts) => deps.understanding.understand(text, opts), now: deps.now },
    opening.map((p) => ({
      caseData: p.caseData,
      profile: p.profile,
      words: [{ text: p.message.text, at: new Date(p.message.receivedAt), understanding: p.understanding }],
      actor: `intake:${p.message.channel}`,
      idempotencyKey: `intake:${p.message.channel}:${p.message.messageId}`,
    })),
  );
  const opens = new Map(opening.map((p, i) => [p.id, cases[i]]));
  const written = await writeIntake(
    deps.db,
    prepared.map((p) => ({
      record: recordOf(deps, p.message, { ...p, now, missing: p.outcome.kind === 'awaiting_details' ? p.outcome.missing : [] }),
      opens: opens.get(p.id),
    })),
  );
  return Promise.all(
    prepared.map(async (p, i) => {
      const mine = written[i];
      if (mine) return { created: true, result: resultFor(deps, mine.record, mine.stored) };
      const winner = await findDelivery(deps.db, p.message);
      if (!winner) throw new Error(`intake record for message "${p.message.messageId}" neither inserted nor found`);
      if (winner.requestHash !== p.hash) return new IntakeConflictError(winner);
      return { created: false, result: await resultOf(deps, winner) };
    }),
  );
}

/** Whether a message can be committed with others (processMany): nothing earlier to look up or match. */
export function standsAlone(message: IntakeMessage): boolean {
  return !message.threadId && stage2ReferenceIn(message.text) === undefined;
}

function knownPiiOf({ author }: IntakeMessage): string[] {
  return [author.displayName, author.handle, author.email, author.phone].filter((v): v is string => v !== undefined);
}

/** The intake record of a message, as first inserted (awaiting details until a case is linked). */
function recordOf(
  deps: IntakeDeps,
  message: IntakeMessage,
  r: { id: string; hash: string; understanding: Understanding; now: Date; missing?: IntakeRecord['missing'] },
): NewIntakeRecord {
  return {
    id: r.id,
    channel: message.channel,
    messageId: message.messageId,
    requestHash: r.hash,
    receivedAt: new Date(message.receivedAt),
    message,
    redactedText: r.understanding.redactedText,
    understanding: r.understanding,
    missing: r.missing ?? [],
    continuationHash: continuationHash(continuationToken(deps.secretFor(message.channel), r.id)),
    continuationExpiresAt: continuationExpiry(r.now),
  };
}

/** The reference a request for stage 2 names, if the message is one. */
function stage2ReferenceIn(text: string): string | undefined {
  return STAGE2_WORDS.test(text) ? CASE_REFERENCE.exec(text)?.[1]?.toUpperCase() : undefined;
}

/** The case an earlier message in the same thread of the same channel opened, if any. */
async function threadCase(db: Db, message: IntakeMessage): Promise<number | undefined> {
  if (!message.threadId) return undefined;
  const [first] = await db
    .select({ caseId: intakeMessages.caseId })
    .from(intakeMessages)
    .where(and(eq(intakeMessages.channel, message.channel), sql`${intakeMessages.message}->>'threadId' = ${message.threadId}`, isNotNull(intakeMessages.caseId)))
    .orderBy(asc(intakeMessages.receivedAt), asc(intakeMessages.createdAt))
    .limit(1);
  return first?.caseId ?? undefined;
}

async function setRecord(db: Db, id: string, change: Partial<Pick<IntakeRecord, 'caseId' | 'status' | 'missing'>>): Promise<IntakeRecord> {
  const [record] = await db.update(intakeMessages).set(change).where(eq(intakeMessages.id, id)).returning();
  return record;
}

async function findDelivery(db: Db, message: IntakeMessage): Promise<IntakeRecord | undefined> {
  const [row] = await db
    .select()
    .from(intakeMessages)
    .where(and(eq(intakeMessages.channel, message.channel), eq(intakeMessages.messageId, message.messageId)));
  return row;
}

function sameDelivery(record: IntakeRecord, hash: string): IntakeRecord {
  if (record.requestHash !== hash) throw new IntakeConflictError(record);
  return record;
}

async function resultOf(deps: IntakeDeps, record: IntakeRecord): Promise<IntakeResult> {
  const stored = record.caseId === null ? undefined : await new CaseStore(deps.db).findById(record.caseId);
  return resultFor(deps, record, stored);
}

function resultFor(deps: IntakeDeps, record: IntakeRecord, stored: StoredCase | undefined): IntakeResult {
  const message = record.message as IntakeMessage;
  const missing = record.missing as MissingDetail[];
  const landlord = deps.landlordFor(message);
  const followUp = stored !== undefined && stored.idempotencyKey !== `intake:${message.channel}:${message.messageId}`;
  return {
    intakeId: record.id,
    channel: message.channel,
    messageId: record.messageId,
    status: record.status,
    missing,
    ...(stored ? { case: { reference: stored.reference, decision: stored.decision } } : {}),
    reply: replyFor(stored, {
      channel: message.channel,
      missing,
      continueUrl: continueUrl(deps.publicBaseUrl, continuationToken(deps.secretFor(message.channel), record.id)),
      landlordName: landlord.name,
      ombudsman: landlord.profile.ombudsman,
      danger: dangerIn(message.text, record.understanding as Understanding, followUp ? stored : undefined),
      emergencyPhone: landlord.emergencyPhone,
      ...(followUp ? { followUp: { stage2: stage2ReferenceIn(message.text) !== undefined } } : {}),
    }),
  };
}

/**
 * Danger in the message; for a follow-up that raises a concern of its own ("the baby is coughing
 * now", "I am alone"), read together with what opened the case, so the advice fits the danger
 * already reported. A follow-up that only adds an address repeats nothing.
 */
function dangerIn(text: string, understanding: Understanding, joined: StoredCase | undefined): ImmediateDanger | undefined {
  const own = immediateDanger(text);
  const concern =
    own !== undefined || understanding.signals.safeguarding_or_health_and_safety || understanding.hazards.length > 0 || renewsDanger(text);
  return joined && concern ? immediateDanger(`${joined.caseData.summary}\n${text}`) : own;
}

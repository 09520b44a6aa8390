// The shell around intake's core: look for an earlier delivery, understand, decide, triage, and
// commit the intake record and its case in ONE transaction, so neither can exist without the
// other. The unique (channel, message id) key is the only arbiter between concurrent
// deliveries: the loser of the insert race reads the winner's committed record.
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Landlord } from '../cases/landlord';
import { openCase } from '../cases/openCase';
import { CaseStore, requestHash, type StoredCase } from '../store/caseStore';
import type { Db } from '../store/database';
import { intakeMessages } from '../store/schema';
import type { UnderstandingService } from '../understanding';
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
  const hash = requestHash(message);
  const earlier = await findDelivery(deps.db, message);
  if (earlier) return { created: false, result: await resultOf(deps, sameDelivery(earlier, hash)) };

  const { profile } = deps.landlordFor(message);
  const knownPii = [message.author.displayName, message.author.handle, message.author.email, message.author.phone]
    .filter((v): v is string => v !== undefined);
  // Dates in the message ("last March") are read against when it was received, not when it arrived here.
  const understanding = await deps.understanding.understand(message.text, { now: new Date(message.receivedAt), knownPii });
  const outcome = caseFromMessage(message, understanding, profile.id);
  const id = randomUUID();
  const now = deps.now();

  try {
    const { record, stored } = await deps.db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(intakeMessages)
        .values({
          id,
          channel: message.channel,
          messageId: message.messageId,
          requestHash: hash,
          receivedAt: new Date(message.receivedAt),
          message,
          redactedText: understanding.redactedText,
          understanding,
          status: 'awaiting_details',
          missing: outcome.kind === 'awaiting_details' ? outcome.missing : [],
          continuationHash: continuationHash(continuationToken(deps.secretFor(message.channel), id)),
          continuationExpiresAt: continuationExpiry(now),
        })
        .onConflictDoNothing({ target: [intakeMessages.channel, intakeMessages.messageId] })
        .returning();
      if (!inserted) throw new LostRace();
      if (outcome.kind === 'awaiting_details') return { record: inserted, stored: undefined };

      const { stored } = await openCase(tx as unknown as Db, { understand: (text, opts) => deps.understanding.understand(text, opts), now: deps.now }, {
        caseData: outcome.caseData,
        profile,
        words: [{ text: message.text, at: new Date(message.receivedAt), understanding }],
        actor: `intake:${message.channel}`,
        idempotencyKey: `intake:${message.channel}:${message.messageId}`,
        requestBody: message,
        intakeId: id,
      });
      const [record] = await tx.select().from(intakeMessages).where(eq(intakeMessages.id, id));
      return { record, stored };
    });
    return { created: true, result: resultFor(deps, record, stored) };
  } catch (err) {
    if (!(err instanceof LostRace)) throw err;
    const winner = await findDelivery(deps.db, message);
    if (!winner) throw err;
    return { created: false, result: await resultOf(deps, sameDelivery(winner, hash)) };
  }
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
      landlordName: deps.landlordFor(message).name,
    }),
  };
}

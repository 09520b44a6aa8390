// Cases, their decisions and their audit trail. A case is created once per idempotency key,
// with its reference allocated and its first audit event written in the same transaction.
import { createHash, randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { StructuredCase } from '../triage/caseSchema';
import type { TriageDecision } from '../triage/decisionSchema';
import { rowsOf, type Db } from './database';
import { conversationOfCaseKey } from './botCaseKey';
import { referencePrefix, referenceYear } from './references';
import { auditEvents, cases, hazardClocks } from './schema';
import type { TranscriptEntry } from './transcriptEntry';
import { readTranscript } from './transcriptStore';

export type StoredCase = typeof cases.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;

export interface NewCase {
  caseData: StructuredCase;
  decision: TriageDecision;
  /** Who asked for the case to be created ("api:<principal>", "bot", "intake:<channel>"). */
  actor: string;
  /** Scoped key of the request that created it; a retry with the same key gets the same case. */
  idempotencyKey?: string;
  /** The request body as received, so a retry with a different body can be told apart. */
  requestBody?: unknown;
  /** Further audit events of the new case, written in the same statement as `case.created`. */
  alsoAudit?: readonly AuditNote[];
}

export interface AuditNote {
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

export interface CreateOptions {
  /**
   * This store's db is already a transaction that alone can create under the key: no look-up
   * first and no savepoint. A key taken anyway fails the caller's transaction.
   */
  withinTransaction?: boolean;
  /** Further writes that need the new case's id, made before it is numbered (see numberCase). */
  beforeNumbering?: (tx: Db, row: StoredCase) => Promise<void>;
}

/**
 * Gives the case the next reference of its prefix and year, in one statement, as the last write
 * before the commit: every case of that prefix and year takes the same counter row, and its lock
 * is held until the commit, so the less that follows, the more cases can open at once. Numbers
 * stay consecutive, because a transaction that rolls back undoes its increment.
 */
async function numberCase(tx: Db, id: number, prefix: string, year: number): Promise<string> {
  const numbered = await tx.execute(sql`
    WITH counter AS (
      INSERT INTO reference_counters AS rc (prefix, year, last_value) VALUES (${prefix}, ${year}, 1)
      ON CONFLICT (prefix, year) DO UPDATE SET last_value = rc.last_value + 1
      RETURNING last_value)
    UPDATE cases SET reference = ${`${prefix}-${year}-`} || lpad(counter.last_value::text, greatest(6, length(counter.last_value::text)), '0')
    FROM counter WHERE cases.id = ${id}
    RETURNING cases.reference`);
  return rowsOf<{ reference: string }>(numbered)[0].reference;
}

export class IdempotencyConflictError extends Error {
  constructor(readonly existing: StoredCase) {
    super(
      `A different request was already made with this idempotency key (case ${existing.reference}). ` +
        'Use a new key for a new case, or resend exactly the same request to get the same answer.',
    );
  }
}

class AlreadyExists extends Error {}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

export class CaseStore {
  constructor(private readonly db: Db) {}

  /** Creates the case, or returns the one already created under the same idempotency key. */
  async create(input: NewCase, options: CreateOptions = {}): Promise<{ stored: StoredCase; created: boolean }> {
    const hash = input.requestBody === undefined ? null : requestHash(input.requestBody);
    if (input.idempotencyKey && !options.withinTransaction) {
      const existing = await this.findByIdempotencyKey(input.idempotencyKey);
      if (existing) return { stored: this.checkSameRequest(existing, hash), created: false };
    }
    try {
      const insert = async (tx: Db): Promise<StoredCase> => {
        const receivedAt = new Date(input.caseData.receivedAt);
        const [row] = await tx
          .insert(cases)
          .values({
            // Numbered last (below): a placeholder no reference pattern matches, never committed.
            reference: `unnumbered:${randomUUID()}`,
            idempotencyKey: input.idempotencyKey ?? null,
            requestHash: hash,
            profileId: input.decision.profile.id,
            profileVersion: String(input.decision.profile.version),
            channel: input.caseData.channel,
            category: input.decision.category,
            outcome: input.decision.outcome,
            restricted: input.decision.restricted,
            receivedAt,
            caseData: input.caseData,
            decision: input.decision,
          })
          .onConflictDoNothing({ target: cases.idempotencyKey })
          .returning();
        // A concurrent request with the same key won the race.
        if (!row) throw new AlreadyExists();
        await tx.insert(auditEvents).values([
          { caseId: row.id, actor: input.actor, action: 'case.created', details: { outcome: input.decision.outcome, decision: input.decision } },
          ...(input.alsoAudit ?? []).map((note) => ({ caseId: row.id, ...note })),
        ]);
        // Awaab's Law: the clock runs from awareness, so it is stored with the case, whatever
        // channel created it (S.I. 2025/1042).
        if (input.decision.hazards.length > 0) {
          await tx.insert(hazardClocks).values(
            input.decision.hazards.map((h) => ({
              caseId: row.id,
              hazard: h.hazard,
              category: h.category,
              awareAt: new Date(h.awareAt),
              deadlines: h.deadlines,
            })),
          );
        }
        await options.beforeNumbering?.(tx, row);
        return { ...row, reference: await numberCase(tx, row.id, referencePrefix(input.decision.outcome), referenceYear(receivedAt)) };
      };
      const stored = options.withinTransaction ? await insert(this.db) : await this.db.transaction((tx) => insert(tx as unknown as Db));
      return { stored, created: true };
    } catch (err) {
      if (!(err instanceof AlreadyExists) || !input.idempotencyKey || options.withinTransaction) throw err;
      const existing = await this.findByIdempotencyKey(input.idempotencyKey);
      if (!existing) throw err;
      return { stored: this.checkSameRequest(existing, hash), created: false };
    }
  }

  async findByReference(reference: string): Promise<StoredCase | undefined> {
    const [row] = await this.db.select().from(cases).where(eq(cases.reference, reference));
    return row;
  }

  async findByIdempotencyKey(key: string): Promise<StoredCase | undefined> {
    const [row] = await this.db.select().from(cases).where(eq(cases.idempotencyKey, key));
    return row;
  }

  async auditTrail(caseId: number): Promise<AuditEvent[]> {
    return this.db.select().from(auditEvents).where(eq(auditEvents.caseId, caseId)).orderBy(asc(auditEvents.id));
  }

  /** The conversation with the bot that opened the case, oldest first; none for cases opened another way. */
  async conversation(row: Pick<StoredCase, 'idempotencyKey'>): Promise<TranscriptEntry[]> {
    const conversationId = conversationOfCaseKey(row.idempotencyKey);
    return conversationId ? readTranscript(this.db, conversationId) : [];
  }

  /** Exposed for tests of optimistic concurrency and for staff actions. */
  async findById(id: number): Promise<StoredCase | undefined> {
    const [row] = await this.db.select().from(cases).where(eq(cases.id, id));
    return row;
  }

  private checkSameRequest(existing: StoredCase, hash: string | null): StoredCase {
    if (hash && existing.requestHash && existing.requestHash !== hash) throw new IdempotencyConflictError(existing);
    return existing;
  }
}

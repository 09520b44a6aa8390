// Cases, their decisions and their audit trail. A case is created once per idempotency key,
// with its reference allocated and its first audit event written in the same transaction.
import { createHash, randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { StructuredCase } from '../triage/caseSchema';
import type { TriageDecision } from '../triage/decisionSchema';
import { rowsOf, type Db } from './database';
import { conversationOfCaseKey } from './botCaseKey';
import { referencePrefix, referenceYear } from './references';
import { newCaseQueueColumns, type QueueColumns } from './queueColumns';
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

/**
 * Gives each new case the next reference of its prefix and year, in one statement, as the last
 * write before the commit: every case of a prefix and year takes the same counter row, and its
 * lock is held until the commit, so the less that follows, the more cases can open at once.
 * Numbers stay consecutive, because a transaction that rolls back undoes its increments; cases
 * numbered together take consecutive numbers in the order given.
 */
async function numberCases(tx: Db, wanted: readonly { id: number; prefix: string; year: number }[]): Promise<Map<number, string>> {
  const values = sql.join(
    wanted.map((w, order) => sql`(${w.id}::bigint, ${w.prefix}::text, ${w.year}::int, ${order}::int)`),
    sql`, `,
  );
  const numbered = await tx.execute(sql`
    WITH wanted (id, prefix, year, ord) AS (VALUES ${values}),
    counts AS (SELECT prefix, year, count(*)::int AS n FROM wanted GROUP BY prefix, year ORDER BY prefix, year),
    counter AS (
      INSERT INTO reference_counters AS rc (prefix, year, last_value) SELECT prefix, year, n FROM counts
      ON CONFLICT (prefix, year) DO UPDATE SET last_value = rc.last_value + EXCLUDED.last_value
      RETURNING prefix, year, last_value),
    numbers AS (
      SELECT w.id, w.prefix, w.year,
        c.last_value - count(*) OVER (PARTITION BY w.prefix, w.year) + row_number() OVER (PARTITION BY w.prefix, w.year ORDER BY w.ord) AS n
      FROM wanted w JOIN counter c ON c.prefix = w.prefix AND c.year = w.year)
    UPDATE cases SET reference = numbers.prefix || '-' || numbers.year || '-' || lpad(numbers.n::text, greatest(6, length(numbers.n::text)), '0')
    FROM numbers WHERE cases.id = numbers.id
    RETURNING cases.id, cases.reference`);
  return new Map(rowsOf<{ id: number | string; reference: string }>(numbered).map((r) => [Number(r.id), r.reference]));
}

/**
 * Writes new cases with their first audit events and hazard clocks, several rows a statement,
 * then `beforeNumbering`, then their references. Throws AlreadyExists when a key is taken.
 */
async function writeNewCases(tx: Db, inputs: readonly NewCase[], queued: readonly QueueColumns[], beforeNumbering?: (tx: Db, rows: readonly StoredCase[]) => Promise<void>): Promise<StoredCase[]> {
  // Numbered last (below): a placeholder no reference pattern matches, never committed.
  const placeholders = inputs.map(() => `unnumbered:${randomUUID()}`);
  const inserted = await tx
    .insert(cases)
    .values(
      inputs.map((input, i) => ({
        reference: placeholders[i],
        idempotencyKey: input.idempotencyKey ?? null,
        requestHash: input.requestBody === undefined ? null : requestHash(input.requestBody),
        profileId: input.decision.profile.id,
        profileVersion: String(input.decision.profile.version),
        channel: input.caseData.channel,
        category: input.decision.category,
        outcome: input.decision.outcome,
        restricted: input.decision.restricted,
        receivedAt: new Date(input.caseData.receivedAt),
        caseData: input.caseData,
        decision: input.decision,
        ...queued[i],
      })),
    )
    .onConflictDoNothing({ target: cases.idempotencyKey })
    .returning();
  // A concurrent request with the same key won the race.
  if (inserted.length < inputs.length) throw new AlreadyExists();
  const byPlaceholder = new Map(inserted.map((r) => [r.reference, r]));
  const rows = placeholders.map((p) => byPlaceholder.get(p) as StoredCase);
  await tx.insert(auditEvents).values(
    inputs.flatMap((input, i) => [
      { caseId: rows[i].id, actor: input.actor, action: 'case.created', details: { outcome: input.decision.outcome, decision: input.decision } },
      ...(input.alsoAudit ?? []).map((note) => ({ caseId: rows[i].id, ...note })),
    ]),
  );
  // Awaab's Law: the clock runs from awareness, so it is stored with the case, whatever
  // channel created it (S.I. 2025/1042).
  const clocks = inputs.flatMap((input, i) =>
    input.decision.hazards.map((h) => ({ caseId: rows[i].id, hazard: h.hazard, category: h.category, awareAt: new Date(h.awareAt), deadlines: h.deadlines })),
  );
  if (clocks.length > 0) await tx.insert(hazardClocks).values(clocks);
  await beforeNumbering?.(tx, rows);
  const references = await numberCases(
    tx,
    inputs.map((input, i) => ({
      id: rows[i].id,
      prefix: referencePrefix(input.decision.outcome),
      year: referenceYear(new Date(input.caseData.receivedAt)),
    })),
  );
  return rows.map((row) => ({ ...row, reference: references.get(row.id) as string }));
}

export interface CreateOptions {
  /** Further writes that need the new case's id, made before it is numbered (see numberCases). */
  beforeNumbering?: (tx: Db, row: StoredCase) => Promise<void>;
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
    if (input.idempotencyKey) {
      const existing = await this.findByIdempotencyKey(input.idempotencyKey);
      if (existing) return { stored: this.checkSameRequest(existing, hash), created: false };
    }
    try {
      const { beforeNumbering } = options;
      // Worked out before a connection is taken: many cases may be opening at once.
      const queued = [newCaseQueueColumns(input)];
      const stored = await this.db.transaction(
        async (tx) => (await writeNewCases(tx as unknown as Db, [input], queued, beforeNumbering && ((inTx, [row]) => beforeNumbering(inTx, row))))[0],
      );
      return { stored, created: true };
    } catch (err) {
      if (!(err instanceof AlreadyExists) || !input.idempotencyKey) throw err;
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

// The one way a case is opened, whatever the channel (the chat, a forwarded message, the triage
// API): add what the tenant's words establish, triage, store the case with its first audit event
// and hazard clocks, link the forwarded message it came from and record what understanding
// suggested — all in one transaction, so none of it exists without the rest.
import { sql } from 'drizzle-orm';
import { CaseStore, type AuditNote, type NewCase, type StoredCase } from '../store/caseStore';
import type { Db } from '../store/database';
import type { StructuredCase } from '../triage/caseSchema';
import type { PolicyProfile } from '../triage/profileSchema';
import { triage } from '../triage/triage';
import type { Understanding } from '../understanding/understandingSchema';
import { caseFacts, withFacts, type Said } from './caseFacts';

/** A message the tenant wrote; understood here unless the channel already did. */
export interface Words {
  text: string;
  at: Date;
  understanding?: Understanding;
}

export interface OpenCaseRequest {
  /** The case as the channel gathered it; the tenant's words add to it (cases/caseFacts.ts). */
  caseData: StructuredCase;
  profile: PolicyProfile;
  /** Every message the tenant wrote for this case, oldest first. */
  words: readonly Words[];
  /** "bot:<channel>", "intake:<channel>", "api". */
  actor: string;
  idempotencyKey?: string;
  requestBody?: unknown;
  /** The forwarded message the case comes from. */
  intakeId?: string;
  /**
   * `db` is already a transaction that alone can open a case under this idempotency key (intake's
   * record, unique per message, is inserted first): no savepoints and no look-up first, so the case
   * costs the fewest round trips.
   */
  withinTransaction?: boolean;
}

export interface OpenCaseDeps {
  understand(text: string, opts: { now: Date }): Promise<Understanding>;
  now(): Date;
}

export interface OpenedCase {
  stored: StoredCase;
  created: boolean;
  said: Said[];
}

/** Opens the case in `db`, which may already be a transaction (a forwarded message's record). */
export async function openCase(db: Db, deps: OpenCaseDeps, request: OpenCaseRequest): Promise<OpenedCase> {
  const { input, said } = await prepare(deps, request);
  const write = (tx: Db) =>
    new CaseStore(tx).create(input, {
      withinTransaction: request.withinTransaction,
      beforeNumbering: (inTx, rows) => linkIntake(inTx, [request], rows),
    });
  const opened = request.withinTransaction ? await write(db) : await db.transaction((tx) => write(tx as unknown as Db));
  return { ...opened, said };
}

/**
 * Opens several cases in `tx`, a transaction that alone can open them under their keys (a batch
 * of forwarded messages whose records it has just inserted), in a few statements for them all.
 */
export async function openCases(tx: Db, deps: OpenCaseDeps, requests: readonly OpenCaseRequest[]): Promise<StoredCase[]> {
  const prepared = await Promise.all(requests.map((r) => prepare(deps, r)));
  return new CaseStore(tx).createMany(
    prepared.map((p) => p.input),
    { beforeNumbering: (inTx, rows) => linkIntake(inTx, requests, rows) },
  );
}

/** The tenant's words understood, the facts they establish added, triaged: the case to store. */
async function prepare(deps: OpenCaseDeps, request: OpenCaseRequest): Promise<{ input: NewCase; said: Said[] }> {
  // Dates in each message ("last week") are read against when it was written.
  const said: Said[] = await Promise.all(
    request.words.map(async (w) => ({ ...w, understanding: w.understanding ?? (await deps.understand(w.text, { now: w.at })) })),
  );
  const caseData = withFacts(request.caseData, caseFacts(said));
  const first = said[0]?.understanding;
  const input: NewCase = {
    caseData,
    decision: triage(request.profile, caseData, deps.now()),
    actor: request.actor,
    idempotencyKey: request.idempotencyKey,
    requestBody: request.requestBody,
    // What understanding suggested, for staff to weigh (never the text: that is in the case).
    alsoAudit: first ? [suggested(first, caseData)] : [],
  };
  return { input, said };
}

/** The forwarded messages now have their cases: staff see one record each, not two. */
async function linkIntake(tx: Db, requests: readonly OpenCaseRequest[], rows: readonly StoredCase[]): Promise<void> {
  const links = requests.flatMap((r, i) => (r.intakeId ? [sql`(${r.intakeId}::uuid, ${rows[i].id}::bigint)`] : []));
  if (links.length === 0) return;
  await tx.execute(sql`
    UPDATE intake_messages AS i SET case_id = link.case_id, status = 'case_opened'
    FROM (VALUES ${sql.join(links, sql`, `)}) AS link (id, case_id)
    WHERE i.id = link.id AND i.case_id IS NULL`);
}

function suggested(first: Understanding, caseData: StructuredCase): AuditNote {
  const { category, confidence, runnerUp, signals, language, sentiment, source } = first;
  return {
    actor: 'understanding',
    action: 'understanding.suggested',
    details: { category, confidence, runnerUp, signals, language, sentiment, hazards: caseData.hazards.map((h) => h.hazard), source },
  };
}

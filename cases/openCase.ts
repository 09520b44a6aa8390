// The one way a case is opened, whatever the channel (the chat, a forwarded message, the triage
// API): add what the tenant's words establish, triage, store the case with its first audit event
// and hazard clocks, link the forwarded message a conversation carried on from and record what
// understanding suggested — all in one transaction, so none of it exists without the rest. A
// forwarded message's case is made here too (casesToOpen) and written with its intake record in
// one statement (store/intakeWrite.ts).
import { and, eq, isNull } from 'drizzle-orm';
import { intakeMessages } from '../store/schema';
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
  /** The forwarded message a conversation carried on from (intake's continuation link). */
  intakeId?: string;
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

/** Opens the case in its own transaction, or finds the one already opened under its idempotency key. */
export async function openCase(db: Db, deps: OpenCaseDeps, request: OpenCaseRequest): Promise<OpenedCase> {
  const { input, said } = await prepare(deps, request);
  const opened = await new CaseStore(db).create(input, { beforeNumbering: (tx, row) => linkIntake(tx, request.intakeId, row) });
  return { ...opened, said };
}

/** The cases to store for several requests (forwarded messages, written with their records). */
export async function casesToOpen(deps: OpenCaseDeps, requests: readonly OpenCaseRequest[]): Promise<NewCase[]> {
  return Promise.all(requests.map(async (r) => (await prepare(deps, r)).input));
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

/** The forwarded message now has its case: staff see one record, not two. */
async function linkIntake(tx: Db, intakeId: string | undefined, row: StoredCase): Promise<void> {
  if (intakeId === undefined) return;
  await tx.update(intakeMessages).set({ caseId: row.id, status: 'case_opened' }).where(and(eq(intakeMessages.id, intakeId), isNull(intakeMessages.caseId)));
}

function suggested(first: Understanding, caseData: StructuredCase): AuditNote {
  const { category, confidence, runnerUp, signals, language, sentiment, source } = first;
  return {
    actor: 'understanding',
    action: 'understanding.suggested',
    details: { category, confidence, runnerUp, signals, language, sentiment, hazards: caseData.hazards.map((h) => h.hazard), source },
  };
}

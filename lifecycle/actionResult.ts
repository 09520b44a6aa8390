// What a step on a case takes and gives: the case as the lifecycle reads it, and its next state with
// the audit event that records it, or a refusal. The store applies the result (store/versionedWrite.ts).
import type { StructuredCase } from '../triage/caseSchema';
import type { TriageDecision } from '../triage/decisionSchema';
import type { Lifecycle } from './lifecycleSchema';
import type { Refused } from './refusal';

export interface ActionCase {
  receivedAt: Date;
  caseData: StructuredCase;
  decision: TriageDecision;
  lifecycle: unknown;
  serviceArea: string | null;
  theme: string | null;
}

export interface NextState {
  decision: TriageDecision;
  lifecycle: Lifecycle;
  closed: boolean;
  serviceArea: string | null;
  theme: string | null;
  /** Only a fact learnt after triage sets this (the resident's consent); the other actions leave the case as told. */
  caseData?: StructuredCase;
  /** Only a change of access sets this (lifecycle/restriction.ts); the case actions leave it as it is. */
  restricted?: boolean;
}

export type ActionResult = { ok: true; next: NextState; event: { action: string; details: Record<string, unknown> } } | Refused;

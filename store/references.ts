// Human-friendly references (CMP-2026-000123) that a tenant can read out on the phone. The prefix
// says what the contact became, so a repair report is never called a complaint. The number, at
// least six digits, is given in the statement that takes it from its counter (store/caseStore.ts).
import { DateTime } from 'luxon';
import type { TriageDecision } from '../triage/decisionSchema';

const PREFIXES: Record<TriageDecision['outcome'], string> = {
  stage1_opened: 'CMP',
  not_accepted: 'CMP',
  needs_review: 'CMP',
  service_request: 'SR',
  asb_report: 'ASB',
  quick_fix: 'QF',
  compliment: 'CPT',
};

export function referencePrefix(outcome: TriageDecision['outcome']): string {
  return PREFIXES[outcome];
}

/** The year a reference is numbered in: the London calendar year the contact was received. */
export function referenceYear(receivedAt: Date): number {
  return DateTime.fromJSDate(receivedAt, { zone: 'Europe/London' }).year;
}

export const REFERENCE_PATTERN = /^(CMP|SR|ASB|QF|CPT)-\d{4}-\d{6,}$/;

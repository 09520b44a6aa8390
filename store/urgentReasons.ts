// Why a case goes above everything else in every staff list, pure: an emergency hazard with its
// 24-hour clock, a safeguarding concern, words that say someone may be in danger now, or damp and
// mould harming the health of someone at greater risk (triage's damp_harms_health). The staff
// views show the reasons; the store keeps whether there are any (queueColumns.ts), so this lives
// beside it rather than in the lifecycle core, which reads no tenant's words.
import type { StructuredCase } from '../triage/caseSchema';
import type { TriageDecision } from '../triage/decisionSchema';
import { immediateDanger } from '../understanding/immediateDanger';

export const URGENT_REASONS = ['emergency_hazard', 'safeguarding', 'danger', 'damp_harms_health'] as const;
export type UrgentReason = (typeof URGENT_REASONS)[number];

/** An open clock for an emergency hazard: 24 clock hours to make safe. */
export const hasOpenEmergency = (clocks: readonly { status: string; category: string }[]): boolean =>
  clocks.some((c) => c.status === 'open' && c.category === 'emergency');

export function urgentReasons(
  row: { caseData: Pick<StructuredCase, 'signals' | 'summary'>; decision: Pick<TriageDecision, 'review'> },
  clocks: readonly { status: string; category: string }[],
): UrgentReason[] {
  const reasons: UrgentReason[] = [];
  if (hasOpenEmergency(clocks)) reasons.push('emergency_hazard');
  if (row.caseData.signals.safeguarding) reasons.push('safeguarding');
  if (immediateDanger(row.caseData.summary)) reasons.push('danger');
  // Until a person has looked (an override clears review.required).
  if (row.decision.review.required && row.decision.review.because.includes('damp_harms_health')) reasons.push('damp_harms_health');
  return reasons;
}

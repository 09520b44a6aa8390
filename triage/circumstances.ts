import type { StructuredCase } from './caseSchema';
import type { Reason } from './decisionSchema';
import { reason } from './reason';

/** Facts about the person that staff must see whatever the outcome (POLICY-RULES §3). */
export function circumstances(c: StructuredCase): Reason[] {
  const reasons: Reason[] = [];
  if (c.vulnerability?.hasVulnerability) {
    const adjustments = c.vulnerability.adjustments?.length ? ` Adjustments asked for: ${c.vulnerability.adjustments.join('; ')}.` : '';
    reasons.push(
      reason('vulnerability', `The resident told us they are vulnerable: take account of their needs.${adjustments}`, [
        'Code 3.1', 'Code 6.1', 'whg 2.4', 'BCHG 7.1', 'WCH 4.1.2',
      ]),
    );
  }
  if (c.signals.safeguarding) {
    reasons.push(reason('safeguarding', 'A safeguarding concern: follow the safeguarding policy as well.', ['seed 001 "Our approach when something goes wrong"', 'whg 1.7']));
  }
  return reasons;
}

import type { StructuredCase } from './caseSchema';
import type { Reason } from './decisionSchema';
import type { PolicyProfile } from './profileSchema';
import { reason } from './reason';

/** Facts about the person that staff must see whatever the outcome. */
export function circumstances(profile: PolicyProfile, c: StructuredCase): Reason[] {
  const { vulnerability, safeguarding } = profile.people;
  const reasons: Reason[] = [];
  if (c.vulnerability?.hasVulnerability) {
    const adjustments = c.vulnerability.adjustments?.length ? ` Adjustments asked for: ${c.vulnerability.adjustments.join('; ')}.` : '';
    reasons.push(
      reason('vulnerability', `The resident told us they are vulnerable: take account of their needs.${adjustments}`, [
        'Code 3.1', 'Code 6.1', ...vulnerability.source,
      ]),
    );
  }
  if (c.signals.safeguarding) {
    reasons.push(reason('safeguarding', 'A safeguarding concern: follow the safeguarding policy as well.', safeguarding.source));
  }
  return reasons;
}

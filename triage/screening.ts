import type { StructuredCase } from './caseSchema';
import type { Reason } from './decisionSchema';
import type { PolicyProfile } from './profileSchema';
import { reason } from './reason';

/**
 * Health-and-safety risk filter (BCHG 7.3): a significant risk is screened by a senior manager
 * within the profile's hours — clock hours, through nights and weekends, so plain time arithmetic.
 */
export function healthAndSafetyScreening(profile: PolicyProfile, c: StructuredCase): { screenBy?: string; reasons: Reason[] } {
  const { hours, source } = profile.healthAndSafetyScreening;
  if (hours === null || !c.signals.healthAndSafety) return { reasons: [] };
  const screenBy = new Date(Date.parse(c.receivedAt) + hours * 3_600_000).toISOString();
  return {
    screenBy,
    reasons: [reason('health_and_safety_screening', `Health and safety risk: a senior manager screens it within ${hours} hours.`, source)],
  };
}

import type { StructuredCase } from './caseSchema';
import type { Reason, TriageDecision } from './decisionSchema';
import type { PolicyProfile } from './profileSchema';
import { reason } from './reason';
import type { HouseholdAtRisk } from './vocabulary';

const WHO: Record<HouseholdAtRisk, string> = {
  baby_or_child: 'a baby or child',
  pregnancy: 'someone pregnant',
  respiratory_condition: 'someone with a breathing illness (asthma, COPD)',
  older_person_with_health_condition: 'an older person with a health condition',
};

/**
 * Damp or mould in a home with someone it harms most is looked at by a person promptly, whatever
 * the outcome: the guidance names babies and children, pregnancy, breathing illness and older
 * people with health conditions as at greater risk (MHCLG guidance for social landlords, 2025).
 */
export function dampHarmsHealth(profile: PolicyProfile, c: StructuredCase): Reason[] {
  const atRisk = c.hazards.find((h) => h.hazard === 'damp_mould')?.atRisk ?? [];
  if (atRisk.length === 0) return [];
  return [
    reason(
      'damp_harms_health',
      `Damp or mould with ${atRisk.map((r) => WHO[r]).join(', ')} in the home: a person looks at the risk to the household promptly; the outcome stands.`,
      ['MHCLG guidance for social landlords (2025)', ...profile.people.vulnerability.source],
    ),
  ];
}

/**
 * By when a person looks at damp harming health: the health-and-safety screening where the
 * landlord has one, else the Awaab's Law investigation of the damp; undefined when neither applies
 * (outside Awaab's Law), or when the decision did not mark it.
 */
export function dampReviewBy(decision: TriageDecision): string | undefined {
  if (!decision.review.because.includes('damp_harms_health')) return undefined;
  return decision.deadlines.screenBy ?? decision.hazards.find((h) => h.hazard === 'damp_mould')?.deadlines.investigateBy;
}

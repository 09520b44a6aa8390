import type { Hazard } from './vocabulary';
import type { Tenure } from './caseSchema';
import type { HazardCategory } from './decisionSchema';
import type { AwaabsLawPhase, PolicyProfile } from './profileSchema';

export const HAZARD_NAMES: Record<Hazard, string> = {
  damp_mould: 'damp and mould',
  leak: 'a leak',
  heating: 'heating (excess cold or heat)',
  electrical: 'electrics',
  gas: 'gas',
  fire_safety: 'fire safety',
  structural: 'structural collapse',
  falls: 'falls',
  sanitation: 'hygiene and sanitation',
  asbestos: 'asbestos',
};

// MHCLG guidance for social landlords (2025): the regulations reach social tenancies only.
// `unknown` stays in scope — better a clock staff stop than a hazard nobody investigates.
const TENURES_OUTSIDE: Partial<Record<Tenure, string>> = {
  temporary_accommodation: 'temporary accommodation',
  supported_accommodation: 'supported accommodation',
  licence: 'held on a licence',
  long_leaseholder: 'held on a long lease',
  shared_owner: 'in shared ownership',
};

export type HazardScope =
  | { inScope: true; category: HazardCategory; sources: string[] }
  | { inScope: false; why: string; sources: string[] };

/** The phases in force on a London date: a report the day before a phase starts gets the earlier scope. */
export function phasesInForce(phases: readonly AwaabsLawPhase[], on: string): AwaabsLawPhase[] {
  return phases.filter((p) => p.from !== null && p.from <= on);
}

function notYetCovered(phases: readonly AwaabsLawPhase[], hazard: Hazard, on: string): string {
  const later = phases.find((p) => p.significant.includes(hazard) && (p.from === null || p.from > on));
  const name = HAZARD_NAMES[hazard];
  if (!later) return `Awaab's Law did not cover ${name} on ${on}.`;
  return later.from === null
    ? `Awaab's Law does not cover ${name} yet: ${later.name} has no confirmed start date.`
    : `Awaab's Law did not cover ${name} on ${on}: ${later.name} starts on ${later.from}.`;
}

/**
 * Whether a reported hazard starts an Awaab's Law clock, and which. Decided by the profile
 * (England only, phases, extra hazards), the tenure, and the London date of awareness.
 */
export function hazardScope(
  profile: PolicyProfile,
  tenure: Tenure,
  report: { hazard: Hazard; emergency: boolean },
  awareOn: string,
): HazardScope {
  const law = profile.awaabsLaw;
  // LTA 1985 s.10A binds social landlords in England; our nation setting is only about bank
  // holidays (England and Wales share them), so both must agree before a clock starts.
  if (!law.applies || profile.nation.value !== 'england-and-wales') {
    return {
      inScope: false,
      why: "Awaab's Law binds social landlords in England, and this landlord's profile is outside it.",
      sources: [...law.source, ...profile.nation.source],
    };
  }
  const outside = TENURES_OUTSIDE[tenure];
  if (outside) {
    return { inScope: false, why: `Awaab's Law covers social tenancies; this home is ${outside}.`, sources: law.source };
  }
  const inForce = phasesInForce(law.phases, awareOn);
  const emergencyPhase = report.emergency ? inForce.find((p) => p.emergency.includes(report.hazard)) : undefined;
  if (emergencyPhase) return { inScope: true, category: 'emergency', sources: emergencyPhase.source };
  const phase = inForce.find((p) => p.significant.includes(report.hazard));
  if (phase) return { inScope: true, category: 'significant', sources: phase.source };
  if (law.extraHazards.significant.includes(report.hazard)) {
    return { inScope: true, category: 'significant', sources: law.extraHazards.source };
  }
  return { inScope: false, why: notYetCovered(law.phases, report.hazard, awareOn), sources: law.source };
}

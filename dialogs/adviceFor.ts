// Advice where it helps, each given once: health advice when damp or mould meets someone it
// harms most (a baby or child, pregnancy, a breathing illness, an older person with a health
// condition: Awaab's Law guidance; the same reading marks the case for review), the
// emergency repairs line when a repair sounds like an emergency, and what helps with noise the
// first time it is reported. Pure: which advice the tenant's words call for.
import { householdAtRisk } from '../understanding/householdAtRisk';
import { immediateDanger } from '../understanding/immediateDanger';
import type { Understanding } from '../understanding/understandingSchema';

export function dampHarmsHealth(text: string, understanding: Understanding | undefined): boolean {
  return (understanding?.hazards ?? []).some((h) => h.hazard === 'damp_mould' && householdAtRisk(text, h.severityCues).length > 0);
}

// Repairs a landlord attends as emergencies: no heat or water, water pouring in, no power, a home
// that cannot be locked, the only toilet blocked.
const EMERGENCY_REPAIR =
  /\b(?:no (?:heating|hot water|water|electric\w*|power|gas)|boiler(?:'s| has| is)? (?:broken|packed in|stopped|not working|died)|(?:water|it)(?:'s| is)? (?:pouring|gushing|flooding|coming through)|flood\w*|burst pipe|(?:lock|door|window)[^.]{0,40}(?:broken|won'?t lock|will not lock|can'?t lock|cannot lock|doesn'?t lock)|(?:won'?t|will not|can'?t|cannot) (?:lock|secure)|only toilet|toilet (?:is )?blocked|dim gwres|dim dŵr poeth|dim trydan)\b/i;

/** An emergency repair, unless the danger advice already gave the emergency repairs line. */
export function needsEmergencyRepairAdvice(text: string, understanding: Understanding | undefined): boolean {
  const danger = immediateDanger(text);
  const alreadyGiven = danger && (danger.gas || danger.electric || danger.structural || danger.noHeatingVulnerable);
  return !alreadyGiven && (EMERGENCY_REPAIR.test(text) || (understanding?.hazards ?? []).some((h) => h.emergency));
}

const NOISE = /\b(?:nois\w*|loud|music|part(?:y|ies)|banging|stamping|stomping|shouting|screaming|barking|thumping|sŵn|swn|swnllyd|cerddoriaeth)\b/i;

export const isAboutNoise = (text: string) => NOISE.test(text);

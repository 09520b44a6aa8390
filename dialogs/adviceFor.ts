// Advice where it helps, each given once: health advice when damp or mould meets someone it
// harms most (a baby or child, pregnancy, a breathing illness: Awaab's Law guidance), the
// emergency repairs line when a repair sounds like an emergency, and what helps with noise the
// first time it is reported. Pure: which advice the tenant's words call for.
import { immediateDanger } from '../understanding/immediateDanger';
import type { Understanding } from '../understanding/understandingSchema';

const BREATHING = /\b(?:asthma\w*|breath\w*|chest|cough\w*|wheez\w*|inhaler\w*|copd|lung\w*|bronch\w*|pneumonia|anadl\w*|peswch|asthma)\b/i;
const AT_RISK = new Set(['baby_or_child', 'pregnancy']);

export function dampHarmsHealth(text: string, understanding: Understanding | undefined): boolean {
  return (understanding?.hazards ?? []).some(
    (h) => h.hazard === 'damp_mould' && h.severityCues.some((cue) => AT_RISK.has(cue) || (cue === 'health_condition' && BREATHING.test(text))),
  );
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

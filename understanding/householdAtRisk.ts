// Who in the home a hazard harms most, from the tenant's words and the severity cues understanding
// found: one reading for the chat's health advice and the case's review (triage/dampHarmsHealth.ts),
// so what the tenant is told and what staff see agree. Pure.
import type { HouseholdAtRisk, SeverityCue } from '../triage/vocabulary';

// A health condition counts for damp and mould when it is the breathing (English, Welsh).
const BREATHING = /\b(?:asthma\w*|breath\w*|chest|cough\w*|wheez\w*|inhaler\w*|copd|lung\w*|bronch\w*|pneumonia|anadl\w*|peswch)\b/i;

export function householdAtRisk(text: string, cues: readonly SeverityCue[]): HouseholdAtRisk[] {
  const has = (cue: SeverityCue) => cues.includes(cue);
  const found: Array<HouseholdAtRisk | false> = [
    has('baby_or_child') && 'baby_or_child',
    has('pregnancy') && 'pregnancy',
    has('health_condition') && BREATHING.test(text) && 'respiratory_condition',
    has('older_person') && has('health_condition') && 'older_person_with_health_condition',
  ];
  return found.filter((f): f is HouseholdAtRisk => f !== false);
}

// The vocabulary shared by the corpus, the models, the evaluation and the triage rules. Kept in
// one place so a new category or flag cannot be added to one of them and forgotten in another.
export const CATEGORIES = [
  'service_request',
  'asb_report',
  'quick_fix',
  'complaint',
  'compliment',
  'needs_clarification',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Signals the understanding suggests from the text itself; the triage rules decide what they mean. */
export const SIGNALS = [
  'legal_proceedings',
  'insurance_claim',
  'rent_or_service_charge_level',
  'third_party',
  'safeguarding_or_health_and_safety',
  'staff_conduct',
  'reported_before',
] as const;
export type Signal = (typeof SIGNALS)[number];

/** The corpus flags: the text signals plus the one derived from resolved dates. */
export const FLAGS = [...SIGNALS, 'older_than_12_months'] as const;
export type Flag = (typeof FLAGS)[number];

// Awaab's Law hazard kinds: phase 1 is damp and mould; the rest are emergency-capable or
// join in later phases, so understanding suggests them all and the hazard rules decide scope.
export const HAZARDS = [
  'damp_mould',
  'leak',
  'heating',
  'electrical',
  'gas',
  'fire_safety',
  'structural',
  'falls',
  'sanitation',
  'asbestos',
] as const;
export type Hazard = (typeof HAZARDS)[number];

export const SEVERITY_CUES = [
  'baby_or_child',
  'pregnancy',
  'health_condition',
  'older_person',
  'disability',
] as const;
export type SeverityCue = (typeof SEVERITY_CUES)[number];

// The vocabulary shared by the corpus, the models, the evaluation, the triage rules, the channels and
// the store. Kept in one place so a new category, flag, hazard or channel cannot be added to one of
// them and forgotten in another.
import { z } from 'zod';

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

/**
 * Who in the home damp and mould harms most (MHCLG guidance for social landlords, 2025): a baby
 * or child, pregnancy, a breathing illness, an older person with a health condition. Narrower
 * than the severity cues: a health condition counts only when it is the breathing, or the person older.
 */
export const HOUSEHOLD_AT_RISK = ['baby_or_child', 'pregnancy', 'respiratory_condition', 'older_person_with_health_condition'] as const;
export type HouseholdAtRisk = (typeof HOUSEHOLD_AT_RISK)[number];

/** Every way a contact reaches us; a case records the one it came by. */
export const CHANNELS = [
  'webchat', 'msteams', 'webform', 'email', 'facebook', 'instagram', 'x', 'whatsapp', 'phone',
  // A complaint that came by post, logged by hand by staff.
  'letter',
  // Code 1.6: dissatisfaction in survey feedback is followed up, not logged straight away (categories.surveyFeedback).
  'survey',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** The channels staff log a complaint from by hand: a phone call or a letter. */
export const HAND_LOGGED_CHANNELS = ['phone', 'letter'] as const satisfies readonly Channel[];

/** The channels that forward messages to the intake API. */
export const INTAKE_CHANNELS = ['webform', 'email', 'facebook', 'instagram', 'x', 'whatsapp', 'other'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
export const IntakeChannelSchema = z.enum(INTAKE_CHANNELS, {
  error: `channel must be one of: ${INTAKE_CHANNELS.join(', ')}`,
});

/** Greatwell 2.3: a complaint made on social media is answered by a personal, direct message. */
export const SOCIAL_CHANNELS: ReadonlySet<IntakeChannel> = new Set(['facebook', 'instagram', 'x', 'whatsapp']);

/** A case reference as a tenant quotes it (store/references.ts makes them: CMP-2026-000123). */
export const CASE_REFERENCE = /\b(CMP-\d{4}-\d{6,})\b/i;

/** A forwarded message that does not say what would put things right: stored as this, asked again later. */
export const OUTCOME_NOT_STATED = 'You have not told us yet. Please reply and tell us what would put this right.';

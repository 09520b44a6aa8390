import { z } from 'zod';
import { calendarDay, instant } from './dateBounds';
import { CHANNELS, HAZARDS, HOUSEHOLD_AT_RISK } from './vocabulary';
import { ContactSchema } from './contactSchema';

/**
 * The structured case the bot (and the intake API) hands to triage. One schema at the boundary,
 * types inferred from it. New facts (such as `tenure` and `hazards` for Awaab's Law) extend
 * this object rather than replacing it, so stored cases stay valid.
 */

const isoDate = (what: string) => calendarDay(what);
const text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} must be at most ${max} characters` });
const flag = () => z.boolean({ error: 'must be true or false' }).default(false);

export const CATEGORIES = ['complaint', 'service_request', 'asb_report', 'quick_fix', 'compliment'] as const;
export const CategorySchema = z.enum(CATEGORIES, { error: `category must be one of: ${CATEGORIES.join(', ')}` });
export type Category = z.infer<typeof CategorySchema>;


export const COMPLAINANT_TYPES = ['tenant', 'leaseholder', 'shared_owner', 'applicant', 'non_customer', 'anonymous'] as const;
export const RELATIONSHIPS = ['mp', 'councillor', 'advocate', 'relative', 'solicitor', 'other'] as const;
export const CONSENT_STATES = ['given', 'pending', 'refused'] as const;

export const IncidentSchema = z
  .object({
    occurredOn: isoDate('incident.occurredOn').optional(),
    becameAwareOn: isoDate('incident.becameAwareOn').optional(),
    ongoing: z.boolean().optional(),
    /** For an ongoing issue, the latest occurrence; when absent it is taken to continue to receipt. */
    lastOccurredOn: isoDate('incident.lastOccurredOn').optional(),
  })
  .default({});

export const SignalsSchema = z
  .object({
    legalProceedingsFiled: flag(),
    preActionProtocol: flag(),
    /** whg 2.11: the tenant refused the complaints process as alternative dispute resolution. */
    refusedComplaintsProcessAsAdr: flag(),
    insuranceClaim: flag(),
    previouslyConsidered: flag(),
    rentOrServiceChargeLevel: flag(),
    otherStatutoryAgency: flag(),
    contractorDispute: flag(),
    /** WCH 4.6.3: dissatisfaction with the law or legislative requirements. */
    dissatisfiedWithLaw: flag(),
    safeguarding: flag(),
    healthAndSafety: flag(),
    staffConduct: flag(),
    unreasonableBehaviour: flag(),
    /** whg 2.13: contact that warrants the whistleblowing policy. */
    whistleblowing: flag(),
  })
  // prefault: an absent `signals` is parsed as {} so every flag gets its false default.
  .prefault({});

export const RepresentativeSchema = z.object({
  name: text('representative.name', 200),
  relationship: z.enum(RELATIONSHIPS, { error: `representative.relationship must be one of: ${RELATIONSHIPS.join(', ')}` }),
  consent: z.enum(CONSENT_STATES, { error: `representative.consent must be one of: ${CONSENT_STATES.join(', ')}` }),
  /** How and when consent was given or asked for (whg 2.13; WCH 3.1.5 "written permission"). */
  consentMethod: text('representative.consentMethod', 200).optional(),
  consentRecordedOn: isoDate('representative.consentRecordedOn').optional(),
});

/**
 * Awaab's Law covers social tenancies only (Landlord and Tenant Act 1985 s.10A, via s.9A);
 * triage/hazardScope.ts lists the tenures it leaves out. `unknown` is in scope: a hazard must
 * not go unclocked because nobody asked how the home is held.
 */
export const TENURES = [
  'social_tenancy', 'temporary_accommodation', 'supported_accommodation', 'licence', 'long_leaseholder', 'shared_owner', 'unknown',
] as const;

export const HazardReportSchema = z.object({
  hazard: z.enum(HAZARDS, { error: `hazards[].hazard must be one of: ${HAZARDS.join(', ')}` }),
  /** Imminent and significant risk (gas smell, live wires, a ceiling coming down): the 24-hour clock. */
  emergency: z.boolean({ error: 'hazards[].emergency must be true or false' }).default(false),
  /**
   * When the landlord first became aware of it, through any channel; absent, this contact is the
   * first report. The clock starts at awareness, not at a complaint (S.I. 2025/1042).
   */
  firstReportedAt: instant('hazards[].firstReportedAt').optional(),
  /** Who in the home this hazard harms most, as the tenant's words say (triage/dampHarmsHealth.ts). */
  atRisk: z
    .array(z.enum(HOUSEHOLD_AT_RISK, { error: `hazards[].atRisk[] must be one of: ${HOUSEHOLD_AT_RISK.join(', ')}` }))
    .max(HOUSEHOLD_AT_RISK.length)
    .optional(),
});

export const StructuredCaseSchema = z.object({
  profile: text('profile', 64).default('code-2024'),
  receivedAt: instant('receivedAt'),
  channel: z.enum(CHANNELS, { error: `channel must be one of: ${CHANNELS.join(', ')}` }).default('other'),
  category: CategorySchema,
  summary: text('summary', 4000),
  desiredOutcome: text('desiredOutcome', 2000),
  serviceArea: text('serviceArea', 100).optional(),
  incident: IncidentSchema,
  complainant: z.object(
    { type: z.enum(COMPLAINANT_TYPES, { error: `complainant.type must be one of: ${COMPLAINANT_TYPES.join(', ')}` }) },
    { error: 'complainant must be an object like {"type": "tenant"}' },
  ),
  representative: RepresentativeSchema.optional(),
  signals: SignalsSchema,
  priorServiceRequest: z
    .object({
      reportedOn: isoDate('priorServiceRequest.reportedOn'),
      dissatisfiedWithResponse: z.boolean({ error: 'priorServiceRequest.dissatisfiedWithResponse must be true or false' }),
    })
    .optional(),
  /** Unhappy with how an ASB case was handled — a complaint, unlike a first ASB report (WCH 4.6.3). */
  asbCaseHandlingDissatisfaction: z.boolean().default(false),
  /** The tenant asked for a formal complaint (Code 1.3; Greatwell 2.1.2). */
  tenantWantsFormalComplaint: z.boolean().default(false),
  vulnerability: z
    .object({
      hasVulnerability: z.boolean(),
      details: text('vulnerability.details', 2000).optional(),
      adjustments: z.array(text('vulnerability.adjustments[]', 300)).max(20).optional(),
    })
    .optional(),
  contact: ContactSchema.optional(),
  /** Set by staff (or the intake) to restrict access; staff-conduct cases are restricted anyway. */
  restricted: z.boolean().default(false),
  tenure: z.enum(TENURES, { error: `tenure must be one of: ${TENURES.join(', ')}` }).default('unknown'),
  /** Hazards in the home the contact tells us about, whatever its category (S.I. 2025/1042). */
  hazards: z
    .array(HazardReportSchema)
    .max(20)
    // One clock per hazard: the earliest awareness and the emergency flag belong on one entry.
    .refine((list) => new Set(list.map((h) => h.hazard)).size === list.length, { error: 'hazards must list each hazard once' })
    .default([]),
});

export type StructuredCase = z.infer<typeof StructuredCaseSchema>;
export type StructuredCaseInput = z.input<typeof StructuredCaseSchema>;
export type Signals = StructuredCase['signals'];
export type HazardReport = z.infer<typeof HazardReportSchema>;
export type Tenure = (typeof TENURES)[number];

import { z } from 'zod';
import { HAZARDS } from './vocabulary';
import { CATEGORIES, CONSENT_STATES } from './caseSchema';

export const OUTCOMES = [
  'stage1_opened', 'service_request', 'asb_report', 'quick_fix', 'compliment', 'not_accepted', 'needs_review',
] as const;

/**
 * Exclusion vocabulary: why a matter is not taken through the complaints process (Code 2). Each
 * exclusion cites the clauses of the profile setting named here.
 *   time_limit                    — raised more than the profile's months after the issue or awareness (Code 2.3; timeLimit)
 *   legal_proceedings             — a claim filed at court, or pre-action where the profile excludes it (Code 2.2; exclusions.legalProceedings)
 *   insurance_claim               — a liability issue subject to an insurance claim (exclusions.insuranceClaim)
 *   previously_considered         — already considered under the complaints policy (Code 2.2; exclusions.previouslyConsidered)
 *   rent_or_service_charge_level  — the level of rent or service charge set under policy (exclusions.rentOrServiceChargeLevel)
 *   other_statutory_agency        — another statutory agency with power to resolve it is dealing with it (exclusions.otherStatutoryAgency)
 *   contractor_dispute            — a provider of services to the landlord; the contract applies (exclusions.contractorDispute)
 *   legislative_requirements      — dissatisfaction with the law itself (exclusions.legislativeRequirements)
 *   non_customer                  — the complainant is outside the policy's scope (nonCustomers)
 */
export const EXCLUSION_RULES = [
  'time_limit', 'legal_proceedings', 'insurance_claim', 'previously_considered', 'rent_or_service_charge_level',
  'other_statutory_agency', 'contractor_dispute', 'legislative_requirements', 'non_customer',
] as const;
export type ExclusionRule = (typeof EXCLUSION_RULES)[number];

/**
 * Every other rule that can fire; the ones marked (review) send the case to a person. Each cites
 * the Code or the law where shown, and the clauses of the profile setting named.
 */
export const REASON_RULES = [
  'category', // the category as reported, when nothing changes it (Code 1.2)
  'service_request_dissatisfaction', // Code 1.5; categories.serviceRequestDissatisfaction
  'first_service_request', // Code 1.4; categories.serviceRequest
  'first_asb_report', // categories.asbReport
  'asb_handling_complaint', // categories.asbHandling
  'health_and_safety_formal', // categories.healthAndSafety
  'tenant_choice', // Code 1.3; categories.complaintChoice
  'offer_complaint_choice', // Code 1.3; categories.complaintChoice
  'survey_feedback', // (review) Code 1.3; categories.surveyFeedback
  'compliment', // categories.compliment
  'quick_fix', // quickFix
  'time_limit_exception', // timeLimit
  'time_limit_discretion', // (review) Code 2.3, 2.5; timeLimit
  'time_limit_no_date', // timeLimit; no incident date given
  'pre_action_not_legal_proceedings', // exclusions.legalProceedings
  'unreasonable_behaviour', // (review) people.unreasonableBehaviour
  'non_customer_accepted', // nonCustomers
  'non_customer_discretionary', // (review) nonCustomers
  'whistleblowing', // (review) people.whistleblowing
  'safeguarding', // people.safeguarding
  'consent_gate', // Code 1.3; people.representatives
  'anonymous', // people.anonymous
  'restricted', // people.staffConduct
  'vulnerability', // Code 3.1, 6.1; people.vulnerability
  'health_and_safety_screening', // healthAndSafetyScreening
  'stage1_opened', // stage1
  'exclusions_apply', // Code 2.4, 2.5
  'awaabs_law_clock', // S.I. 2025/1042: a hazard clock started at awareness, alongside any complaint; awaabsLaw
  'awaabs_law_out_of_scope', // LTA 1985 s.10A: not England, not a social tenancy, or the hazard's phase is not in force; awaabsLaw
  'damp_harms_health', // (looked at) MHCLG guidance for social landlords (2025); people.vulnerability
] as const;
export type ReasonRule = (typeof REASON_RULES)[number];

/** Rules that are never decided automatically: when one fires, a person decides (outcome needs_review). */
export const REVIEW_RULES: ReadonlySet<ReasonRule> = new Set<ReasonRule>([
  'survey_feedback', 'time_limit_discretion', 'unreasonable_behaviour', 'non_customer_discretionary', 'whistleblowing',
]);

/**
 * Rules that send the case to a person promptly without taking the decision from triage: the
 * outcome stands (a service request stays one, a complaint stays at stage 1) and review.required is set.
 */
export const LOOKED_AT_RULES: ReadonlySet<ReasonRule> = new Set<ReasonRule>(['damp_harms_health']);

const sources = z.array(z.string().min(1)).min(1);
const isoDate = z.iso.date();

export const ReasonSchema = z.object({ rule: z.enum(REASON_RULES), message: z.string().min(1), sources });
export type Reason = z.infer<typeof ReasonSchema>;

export const ExclusionSchema = z.object({
  rule: z.enum(EXCLUSION_RULES),
  /** Plain words for the tenant, always ending with the right to go to the profile's ombudsman (Code 2.4). */
  explanation: z.string().min(1),
  sources,
});
export type Exclusion = z.infer<typeof ExclusionSchema>;

export const DeadlinesSchema = z.object({
  acknowledgeBy: isoDate.optional(),
  respondBy: isoDate.optional(),
  respondByWithExtension: isoDate.optional(),
  /** Health-and-safety risk screening, clock hours from receipt (healthAndSafetyScreening). */
  screenBy: z.iso.datetime().optional(),
});

export const HAZARD_CATEGORIES = ['emergency', 'significant'] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

const instant = z.iso.datetime({ offset: true });

/**
 * Awaab's Law clocks for one hazard. Emergency clocks are instants (24 clock hours); the others
 * are London dates (working days, weeks). The later ones are known once the investigation concludes.
 */
export const HazardDeadlinesSchema = z.object({
  investigateBy: z.union([instant, isoDate]),
  makeSafeBy: instant.optional(),
  summaryBy: isoDate.optional(),
  safetyWorkBy: isoDate.optional(),
  furtherWorksStartBy: isoDate.optional(),
});
export type HazardDeadlines = z.infer<typeof HazardDeadlinesSchema>;

export const HazardClockSchema = z.object({
  hazard: z.enum(HAZARDS),
  category: z.enum(HAZARD_CATEGORIES),
  /** When the landlord became aware: the clock's start. */
  awareAt: instant,
  deadlines: HazardDeadlinesSchema,
  sources,
});
export type HazardClock = z.infer<typeof HazardClockSchema>;

export const TriageDecisionSchema = z.object({
  outcome: z.enum(OUTCOMES),
  /** The category after the rules that cut across categories (Code 1). */
  category: z.enum(CATEGORIES),
  reportedCategory: z.enum(CATEGORIES),
  exclusions: z.array(ExclusionSchema),
  /**
   * Stage 1 clocks for a complaint (also while it waits for review: the Code 6.2 clock runs from
   * receipt whatever staff decide), and the screening time when it applies.
   */
  deadlines: DeadlinesSchema,
  quickFix: z
    .object({ respondBy: isoDate.optional(), escalatesToStage1On: isoDate.optional(), sources })
    .optional(),
  /** When a service request will be answered, as the tenant is told (Code 1.4). */
  serviceRequest: z.object({ respondBy: isoDate, sources }).optional(),
  consent: z.enum(['not_needed', ...CONSENT_STATES]),
  disclosure: z.object({
    /** What may be shared with a representative: nothing until the resident's consent is recorded. */
    toRepresentative: z.enum(['not_applicable', 'nothing', 'case_details']),
    /** Anonymous complaints are logged and investigated but cannot be answered (people.anonymous). */
    canReplyToComplainant: z.boolean(),
    stillNeeded: z.array(z.string()),
  }),
  restricted: z.boolean(),
  /** Awaab's Law clocks, for every outcome: they run alongside the complaints process, not inside it. */
  hazards: z.array(HazardClockSchema),
  review: z.object({ required: z.boolean(), because: z.array(z.enum(REASON_RULES)) }),
  profile: z.object({ id: z.string(), version: z.string() }),
  reasons: z.array(ReasonSchema),
  decidedAt: z.iso.datetime(),
});
export type TriageDecision = z.infer<typeof TriageDecisionSchema>;

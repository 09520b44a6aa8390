import { z } from 'zod';
import { HOUSING_OMBUDSMAN, OmbudsmanSchema } from './ombudsman';
import { RootCausesSettingSchema } from './rootCauses';
import { HAZARDS } from './vocabulary';
import { NATIONS } from './workingDays';

/**
 * A landlord's complaints policy as data. Every setting carries `source`: the clause(s) it comes
 * from, so a decision can cite them without a lookup table elsewhere. A difference between
 * landlords is a value here, never an `if` on a landlord's name.
 *
 * A source cites the landlord's own policy by name and clause ("WCH 5.2.1"), the Code
 * ("Code 6.2") or the law by its title. Where the policy is silent it says so and cites what the
 * value follows instead ("Code 6.11 (WCH 5.3 silent)"); a value that is the product's own choice
 * says "product default". Rule code cites only the Code and the law: a decision never cites
 * another landlord's policy.
 */

const source = z
  .array(z.string().trim().min(1).max(200), { error: 'source must be a list of clause references' })
  .min(1, { error: 'every setting must cite at least one clause in source' });
const workingDays = z.number().int().min(0).max(260);
const isoDate = z.iso.date({ error: 'must be a date like 2026-12-24' });

/** Rules may count from any of these events; a missing event is replaced by its deadline. */
export const STAGE1_ANCHORS = ['receipt', 'logging', 'acknowledgement'] as const;
export const STAGE2_ANCHORS = ['request', 'acknowledgement'] as const;

const SERVICE_REQUEST_DEFAULT = 'default: the policy sets no time, so residents are told 10 working days; the landlord confirms or changes it';

const onOff = z.object({ applies: z.boolean(), source });
/** A rule every profile applies; only the clause it stands on differs from landlord to landlord. */
const cited = z.object({ source });

const hazards = z.array(z.enum(HAZARDS)).max(HAZARDS.length);

/** A step of Awaab's Law: from its date, these hazards start these clocks. */
export const AwaabsLawPhaseSchema = z.object({
  name: z.string().trim().min(1).max(120),
  /**
   * The day it comes into force. null: not in force for this profile — the date is not yet
   * confirmed by regulations, so a clock cannot honestly be started (README "Awaab's Law").
   */
  from: isoDate.nullable(),
  /** Hazards that start the significant-hazard clocks (10 working days to investigate). */
  significant: hazards,
  /** Hazards that start the 24-hour emergency clock. */
  emergency: hazards,
  source,
});
export type AwaabsLawPhase = z.infer<typeof AwaabsLawPhaseSchema>;

export const PolicyProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, { error: 'id must be lower-case letters, digits and dashes' }),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'version must look like 1.0.0' }),
  name: z.string().trim().min(1).max(200),
  /** Details that letters need, and the stock count behind CH01 (complaints per 1,000 homes). */
  landlord: z.object({
    name: z.string().trim().min(1).max(200),
    address: z.string().trim().min(1).max(300).optional(),
    phone: z.string().trim().min(1).max(40).optional(),
    /** The emergency repairs line the danger advice gives (gas, electrics, no heating). */
    emergencyPhone: z.string().trim().min(1).max(40).optional(),
    email: z.email().optional(),
    website: z.string().trim().min(1).max(200).optional(),
    homes: z.number().int().positive().optional(),
    /** Who signs the letters, e.g. { "name": "Jo Patel", "role": "Head of Customer Resolution" }. */
    signatory: z.object({ name: z.string().trim().min(1).max(120), role: z.string().trim().min(1).max(120) }).optional(),
    /** The same stock split as the Regulator's TSMs report it: CH01 per tenure group. */
    homesByTenure: z
      .object({ lowCostRental: z.number().int().min(0).optional(), lowCostHomeOwnership: z.number().int().min(0).optional() })
      .optional(),
    source,
  }),
  nation: z.object({ value: z.enum(NATIONS), source }),
  /** Who a refusal or a final response sends the resident to; omitted, the Housing Ombudsman Service. */
  ombudsman: OmbudsmanSchema.default(HOUSING_OMBUDSMAN),
  extraNonWorkingDays: z.object({ dates: z.array(isoDate).max(200), source }),
  timeLimit: z.object({
    /** null: the policy sets no time limit. */
    months: z.number().int().positive().max(120).nullable(),
    /** What happens to a late complaint that no exception covers. */
    late: z.enum(['discretionary', 'excluded']),
    exceptions: z.object({ safeguarding: z.boolean(), healthAndSafety: z.boolean() }),
    source,
  }),
  exclusions: z.object({
    legalProceedings: z.object({
      applies: z.boolean(),
      /**
       * is_complaint: a pre-action protocol letter is not legal proceedings (Code 2.2; BCHG 5.2).
       * excluded_if_adr_refused: only where the tenant refused the complaints process as ADR (whg 2.11).
       * excluded: any matter already with a solicitor (WCH 3.1.6).
       */
      preActionProtocol: z.enum(['is_complaint', 'excluded_if_adr_refused', 'excluded']),
      source,
    }),
    insuranceClaim: onOff,
    previouslyConsidered: onOff,
    rentOrServiceChargeLevel: onOff,
    otherStatutoryAgency: onOff,
    contractorDispute: onOff,
    legislativeRequirements: onOff,
  }),
  nonCustomers: z.object({ handling: z.enum(['accept', 'discretionary', 'exclude']), source }),
  stage1: z.object({
    acknowledge: z.object({ workingDays, countsFrom: z.enum(['receipt', 'logging']), source }),
    respond: z.object({ workingDays, countsFrom: z.enum(STAGE1_ANCHORS), source }),
    extension: z.object({ workingDays, source }),
  }),
  stage2: z.object({
    requestWindow: z.object({
      /** null: no limit on when stage 2 may be requested. */
      days: z.number().int().positive().max(365).nullable(),
      dayType: z.enum(['working', 'calendar']),
      /** Further days a late request may be allowed, case by case (WCH 5.3.1). */
      discretionaryExtensionDays: z.number().int().min(0).max(365).default(0),
      reasonsRequired: z.boolean(),
      source,
    }),
    acknowledge: z.object({ workingDays, source }),
    respond: z.object({ workingDays, countsFrom: z.enum(STAGE2_ANCHORS), source }),
    extension: z.object({ workingDays, source }),
  }),
  quickFix: z.object({
    /** The landlord's name for it: Quick Fix, grumble, customer concern, escalated service request. */
    name: z.string().trim().min(1).max(80),
    /** null: no fixed window ("put right straight away"). */
    respondWithinWorkingDays: workingDays.nullable(),
    /** Unresolved at the end of the window, it becomes a stage 1 complaint by itself (Greatwell 2.2). */
    autoEscalatesToStage1: z.boolean(),
    source,
    /**
     * When the policy sets no window, the date the tenant and staff are given all the same: a
     * promise with no date is no promise. A default the landlord should confirm, named as such in
     * its source; it never escalates a quick fix by itself.
     */
    defaultWindow: z.object({ workingDays, source }).optional(),
  }),
  /**
   * When the tenant is told a service request (Code 1.4) will be answered. Where the policy sets no
   * time, a default the landlord should confirm, named as such in its source.
   */
  serviceRequest: z
    .object({ respondWithinWorkingDays: workingDays, source })
    .default({ respondWithinWorkingDays: 10, source: [SERVICE_REQUEST_DEFAULT] }),
  healthAndSafetyScreening: z.object({
    /** Clock hours for a senior manager's risk screening; null: no screening step. */
    hours: z.number().int().positive().max(720).nullable(),
    source,
  }),
  awaabsLaw: z.object({
    /**
     * Whether the landlord is bound by Awaab's Law: social landlords in England only (Landlord and
     * Tenant Act 1985 s.10A). Explicit, because `nation` cannot tell: England and Wales share bank holidays.
     */
    applies: z.boolean(),
    phases: z.array(AwaabsLawPhaseSchema).max(10),
    /** Hazards the landlord chooses to treat as significant before the law reaches them. */
    extraHazards: z.object({ significant: hazards, source }),
    source,
  }),
  /**
   * What a contact is (Code 1). Each rule applies under every profile; `source` is where this
   * landlord's policy says so, or the Code clause it follows where the policy is silent.
   */
  categories: z.object({
    /** Whenever the tenant is unhappy they may choose a formal complaint, and get one when they ask. */
    complaintChoice: cited,
    /** A first request for action is recorded and routed, not a complaint. */
    serviceRequest: cited,
    /** Unhappy with our response to a service request: a complaint, and the request carries on. */
    serviceRequestDissatisfaction: cited,
    /** A first report of anti-social behaviour goes to the ASB policy. */
    asbReport: cited,
    /** Unhappy with how we handled an ASB case: a complaint. */
    asbHandling: cited,
    /** A health and safety matter is always a formal complaint, never a quick fix. */
    healthAndSafety: cited,
    /** Positive feedback is recorded and passed to the staff member. */
    compliment: cited,
    /** true: dissatisfaction in survey feedback is followed up, led by the customer, not logged at once. */
    surveyFeedback: z.object({ followUpFirst: z.boolean(), source }),
  }),
  /** Who is complaining, who it is about, and what staff must know about them; every rule applies. */
  people: z.object({
    vulnerability: cited,
    safeguarding: cited,
    /** A representative acts, and hears about the case, only with the resident's permission. */
    representatives: cited,
    /** Anonymous complaints are recorded and investigated, with no one to reply to. */
    anonymous: cited,
    /** Complaints about a member of staff are held with restricted access. */
    staffConduct: cited,
    /** Unreasonable or vexatious behaviour is never decided automatically. */
    unreasonableBehaviour: cited,
    /** A possible whistleblowing matter is signposted by a person. */
    whistleblowing: cited,
  }),
  /** The root causes a stage response records (Code 8.1–8.2); omitted, the defaults in triage/rootCauses.ts. */
  rootCauses: RootCausesSettingSchema,
});

export type PolicyProfile = z.infer<typeof PolicyProfileSchema>;
export type PolicyProfileInput = z.input<typeof PolicyProfileSchema>;

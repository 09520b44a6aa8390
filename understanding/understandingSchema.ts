import { z } from 'zod';
import { CATEGORIES, HAZARDS, SEVERITY_CUES } from '../triage/vocabulary';

const probability = z.number().min(0).max(1);

export const CategorySchema = z.enum(CATEGORIES);

export const DATE_PRECISIONS = ['day', 'week', 'month', 'season', 'year', 'approximate'] as const;

export const MentionedDateSchema = z.object({
  /** The words the date was read from, as the tenant wrote them. */
  text: z.string(),
  /** Start of the period meant, as an ISO 8601 timestamp; never later than `now`. */
  date: z.string().datetime({ offset: true }),
  /** "about 8 months ago", "last March": a month or a rough offset rather than a day. */
  approximate: z.boolean(),
  /** "since 2019", "for 3 weeks": the issue is still going on (Code 2.3 counts from the latest occurrence). */
  ongoing: z.boolean().optional(),
  /** How fine the words were: "on the 3rd" a day, "about August" a month, "since the summer" a season, "in 2022" a year, "about 8 months ago" approximate. */
  precision: z.enum(DATE_PRECISIONS).optional(),
  /** The last day the words allow ("in 2022" → 31 December 2022); the 12-month limit counts from it. */
  latest: z.string().datetime({ offset: true }).optional(),
});

export const HazardSuggestionSchema = z.object({
  hazard: z.enum(HAZARDS),
  /** Wording suggesting imminent risk (gas smell, live wires, ceiling coming down): a hint for the 24-hour clock. */
  emergency: z.boolean(),
  /** Who in the household makes it worse, when the text says so. */
  severityCues: z.array(z.enum(SEVERITY_CUES)),
  /** The words that raised it, so staff can see why. */
  evidence: z.string(),
});

export const SignalsSchema = z.object({
  legal_proceedings: z.boolean(),
  insurance_claim: z.boolean(),
  rent_or_service_charge_level: z.boolean(),
  third_party: z.boolean(),
  safeguarding_or_health_and_safety: z.boolean(),
  staff_conduct: z.boolean(),
  reported_before: z.boolean(),
});

/** What understanding suggests about one message. Suggestions only: the tenant and staff confirm, triage decides. */
export const UnderstandingSchema = z.object({
  category: CategorySchema,
  confidence: probability,
  runnerUp: z.object({ category: CategorySchema, confidence: probability }),
  signals: SignalsSchema,
  sentiment: z.object({
    unhappy: z.boolean(),
    /** -1 (very negative) … 1 (very positive). */
    score: z.number().min(-1).max(1),
    label: z.enum(['positive', 'neutral', 'negative', 'mixed']),
  }),
  dates: z.array(MentionedDateSchema),
  /** The issue happened more than 12 months before `now` and is not ongoing (Code 2.3). */
  older_than_12_months: z.boolean(),
  language: z.object({
    /** ISO 639-1, or "und" when nothing could be told. */
    code: z.string(),
    confidence: probability,
  }),
  redactedText: z.string(),
  hazards: z.array(HazardSuggestionSchema),
  source: z.enum(['embedded', 'azure']),
  /** Parts of the message not weighed (markup, code, JSON, words aimed at a machine), kept verbatim for staff to read. */
  setAside: z.array(z.string()).optional(),
});

export type Understanding = z.infer<typeof UnderstandingSchema>;
export type MentionedDate = z.infer<typeof MentionedDateSchema>;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type HazardSuggestion = z.infer<typeof HazardSuggestionSchema>;
export type Signals = z.infer<typeof SignalsSchema>;

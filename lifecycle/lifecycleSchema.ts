import { z } from 'zod';

/**
 * What staff record about a case after triage, stored in `cases.lifecycle`
 * (migrations/0003_staff.sql). Dates are London calendar dates, as every complaint clock is.
 */
const isoDate = z.iso.date();

export const CLOSE_OUTCOMES = ['upheld', 'partly_upheld', 'not_upheld'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/**
 * What an ombudsman found when the resident took the complaint to it (Code 8.1: the annual report
 * gives the Ombudsman's determinations). The most serious finding across the complaint's elements.
 */
export const OMBUDSMAN_FINDINGS = [
  'severe_maladministration',
  'maladministration',
  'service_failure',
  'reasonable_redress',
  'no_maladministration',
  'outside_jurisdiction',
] as const;
export type OmbudsmanFinding = (typeof OMBUDSMAN_FINDINGS)[number];

export const OmbudsmanDeterminationSchema = z.object({
  on: isoDate,
  finding: z.enum(OMBUDSMAN_FINDINGS),
  ombudsmanReference: z.string().optional(),
  /** What the ombudsman ordered or recommended, in its words. */
  orders: z.string().optional(),
  recordedOn: isoDate,
});

export const ExtensionSchema = z.object({
  to: isoDate,
  reason: z.string(),
  /** Beyond the profile's limit the resident must agree (Code 6.4–6.5). */
  residentAgreed: z.boolean(),
  beyondLimit: z.boolean(),
  recordedOn: isoDate,
});
export type Extension = z.infer<typeof ExtensionSchema>;

/** Code 6.9, 7: an action promised to put things right, who does it and by when; `doneOn` once done. */
export const RemedyActionSchema = z.object({ what: z.string(), owner: z.string(), due: isoDate, doneOn: isoDate.optional() });
export type RemedyAction = z.infer<typeof RemedyActionSchema>;

// Every field is optional: cases recorded before a field existed still read.
const StageRecordSchema = z.object({
  acknowledgedOn: isoDate.optional(),
  respondedOn: isoDate.optional(),
  /**
   * The days the acknowledgement and the response were entered, which may be later than the days
   * they are dated: timeliness is judged by the later of the two, so a backdated entry cannot turn
   * a late response into one on time (recordedLate).
   */
  acknowledgementRecordedOn: isoDate.optional(),
  responseRecordedOn: isoDate.optional(),
  extension: ExtensionSchema.optional(),
  outcome: z.enum(CLOSE_OUTCOMES).optional(),
  remedy: z.string().optional(),
  reasons: z.string().optional(),
  nextSteps: z.string().optional(),
  /** Code 7: the remedy as data, beside the free text. Compensation in whole pence. */
  apology: z.boolean().optional(),
  compensationPence: z.number().int().nonnegative().optional(),
  actions: z.array(RemedyActionSchema).optional(),
  /** Code 8.1–8.2: the profile's root-cause codes this response found. */
  rootCauses: z.array(z.string()).optional(),
  /** Who recorded the response and the closure (the staff actor id): stage 2 is considered by someone else (Code 6.13). */
  respondedBy: z.string().optional(),
  closedBy: z.string().optional(),
  /** Why the stage 2 decision was recorded by someone involved at stage 1, when it was. */
  sameHandlerReason: z.string().optional(),
  /** Why an upheld or partly upheld stage offers no remedy, when it does not (lifecycle/remedyWarning.ts). */
  noRemedyReason: z.string().optional(),
});

export const LifecycleSchema = z.object({
  reviewed: z.object({ by: z.string(), on: isoDate, how: z.enum(['approved', 'overridden']) }).optional(),
  /** `openedOn`: when a quick fix became a stage 1 complaint; its clocks count from then (Greatwell 2.2). */
  stage1: StageRecordSchema.extend({ openedOn: isoDate.optional() }).optional(),
  quickFix: z.object({ resolvedOn: isoDate.optional(), escalatedOn: isoDate.optional() }).optional(),
  stage2: StageRecordSchema.extend({ requestedOn: isoDate }).optional(),
  closed: z.object({ on: isoDate, stage: z.union([z.literal(0), z.literal(1), z.literal(2)]) }).optional(),
  /** The resident withdrew: the case is closed with no outcome, and counted apart from outcomes. */
  withdrawn: z.object({ on: isoDate, reason: z.string() }).optional(),
  ombudsmanDetermination: OmbudsmanDeterminationSchema.optional(),
  /** A duplicate merged into the case kept: closed with no outcome, counted apart (lifecycle/merge.ts). */
  mergedInto: z.object({ reference: z.string(), on: isoDate, reason: z.string().optional(), differentResident: z.boolean() }).optional(),
  /** The duplicates merged into this case, oldest first. */
  mergedFrom: z.array(z.object({ reference: z.string(), on: isoDate })).optional(),
  /** Each time the case was reopened, with the closure it undid; oldest first. */
  reopened: z
    .array(z.object({ on: isoDate, reason: z.string(), closedOn: isoDate, stage: z.union([z.literal(0), z.literal(1), z.literal(2)]), withdrawn: z.boolean() }))
    .optional(),
});
export type Lifecycle = z.infer<typeof LifecycleSchema>;
export type StageRecord = z.infer<typeof StageRecordSchema>;

/** Entered on a later day than the one it is dated: allowed, and shown as backdated. */
export const backdated = (on: string | undefined, recordedOn: string | undefined): boolean => on !== undefined && recordedOn !== undefined && recordedOn > on;

/** Whether a step was late against `due`: dated after it, or entered after it (a backdated entry counts by its entry day). */
export const recordedLate = (on: string, recordedOn: string | undefined, due: string): boolean => on > due || (recordedOn !== undefined && recordedOn > due);

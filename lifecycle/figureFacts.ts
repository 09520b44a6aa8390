// What a period's figures (staff/views/figures.ts) read of a case's decision and lifecycle, and
// nothing else: the dated events of each stage, what a response counted (its outcome, an apology,
// compensation, actions and whether each is done, root causes) and the steps that move the clocks.
// Free text and people (a remedy's words, reasons, who reviewed or responded, references) are left
// out, so cases the figures cannot tell apart keep the same facts, are one kind, and are read as one
// (store/queueColumns.ts keeps these on each case; migrations/0024_figures_facts.sql digests them).
import { z } from 'zod';
import { ExclusionSchema, TriageDecisionSchema, type TriageDecision } from '../triage/decisionSchema';
import { ExtensionSchema, LifecycleSchema, OmbudsmanDeterminationSchema, RemedyActionSchema } from './lifecycleSchema';

const { stage1, stage2, quickFix, closed, withdrawn, mergedInto } = LifecycleSchema.shape;

/** What the figures count of a stage's record (remedySummary too). */
const COUNTED = {
  acknowledgedOn: true,
  respondedOn: true,
  acknowledgementRecordedOn: true,
  responseRecordedOn: true,
  outcome: true,
  apology: true,
  compensationPence: true,
  rootCauses: true,
} as const;
const counted = {
  // An extension moves the deadline by its date, and counts by the day it was recorded (Code 6.4).
  extension: ExtensionSchema.pick({ to: true, recordedOn: true }).optional(),
  // Actions are counted promised and done.
  actions: z.array(RemedyActionSchema.pick({ doneOn: true })).optional(),
};

// zod drops every key a schema does not name: parsing a lifecycle with this one is the projection.
export const FigureLifecycleSchema = z.object({
  stage1: stage1.unwrap().pick({ ...COUNTED, openedOn: true }).extend(counted).optional(),
  stage2: stage2.unwrap().pick({ ...COUNTED, requestedOn: true }).extend(counted).optional(),
  quickFix,
  // Only that the case is closed: it decides whether a quick fix's escalation opened stage 1's clocks.
  closed: closed.unwrap().pick({ stage: true }).optional(),
  withdrawn: withdrawn.unwrap().pick({ on: true }).optional(),
  ombudsmanDetermination: OmbudsmanDeterminationSchema.pick({ on: true, finding: true }).optional(),
  mergedInto: mergedInto.unwrap().pick({ on: true }).optional(),
});
export type FigureLifecycle = z.infer<typeof FigureLifecycleSchema>;
export type FigureStageRecord = NonNullable<FigureLifecycle['stage1' | 'stage2']>;

export const FigureFactsSchema = z.object({
  /** The triage outcome, which decides the case's clocks. */
  decided: TriageDecisionSchema.shape.outcome,
  /** Triage offered a quick fix. */
  quickFix: z.boolean(),
  /** The rules a refusal gave (Code 8.1), without their words to the tenant. */
  refusedBy: z.array(ExclusionSchema.shape.rule),
  lifecycle: FigureLifecycleSchema,
});
export type FigureFacts = z.infer<typeof FigureFactsSchema>;

export function figureFacts(c: { decision: Pick<TriageDecision, 'outcome' | 'quickFix' | 'exclusions'>; lifecycle: unknown }): FigureFacts {
  return FigureFactsSchema.parse({
    decided: c.decision.outcome,
    quickFix: c.decision.quickFix !== undefined,
    refusedBy: c.decision.exclusions.map((x) => x.rule),
    lifecycle: c.lifecycle ?? {},
  });
}

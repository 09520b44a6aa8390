import { z } from 'zod';
import { calendarDay } from '../triage/dateBounds';
import { CATEGORIES } from '../triage/caseSchema';
import { ContactSchema } from '../triage/contactSchema';
import { EXCLUSION_RULES, OUTCOMES } from '../triage/decisionSchema';
import { CLOSE_OUTCOMES, OMBUDSMAN_FINDINGS } from './lifecycleSchema';
import { MAX_REMEDY_ACTIONS, REMEDY_FIELDS } from './remedySchemas';

/** The request bodies of the staff case actions: one schema each, validating, typing and documenting. */

const version = z
  .number({ error: 'version must be the case version you are looking at (a whole number)' })
  .int()
  .positive()
  .describe('The case version this change is based on; a stale version is refused with 409.');
const day = (what: string) => calendarDay(what);
const text = (what: string, min: number, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(min, { error: `${what} must say why, in at least ${min} characters` })
    .max(max, { error: `${what} must be at most ${max} characters` });
const label = (what: string) => text(what, 1, 100).optional();

/** What a stage response says in words (Code 6.9), as the response letter gives it. */
const SAID = {
  remedy: text('remedy', 1, 2000).optional(),
  /** Code 6.9: the reasons for the decision on each point, as the response letter gives them. */
  reasons: text('reasons', 1, 5000).optional(),
  /** Code 6.9: any outstanding actions, who will do them and by when. */
  nextSteps: text('nextSteps', 1, 2000).optional(),
};

/** The dates of a stage that staff record, and so may correct. */
export const CORRECTABLE_DATES = ['acknowledgement', 'response'] as const;

/** Outcomes a person may choose: "needs review" is what they are resolving. */
const DECIDED_OUTCOMES = OUTCOMES.filter((o) => o !== 'needs_review') as Exclude<(typeof OUTCOMES)[number], 'needs_review'>[];

export const ACTION_SCHEMAS = {
  approve: z.object({ version, serviceArea: label('serviceArea'), theme: label('theme') }),
  override: z
    .object({
      version,
      outcome: z.enum(DECIDED_OUTCOMES, { error: `outcome must be one of: ${DECIDED_OUTCOMES.join(', ')}` }).optional(),
      category: z.enum(CATEGORIES, { error: `category must be one of: ${CATEGORIES.join(', ')}` }).optional(),
      reason: text('reason', 5, 2000).describe('Why the decision is changed; kept in the audit trail for good.'),
      refusalReason: z
        .enum(EXCLUSION_RULES, { error: `refusalReason must be one of: ${EXCLUSION_RULES.join(', ')}` })
        .optional()
        .describe('Required when the outcome is not_accepted (Code 2.1–2.5, reported under Code 8.1).'),
      serviceArea: label('serviceArea'),
      theme: label('theme'),
    })
    .refine((b) => b.outcome !== undefined || b.category !== undefined, {
      error: 'give a new outcome or a new category (or both)',
      path: ['outcome'],
    })
    .refine((b) => b.outcome !== 'not_accepted' || b.refusalReason !== undefined, {
      error: 'a case that is not accepted needs a refusalReason (Code 2.4: the resident is told why)',
      path: ['refusalReason'],
    }),
  acknowledge: z.object({ version, on: day('on') }),
  // Code 6.9: the response may carry the remedy and root causes now, or the closure may.
  respond: z.object({ version, on: day('on'), ...SAID, ...REMEDY_FIELDS }),
  extend: z.object({
    version,
    to: day('to').describe('The new response date.'),
    reason: text('reason', 5, 2000),
    residentAgreed: z
      .boolean({ error: 'residentAgreed must be true or false' })
      .default(false)
      .describe("Needed beyond the profile's extension limit (Code 6.4–6.5)."),
  }),
  'resolve-quick-fix': z.object({ version, on: day('on') }),
  'escalate-quick-fix': z.object({ version, on: day('on') }),
  // Code 6.12: a resident must not be asked for reasons to escalate, so there is no reason field.
  'escalate-stage2': z.object({ version, requestedOn: day('requestedOn') }),
  close: z.object({
    version,
    outcome: z.enum(CLOSE_OUTCOMES, { error: `outcome must be one of: ${CLOSE_OUTCOMES.join(', ')}` }),
    ...SAID,
    ...REMEDY_FIELDS,
    on: day('on'),
  }),
  // A promised action done, on a closed case too: stage and number as the case shows them (1 first).
  'complete-remedy-action': z.object({
    version,
    stage: z.union([z.literal(1), z.literal(2)], { error: 'stage must be 1 or 2' }),
    action: z
      .number({ error: 'action must be the number of the action, 1 for the first' })
      .int({ error: 'action must be a whole number' })
      .min(1, { error: 'action must be the number of the action, 1 for the first' })
      .max(MAX_REMEDY_ACTIONS * 2, { error: 'there is no action with that number' }),
    on: day('on').describe('The day the action was done.'),
  }),
  withdraw: z.object({
    version,
    on: day('on').describe('The day the resident withdrew the complaint.'),
    reason: text('reason', 5, 2000).describe('What the resident said, or how they withdrew; kept in the audit trail.'),
  }),
  reopen: z.object({ version, on: day('on'), reason: text('reason', 5, 2000).describe('Why the closed case is reopened; kept in the audit trail.') }),
  // Code 1.3: once the resident's permission arrives, the representative may be told about the case.
  'consent-received': z.object({
    version,
    on: day('on').describe("The day the resident's permission arrived."),
    method: text('method', 1, 200).optional().describe('How it came: "signed form by post", "email from the resident".'),
  }),
  // A date entered wrongly is replaced, never rewritten silently: the old and new dates and the reason are audited.
  'correct-date': z.object({
    version,
    which: z.enum(CORRECTABLE_DATES, { error: `which must be one of: ${CORRECTABLE_DATES.join(', ')}` }).describe('The recorded date to correct, of the open or last stage.'),
    on: day('on').describe('The right date.'),
    reason: text('reason', 5, 2000),
  }),
  // Code 8.1: the Ombudsman's determinations go in the annual report, so they are recorded on the case.
  'record-ombudsman-determination': z.object({
    version,
    on: day('on').describe("The date of the ombudsman's determination."),
    finding: z
      .enum(OMBUDSMAN_FINDINGS, { error: `finding must be one of: ${OMBUDSMAN_FINDINGS.join(', ')}` })
      .describe('The most serious finding across the complaint’s elements.'),
    ombudsmanReference: text('ombudsmanReference', 1, 100).optional(),
    orders: text('orders', 1, 5000).optional().describe('What the ombudsman ordered or recommended.'),
  }),
  // The resident's contact as it now stands, replacing the one on the case: a field left out is cleared.
  'update-contact': ContactSchema.omit({ agreesToContact: true }).extend({ version }),
} as const;

/**
 * Marking a case restricted, or lifting it (Greatwell 3, 5.1): complaints managers only, so it is
 * not one of the case actions every caseworker may take. The reason is kept in the audit trail.
 */
export const RestrictionSchema = z.object({
  version,
  restricted: z.boolean({ error: 'restricted must be true (restrict the case) or false (lift the restriction)' }),
  reason: text('reason', 5, 2000).describe('Why access changes; kept in the audit trail for good.'),
});
export type RestrictionRequest = z.infer<typeof RestrictionSchema>;

/**
 * Merging this case, a duplicate, into the case that is kept (lifecycle/merge.ts). Cases of
 * different residents merge only when the officer confirms it with a reason.
 */
export const MergeSchema = z.object({
  version,
  into: z
    .string({ error: 'into must be the reference of the case to keep, e.g. CMP-2026-000012' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2,5}-\d{4}-\d{1,8}$/, { error: 'into must be a case reference, e.g. CMP-2026-000012' })
    .describe('The reference of the case that is kept.'),
  intoVersion: version.optional().describe('The kept case\'s version you read; left out, the kept case as it is now.'),
  reason: text('reason', 5, 2000).optional().describe('Why these are the same complaint; required when the residents differ.'),
  confirmDifferentResident: z.boolean({ error: 'confirmDifferentResident must be true or false' }).optional().describe('True to merge cases whose residents do not match (with a reason).'),
});
export type MergeRequest = z.infer<typeof MergeSchema>;

export type ActionName = keyof typeof ACTION_SCHEMAS;
export const ACTION_NAMES = Object.keys(ACTION_SCHEMAS) as ActionName[];
export type ActionBody<K extends ActionName> = z.infer<(typeof ACTION_SCHEMAS)[K]>;
export type ActionInput = { [K in ActionName]: { action: K; body: ActionBody<K> } }[ActionName];

export function isActionName(name: string): name is ActionName {
  return Object.prototype.hasOwnProperty.call(ACTION_SCHEMAS, name);
}

// What a stage response records beyond its date (Code 6.9, 7, 8): the remedy as data and the root
// causes, as request fields shared by `respond` and `close`.
import { z } from 'zod';
import { calendarDay } from '../triage/dateBounds';

export const MAX_REMEDY_ACTIONS = 20;
export const MAX_COMPENSATION_POUNDS = 100_000;
const POUNDS = /^£?(\d{1,9})(?:\.(\d{1,2}))?$/;
const COMPENSATION_HELP = `compensation must be an amount in pounds from 0 to ${MAX_COMPENSATION_POUNDS.toLocaleString('en-GB')}, with at most two decimal places, like 150 or 150.00`;

/** Pounds as a person writes them ("150", "£150.50", 150.5) to whole pence; anything else is refused with the format. */
export const compensation = z
  .union([z.number(), z.string()], { error: COMPENSATION_HELP })
  .transform((v, ctx) => {
    const text = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v.trim().replace(/,/g, '');
    const match = POUNDS.exec(text);
    const pence = match ? Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0')) : NaN;
    if (!(pence >= 0 && pence <= MAX_COMPENSATION_POUNDS * 100)) {
      ctx.addIssue({ code: 'custom', message: `${COMPENSATION_HELP}; "${String(v).slice(0, 20)}" is not` });
      return z.NEVER;
    }
    return pence;
  })
  .describe('Compensation offered, in pounds ("150.00"); stored in pence.');

const short = (what: string, max: number) =>
  z.string({ error: `${what} must be text` }).trim().min(1, { error: `${what} must not be empty` }).max(max, { error: `${what} must be at most ${max} characters` });

export const RemedyActionRequestSchema = z.object({
  what: short('what (the action)', 500),
  owner: short('owner (who will do it)', 120),
  due: calendarDay('due'),
});

const rootCauseCode = z.string({ error: 'each root cause must be a code from the profile' }).trim().min(1).max(40);

/** The remedy and root-cause fields `respond` and `close` both take; each optional. */
export const REMEDY_FIELDS = {
  /** Code 7.1: an apology is part of putting things right. */
  apology: z.boolean({ error: 'apology must be true or false' }).optional(),
  compensation: compensation.optional(),
  /** Code 6.9: outstanding actions, who will do them and by when. */
  actions: z
    .array(RemedyActionRequestSchema, { error: 'actions must be a list of { what, owner, due }' })
    .max(MAX_REMEDY_ACTIONS, { error: `at most ${MAX_REMEDY_ACTIONS} actions` })
    .optional(),
  /** Code 8.1–8.2: one or more of the case profile's root-cause codes. */
  rootCauses: z
    .array(rootCauseCode, { error: "rootCauses must be a list of the profile's root-cause codes" })
    .min(1, { error: 'rootCauses must name at least one root cause, or be left out' })
    .max(20)
    .optional(),
  /** Code 6.13: given when the person recording stage 2 also recorded stage 1, and why that is so. */
  sameHandlerReason: z
    .string({ error: 'sameHandlerReason must be text' })
    .trim()
    .min(10, { error: 'sameHandlerReason must say why, in at least 10 characters' })
    .refine((v) => (v.match(/\p{L}/gu)?.length ?? 0) >= 5, { error: 'sameHandlerReason must say why in words, not only punctuation or digits' })
    .max(2000, { error: 'sameHandlerReason must be at most 2000 characters' })
    .optional(),
  /**
   * Code 7.1; BCHG 8.1–8.2: why an upheld or partly upheld complaint offers no apology, compensation or
   * action, which answers the warning; only spaces is no reason, so the warning stays.
   */
  noRemedyReason: z
    .string({ error: 'noRemedyReason must be text' })
    .trim()
    .max(2000, { error: 'noRemedyReason must be at most 2000 characters' })
    .transform((v) => (v === '' ? undefined : v))
    .optional()
    .describe('Why no remedy is offered for an upheld or partly upheld complaint; without it, or a remedy, the answer warns.'),
};
export type RemedyRequest = { [K in keyof typeof REMEDY_FIELDS]?: z.infer<(typeof REMEDY_FIELDS)[K]> };

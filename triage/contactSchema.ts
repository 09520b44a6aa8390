import { z } from 'zod';
import { isValid as isValidPostcode, toNormalised } from 'postcode';

/**
 * How to reach the resident, and how they need us to communicate. Kept in the case's JSON, so
 * every field is optional: old cases, with only name/email/phone, stay valid.
 */

const text = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(max, { error: `${what} must be at most ${max} characters` });

export const CONTACT_METHODS = ['email', 'phone', 'letter', 'webchat', 'text', 'in_person'] as const;

/** The reasonable adjustments a landlord is asked for most; anything else is `other` with words. */
export const ADJUSTMENT_KINDS = [
  'large_print', 'braille', 'easy_read', 'bsl', 'email_only', 'text_only', 'phone_only', 'interpreter', 'other',
] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export const AdjustmentSchema = z
  .object({
    kind: z.enum(ADJUSTMENT_KINDS, { error: `contact.adjustments[].kind must be one of: ${ADJUSTMENT_KINDS.join(', ')}` }),
    /** The resident's own words: which language, what font size, who to call. */
    details: text('contact.adjustments[].details', 300).optional(),
  })
  .refine((a) => a.kind !== 'other' || a.details !== undefined, { error: 'an "other" adjustment must say what it is in details', path: ['details'] });
export type Adjustment = z.infer<typeof AdjustmentSchema>;

export const ContactSchema = z.object({
  name: text('contact.name', 200).optional(),
  email: z.email({ error: 'contact.email must be an email address' }).max(254).optional(),
  phone: text('contact.phone', 40).optional(),
  /** The postal address without the postcode, one line each. */
  address: z.array(text('contact.address[]', 100)).min(1, { error: 'contact.address needs at least one line' }).max(6, { error: 'contact.address must have at most 6 lines' }).optional(),
  postcode: z
    .string({ error: 'contact.postcode must be text' })
    .refine((p) => isValidPostcode(p), { error: 'contact.postcode must be a UK postcode, such as "SW1A 1AA"' })
    .transform((p) => toNormalised(p) ?? p)
    .optional(),
  /** ISO 639 code of the resident's language; `cy` for Welsh. Absent means English (`en`), as for every older case. */
  language: z
    .string({ error: 'contact.language must be a language code such as "en" or "cy"' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, { error: 'contact.language must be a two- or three-letter ISO language code such as "en" or "cy"' })
    .optional(),
  preferredMethod: z.enum(CONTACT_METHODS, { error: `contact.preferredMethod must be one of: ${CONTACT_METHODS.join(', ')}` }).optional(),
  agreesToContact: z.boolean().optional(),
  adjustments: z.array(AdjustmentSchema).max(20, { error: 'contact.adjustments must list at most 20' }).optional(),
});
export type Contact = z.infer<typeof ContactSchema>;


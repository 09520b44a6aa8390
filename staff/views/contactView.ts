// The resident's contact as staff see it: who, where, how to reach them and what they need,
// with the free-text adjustments of older cases (`vulnerability.adjustments`) kept readable.
import type { StructuredCase } from '../../triage/caseSchema';
import type { AdjustmentKind } from '../../triage/contactSchema';

export const ADJUSTMENT_WORDS: Record<AdjustmentKind, string> = {
  large_print: 'Large print (18 pt and above)',
  braille: 'Braille',
  easy_read: 'Easy read',
  bsl: 'British Sign Language interpreter',
  email_only: 'Email only',
  text_only: 'Text messages only',
  phone_only: 'Phone only',
  interpreter: 'Interpreter',
  other: 'Other',
};

export interface AdjustmentLine {
  kind: AdjustmentKind;
  details: string | null;
  /** "Large print (18 pt and above): at least 20 pt" — for the page. */
  text: string;
}

export function contactView(c: StructuredCase) {
  const contact = c.contact ?? {};
  const line = (kind: AdjustmentKind, details: string | undefined): AdjustmentLine => ({
    kind,
    details: details ?? null,
    text: kind === 'other' && details ? details : details ? `${ADJUSTMENT_WORDS[kind]}: ${details}` : ADJUSTMENT_WORDS[kind],
  });
  return {
    name: contact.name ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    address: contact.address ?? [],
    postcode: contact.postcode ?? null,
    preferredMethod: contact.preferredMethod ?? null,
    language: contact.language ?? 'en',
    adjustments: [
      ...(contact.adjustments ?? []).map((a) => line(a.kind, a.details)),
      // Older cases kept adjustments as words only; they are shown as they were written.
      ...(c.vulnerability?.adjustments ?? []).map((words) => line('other', words)),
    ],
  };
}
export type ContactView = ReturnType<typeof contactView>;

/**
 * Letters to this resident must be in large print (18 pt and above): asked for as an adjustment,
 * or written so in an older case's free-text adjustments ("Large print (18pt) letters").
 */
export function needsLargePrint(c: StructuredCase): boolean {
  return (c.contact?.adjustments ?? []).some((a) => a.kind === 'large_print') || (c.vulnerability?.adjustments ?? []).some((words) => /large[\s-]*print/i.test(words));
}

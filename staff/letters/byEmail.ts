// Whether a letter may go to the resident by email, from their contact. Pure. A letter goes to the
// contact's email address only (never an address typed at sending time); a resident who asked for
// post, or to be reached only by phone or text, is not emailed. Large print and other adjustments
// do not stop an email: the PDF attached is set as the letter is.
import type { StructuredCase } from '../../triage/caseSchema';
import { ContactSchema } from '../../triage/contactSchema';
import { contactView } from '../views/contactView';
import type { LetterKind } from '../views/letters';

// An older case's or an "other" adjustment in the resident's words asking for paper only.
const POST_ONLY_WORDS = /\b(?:by post|post|paper|letters?)\s+only\b|\bno e-?mails?\b|\bnot (?:by )?e-?mail\b/i;
const NOT_BY_EMAIL = new Set(['phone_only', 'text_only']);

/** Why this letter cannot be emailed to this resident, in words for staff; null when it can. */
export function whyNotByEmail(kind: LetterKind, reference: string, c: StructuredCase): string | null {
  if (kind === 'consent-request') return `The consent request goes to the representative, whose email we do not hold: print it and post it.`;
  const contact = contactView(c);
  if (!contact.email) return `Case ${reference} has no email address for the resident: add one with "Change the resident's contact", or print the letter and post it.`;
  // Checked again here: a value from before the contact was checked could carry a second address or a header.
  if (!ContactSchema.shape.email.safeParse(contact.email).success) return `The email address on case ${reference} is not one valid address: correct it with "Change the resident's contact" before emailing.`;
  if (contact.adjustments.some((a) => a.kind === 'email_only')) return null;
  const refusing = contact.adjustments.find((a) => NOT_BY_EMAIL.has(a.kind) || POST_ONLY_WORDS.test(a.text));
  if (refusing) return `The resident asked for "${refusing.text}": do not email this letter; reach them the way they asked.`;
  if (contact.preferredMethod === 'letter') return 'The resident prefers letters by post: print this letter and post it, or change their preferred method if they now want email.';
  return null;
}

// What a search box query asks for, pure: the same words are tried as a reference, an email, a phone
// number, a postcode or its outward code, and words in the names and summary, and a case matching
// any of them is found.
import { z } from 'zod';

export const SearchQuerySchema = z.object({
  q: z
    .string({ error: 'q must be what to look for: a reference, name, email, phone number, postcode or words' })
    .trim()
    .min(2, { error: 'q must be at least 2 characters: a reference, name, email, phone number, postcode or words' })
    .max(200, { error: 'q must be at most 200 characters' }),
  page: z.coerce.number({ error: 'page must be a whole number from 1' }).int().min(1).default(1),
  pageSize: z.coerce.number({ error: 'pageSize must be a whole number from 1 to 100' }).int().min(1).max(100).default(25),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

export interface SearchTerms {
  /** The words, for full-text search over names and summary. */
  words: string;
  /** Upper-cased, when the query could begin a reference ("cmp-2026-00", "sr-2026"). */
  referencePrefix?: string;
  /** Lower-cased, when the query holds an @. */
  emailPrefix?: string;
  /** Digits with +44 written as 0, when the query is a phone number of 6 digits or more. */
  phonePrefix?: string;
  /** Upper-cased without spaces, when the query is a whole UK postcode however spaced ("LS61AA"). */
  postcode?: string;
  /** Upper-cased, when the query is an outward code alone ("LS6"): every postcode of that district. */
  outwardCode?: string;
}

const REFERENCE_START = /^[A-Z]{2,3}-\d[\d-]*$/;
const PHONE = /^\+?[\d\s().-]+$/;
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
const OUTWARD_CODE = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/** The same normalising as migrations/0014's search_phone column, so the two always agree. */
export const phoneDigits = (phone: string) => phone.replace(/\D/g, '').replace(/^44/, '0');

export function searchTerms(q: string): SearchTerms {
  const text = q.trim();
  const upper = text.toUpperCase();
  const digits = phoneDigits(text);
  const postcode = POSTCODE.exec(upper);
  return {
    words: text,
    ...(REFERENCE_START.test(upper) ? { referencePrefix: upper } : {}),
    ...(text.includes('@') ? { emailPrefix: text.toLowerCase() } : {}),
    ...(PHONE.test(text) && digits.length >= 6 ? { phonePrefix: digits } : {}),
    ...(postcode ? { postcode: `${postcode[1]}${postcode[2]}` } : {}),
    ...(OUTWARD_CODE.test(upper) ? { outwardCode: upper } : {}),
  };
}

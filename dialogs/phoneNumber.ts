// Reads a UK phone number as a tenant types it. libphonenumber's allocation data lags Ofcom's
// (it refuses real mobiles such as 07911 654321 and Ofcom's drama range 07700 900xxx), so a number
// in the shape of a UK geographic, mobile or non-geographic number is accepted too: refusing a
// tenant's real number costs more than accepting one that was mistyped.
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneCheck =
  | { ok: true; number: string; asTyped: string }
  | { ok: false; problem: 'not_digits' | 'not_uk' | 'too_short' | 'too_long' };

// National significant numbers: 01/02/03 geographic and non-geographic, 07 mobile, 08 special rate.
const UK_SHAPE = /^(?:[1-3]\d{8,9}|7\d{9}|8\d{8,9})$/;
const NATIONAL_LENGTH = 10;

// The number inside an answer such as "call me on 07911 654321 after 5".
const NUMBER_RUN = /(?:\+|\()?\d[\d\s()\-.]*\d/g;

export function checkUkPhone(input: string): PhoneCheck {
  const runs = input.match(NUMBER_RUN) ?? [];
  const typed = runs.reduce((longest, run) => (run.length > longest.length ? run : longest), '').trim();
  if (typed.replace(/\D/g, '').length < 3) return { ok: false, problem: 'not_digits' };
  const parsed = parsePhoneNumberFromString(typed, 'GB');
  if (parsed && parsed.countryCallingCode !== '44') return { ok: false, problem: 'not_uk' };
  const national = parsed?.nationalNumber.replace(/^0+/, '') ?? typed.replace(/\D/g, '').replace(/^0+/, '');
  if (parsed?.isValid() || UK_SHAPE.test(national)) return { ok: true, number: `+44${national}`, asTyped: typed };
  return { ok: false, problem: national.length < NATIONAL_LENGTH - 1 ? 'too_short' : national.length > NATIONAL_LENGTH ? 'too_long' : 'not_uk' };
}

import { findPhoneNumbersInText } from 'libphonenumber-js';
import { isValid as isValidPostcode } from 'postcode';

// A redacted copy for logs and for anything that leaves the database. Each finder returns spans
// rather than replacing in place, so overlapping finds (a phone number inside an account number)
// are merged and the text is rewritten once.

interface Span {
  start: number;
  end: number;
  tag: string;
}

function spans(text: string, pattern: RegExp, tag: string, accept: (m: RegExpExecArray) => boolean = () => true, group = 0): Span[] {
  const found: Span[] = [];
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    if (!accept(m)) continue;
    const start = m.index! + (group ? m[0].indexOf(m[group]) : 0);
    found.push({ start, end: start + m[group].length, tag });
  }
  return found;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

// UK numbers as tenants type them (07…, 01…, 02…, +44 …, 0044 …), including Ofcom's drama ranges
// that libphonenumber rejects as unallocated; libphonenumber adds the international ones.
const UK_PHONE = /(?<![\d+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|0)\d(?:[\s-]?\d){8,9}(?!\d)/g;

function phones(text: string): Span[] {
  const found = findPhoneNumbersInText(text, { defaultCountry: 'GB' }).map((p) => ({ start: p.startsAt, end: p.endsAt, tag: '[PHONE]' }));
  return [...found, ...spans(text, UK_PHONE, '[PHONE]')];
}

// Postcode shapes, confirmed by the `postcode` package so "AB12 3CD"-like noise is kept only when valid.
const POSTCODE_SHAPE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;

// HMRC NIM39110: no D, F, I, Q, U or V in either prefix letter, no O second, and BG, GB, KN, NK,
// NT, TN, ZZ are never issued; six digits; suffix A–D (often left off).
const NI_NUMBER = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]?\b/gi;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  const rearranged = s.slice(4) + s.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of v) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function bankDetails(text: string): Span[] {
  return [
    ...spans(text, /\b\d{2}[-\s]\d{2}[-\s]\d{2}\b(?![-\s/]\d)/g, '[BANK_DETAILS]'), // sort code 12-34-56
    ...spans(text, /\bsort\s*code\W{0,3}(\d{6})\b/gi, '[BANK_DETAILS]', () => true, 1),
    ...spans(text, /\b(?:account|acc|a\/c)(?:\s*(?:no|number|num))?\.?\W{0,3}(\d{6,10})\b/gi, '[BANK_DETAILS]', () => true, 1),
    ...spans(text, /(?<!\d)\d{8}(?!\d)/g, '[BANK_DETAILS]'), // a bare 8-digit run is a UK account number more often than not
    ...spans(text, /\b(?:\d[ -]?){12,18}\d\b/g, '[BANK_DETAILS]', (m) => luhn(m[0].replace(/\D/g, ''))),
    ...spans(text, /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/g, '[BANK_DETAILS]', (m) => ibanValid(m[0])),
  ];
}

const NAME = "[A-Z][a-z'’-]+";
function names(text: string): Span[] {
  return [
    // Titles: "Mrs Jean Hughes", "Mr Kowalski", "Cllr Rahman"
    ...spans(text, new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Sir|Dame)\\.?\\s+(${NAME}(?:\\s+${NAME}){0,2})`, 'g'), '[NAME]', () => true, 1),
    // "my name is Jo Bloggs", "I'm called Jo", "this is Jo Bloggs"
    ...spans(text, new RegExp(`\\b(?:[Mm]y name is|[Mm]y name's|[Ii]'?m called|[Nn]ame:)\\s+([A-Za-z][a-z'’-]+(?:\\s+${NAME}){0,2})`, 'g'), '[NAME]', () => true, 1),
    // Sign-offs: "Regards, Jo Bloggs" at the end of a message
    ...spans(text, new RegExp(`\\b(?:[Rr]egards|[Tt]hanks|[Tt]hank you|[Cc]heers|[Ss]incerely|[Ff]aithfully|[Ff]rom|[Mm]any thanks),?\\s*\\n?\\s*(${NAME}(?:\\s+${NAME}){0,2})\\s*\\.?\\s*$`, 'g'), '[NAME]', () => true, 1),
  ];
}

// House-number-and-street addresses: "22 Brook Street", "Flat 4, 12 Church Lane".
const STREET = /\b(?:flat\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Court|Ct|Drive|Dr|Way|Place|Crescent|Grove|Gardens|Terrace|Walk|Hill|Row|Square|Mews|House|Tower|Green|Park|View|Rise)\b/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The exact name and address strings the conversation collected, however spaced or cased. */
function known(text: string, knownPii: readonly string[]): Span[] {
  return knownPii
    .map((p) => p.trim())
    .filter((p) => p.length >= 2)
    .flatMap((p) => spans(text, new RegExp(escapeRegExp(p).replace(/\s+/g, '\\s+'), 'giu'), '[REDACTED]'));
}

/**
 * A copy of `text` with names (where detectable), phone numbers, emails, UK postcodes, National
 * Insurance numbers, bank details and every `knownPii` string replaced by a tag such as [PHONE].
 */
export function redact(text: string, knownPii: readonly string[] = []): string {
  const all = [
    ...known(text, knownPii),
    ...spans(text, EMAIL, '[EMAIL]'),
    ...spans(text, POSTCODE_SHAPE, '[POSTCODE]', (m) => isValidPostcode(m[0])),
    ...spans(text, NI_NUMBER, '[NI_NUMBER]'),
    ...bankDetails(text),
    ...phones(text),
    ...spans(text, STREET, '[ADDRESS]'),
    ...names(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of all) {
    if (s.end <= at) continue; // inside a span already replaced
    out += text.slice(at, Math.max(at, s.start)) + (s.start >= at ? s.tag : '');
    at = s.end;
  }
  return out + text.slice(at);
}

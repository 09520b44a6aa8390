// A home address in the tenant's own words: a UK postcode (checked with the `postcode` package,
// so "LS9 8AB" counts and "AB12 CDE" does not) and the street line before it ("Flat 2, 14 Park
// Road"). Pure; the words are kept as written, never rewritten.
import { isValid as isValidPostcode, toNormalised } from 'postcode';

const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
// Capitals matter: "45 Wentworth Court" is an address, "81 and cannot walk" is not.
const either = (w: string) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
const STREET_WORDS = `(?:${['road', 'rd', 'street', 'st', 'avenue', 'ave', 'lane', 'close', 'court', 'crescent', 'drive', 'grove', 'gardens', 'place', 'row', 'square', 'terrace', 'walk', 'way', 'hill', 'mews', 'rise', 'view', 'parade', 'cilgant'].map(either).join('|')})`;
// "Flat 3, 22 Larch Court, Manchester": an optional flat, a number, one to three words, a street word
// (in Welsh the street word comes first: "9 Heol y Felin"), then towns.
const STREET = new RegExp(
  String.raw`\b(?:(?:[Ff]lat|[Aa]partment|[Ff]flat)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:(?:(?:[A-Z][\p{L}'-]*|y)\s+){1,3}${STREET_WORDS}|(?:Heol|Stryd|Ffordd|Lôn)\s+(?:yr?\s+)?[A-Z][\p{L}'-]+)\b(?:,\s*(?![A-Z]{1,2}\d)[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?){0,2}`,
  'u',
);

/** The first valid UK postcode in the text, in its standard form ("LS9 8AB"). */
export function postcodeIn(text: string): string | undefined {
  for (const m of text.matchAll(POSTCODE)) {
    if (isValidPostcode(m[0])) return toNormalised(m[0]) ?? m[0];
  }
  return undefined;
}

/** The home address the words give: the street line, with the postcode when it follows. */
export function homeAddressIn(text: string): string | undefined {
  const street = STREET.exec(text);
  const postcode = postcodeIn(text);
  if (!street) return undefined;
  const after = text.slice(street.index + street[0].length, street.index + street[0].length + 12);
  const trailing = postcode && new RegExp(String.raw`^[,\s]*${postcode.replace(' ', String.raw`\s*`)}`, 'i').test(after) ? `, ${postcode}` : '';
  return `${street[0].trim()}${trailing}`;
}

/** An address as typed, as the case's contact holds it: lines without the postcode, and the postcode. */
export function addressParts(typed: string): { lines: string[]; postcode?: string } {
  const postcode = postcodeIn(typed);
  const withoutPostcode = postcode ? typed.replace(new RegExp(postcode.replace(' ', String.raw`\s*`), 'i'), '') : typed;
  const lines = withoutPostcode
    .split(/[,\n]+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 6)
    .map((l) => l.slice(0, 100));
  return { lines, ...(postcode ? { postcode } : {}) };
}

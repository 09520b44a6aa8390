// Welsh dates in the English words the date rules read: "3 wythnos yn ôl" → "3 weeks ago",
// "ers mis Mawrth" → "since March", "y llynedd" → "last year". Welsh mutates the first letter
// after some words ("tair blynedd", "dwy flynedd", "pum mlynedd"; "ym Mawrth", "fis Mawrth"),
// so each word is listed in the forms tenants write, with and without accents.

const COUNTS: Record<string, string> = {
  un: '1', dau: '2', dwy: '2', tri: '3', tair: '3', pedwar: '4', pedair: '4', pump: '5', pum: '5',
  chwech: '6', chwe: '6', saith: '7', wyth: '8', naw: '9', deg: '10', deuddeg: '12', 'ychydig o': 'a few', cwpl: 'a couple of', 'cwpl o': 'a couple of',
};
const MONTHS: Record<string, string> = {
  ionawr: 'January', chwefror: 'February', mawrth: 'March', fawrth: 'March', ebrill: 'April', mai: 'May', fai: 'May',
  mehefin: 'June', fehefin: 'June', gorffennaf: 'July', awst: 'August', medi: 'September', fedi: 'September',
  hydref: 'October', tachwedd: 'November', dachwedd: 'November', rhagfyr: 'December',
};
const MONTH_WORD = Object.keys(MONTHS).join('|');
const COUNT_WORD = `\\d{1,3}|${Object.keys(COUNTS).sort((a, b) => b.length - a.length).join('|')}`;
// Each unit in the forms Welsh writes it after a number, and its English.
const UNITS: Record<string, string> = {
  diwrnod: 'days', niwrnod: 'days', ddiwrnod: 'days', diwrnodau: 'days',
  wythnos: 'weeks', wythnosau: 'weeks', pythefnos: 'fortnight', bythefnos: 'fortnight',
  mis: 'months', fis: 'months', misoedd: 'months',
  blwyddyn: 'years', flwyddyn: 'years', blynedd: 'years', flynedd: 'years', mlynedd: 'years',
};
const UNIT_WORD = Object.keys(UNITS).join('|');
const unitInEnglish = (unit: string): string => UNITS[unit.toLowerCase()];

const DAYS: Record<string, string> = {
  llun: 'Monday', mawrth: 'Tuesday', mercher: 'Wednesday', iau: 'Thursday', gwener: 'Friday', sadwrn: 'Saturday', sul: 'Sunday',
};

const RULES: Array<[RegExp, (...m: string[]) => string]> = [
  // "dydd Mawrth" is Tuesday, not March: days first. "ddydd" after a preposition, mutated.
  [new RegExp(`\\b(?:dydd|ddydd)\\s+(${Object.keys(DAYS).join('|')})\\b`, 'giu'), (_, d) => DAYS[d.toLowerCase()]],
  // "3 Tachwedd", "3 Tachwedd 2026"
  [new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_WORD})\\b`, 'giu'), (_, day, m) => `${day} ${MONTHS[m.toLowerCase()]}`],
  // "3 wythnos yn ôl", "tair blynedd yn ol"
  [new RegExp(`\\b(${COUNT_WORD})\\s+(${UNIT_WORD})\\s+yn\\s+[oô]l\\b`, 'giu'), (_, n, u) => `${COUNTS[n.toLowerCase()] ?? n} ${unitInEnglish(u)} ago`],
  // "ers tair wythnos" (for three weeks, still going on)
  [new RegExp(`\\bers\\s+(${COUNT_WORD})\\s+(${UNIT_WORD})\\b`, 'giu'), (_, n, u) => `for ${COUNTS[n.toLowerCase()] ?? n} ${unitInEnglish(u)}`],
  // "ers mis Mawrth", "ym mis Mawrth", "fis Mawrth diwethaf"
  [new RegExp(`\\b(ers|ym|yn)?\\s*(?:mis|fis)\\s+(${MONTH_WORD})(\\s+diwethaf|\\s+d[ei]wetha)?\\b`, 'giu'), (_, pre, m, last) => `${pre?.toLowerCase() === 'ers' ? 'since ' : ''}${last ? 'last ' : ''}${MONTHS[m.toLowerCase()]}`],
  [/\b(?:yr?\s+)?wythnos\s+(?:diwethaf|dwetha)\b/giu, () => 'last week'],
  [/\b(?:y\s+)?mis\s+(?:diwethaf|dwetha)\b/giu, () => 'last month'],
  [/\b(?:y\s+)?llynedd\b/giu, () => 'last year'],
  [/\bddoe\b/giu, () => 'yesterday'],
  [/\bheddiw\b/giu, () => 'today'],
];

const LOOKS_WELSH_DATE = new RegExp(`\\b(?:yn\\s+[oô]l|ers|llynedd|ddoe|heddiw|diwethaf|dwetha|d?dydd|${MONTH_WORD})\\b`, 'iu');

/** The text with its Welsh date expressions rewritten in English; other text unchanged. */
export function welshDatesInEnglish(text: string): string {
  if (!LOOKS_WELSH_DATE.test(text)) return text;
  return RULES.reduce((t, [pattern, english]) => t.replace(pattern, english as (...m: string[]) => string), text);
}

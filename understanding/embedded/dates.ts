import * as chrono from 'chrono-node';
import { DateTime, type DurationLikeObject } from 'luxon';
import type { MentionedDate } from '../understandingSchema';

// Dates tenants mention, resolved against `now` in UK time. Every date here is about the past: a
// tenant telling us what happened. chrono-node reads "last March" as next March and returns
// nothing for "since Christmas", so the relative forms tenants use are read by our own patterns
// first; chrono only reads explicit dates ("12/03/2024", "5th of June") in what is left, and any
// date still in the future is moved back a year or dropped.

const ZONE = 'Europe/London';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')}|sept)`;
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  'a couple of': 2, 'a few': 3, several: 3, eighteen: 18,
};
const COUNT = `(\\d{1,3}|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)`;
const UNIT = '(day|week|fortnight|month|year)s?';
const ROUGH = '(?:(about|around|roughly|approximately|approx|nearly|almost|over|more than|at least|some|like|maybe|probably)\\s+)?';
// Things that happen once a year and that tenants date by.
const OCCASIONS: Record<string, { month: number; day: number }> = {
  christmas: { month: 12, day: 25 }, xmas: { month: 12, day: 25 }, 'new year': { month: 1, day: 1 }, 'bonfire night': { month: 11, day: 5 },
  summer: { month: 6, day: 1 }, spring: { month: 3, day: 1 }, autumn: { month: 9, day: 1 }, winter: { month: 12, day: 1 },
};
const OCCASION = `(${Object.keys(OCCASIONS).join('|')})`;

interface Found {
  start: number;
  end: number;
  date: DateTime;
  approximate: boolean;
  ongoing: boolean;
}

function count(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()] ?? 1;
}

function minus(now: DateTime, n: number, unit: string): DateTime {
  const key = unit.toLowerCase() === 'fortnight' ? 'weeks' : `${unit.toLowerCase()}s`;
  const amount = unit.toLowerCase() === 'fortnight' ? 2 * n : n;
  return now.minus({ [key]: amount } as DurationLikeObject);
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w)) + 1;
}

/** The most recent 1st of `month` not after now; `strictlyBefore` skips the current month ("last March" in March). */
function latestMonth(now: DateTime, month: number, strictlyBefore = false): DateTime {
  let d = now.set({ month, day: 1 }).startOf('day');
  if (d > now || (strictlyBefore && d.month === now.month && d.year === now.year)) d = d.minus({ years: 1 });
  return d;
}

function latestOccasion(now: DateTime, name: string, strictlyBefore = false): DateTime {
  const { month, day } = OCCASIONS[name.toLowerCase()];
  let d = now.set({ month, day }).startOf('day');
  if (d > now || (strictlyBefore && now.diff(d, 'months').months < 1)) d = d.minus({ years: 1 });
  return d;
}

type Rule = [RegExp, (m: RegExpExecArray, now: DateTime) => Omit<Found, 'start' | 'end'> | undefined];

const RULES: Rule[] = [
  // "for 3 weeks", "for the past two years", "for over a month": it started then and is still going on.
  [new RegExp(`\\bfor\\s+(?:the\\s+(?:past|last)\\s+)?${ROUGH}${COUNT}\\s+${UNIT}`, 'gi'),
    (m, now) => ({ date: minus(now, count(m[2]), m[3]), approximate: !!m[1] || !/^day|week/i.test(m[3]), ongoing: true })],
  // "about 8 months ago", "two weeks ago", "a year ago"
  [new RegExp(`\\b${ROUGH}${COUNT}\\s+${UNIT}\\s+ago\\b`, 'gi'),
    (m, now) => ({ date: minus(now, count(m[2]), m[3]), approximate: !!m[1] || /month|year/i.test(m[3]), ongoing: false })],
  // "since 2019", "since March 2024", "since March", "since Christmas", "since last summer", "since the 3rd"
  [new RegExp(`\\bsince\\s+(?:(?:last|the)\\s+)?(?:(\\d{4})|${MONTH}(?:\\s+(\\d{4}))?|${OCCASION}(?:\\s+(\\d{4}))?)\\b`, 'gi'),
    (m, now) => {
      if (m[1]) return { date: now.set({ year: Number(m[1]), month: 1, day: 1 }).startOf('day'), approximate: true, ongoing: true };
      if (m[2]) {
        const d = m[3] ? now.set({ year: Number(m[3]), month: monthIndex(m[2]), day: 1 }).startOf('day') : latestMonth(now, monthIndex(m[2]));
        return { date: d, approximate: true, ongoing: true };
      }
      const d = m[5] ? now.set({ year: Number(m[5]), ...OCCASIONS[m[4].toLowerCase()] }).startOf('day') : latestOccasion(now, m[4]);
      return { date: d, approximate: !/christmas|xmas|new year|bonfire/i.test(m[4]), ongoing: true };
    }],
  // "since last week/month/year", "since yesterday"
  [/\bsince\s+(?:(last)\s+(week|month|year)|(yesterday))\b/gi,
    (m, now) => ({ date: m[3] ? now.minus({ days: 1 }).startOf('day') : minus(now, 1, m[2]), approximate: !m[3], ongoing: true })],
  // "last March", "in March", "back in March 2023", "March 2023", "in 2022"
  [new RegExp(`\\b(?:(last)\\s+|(?:back\\s+)?in\\s+|from\\s+|since\\s+)?${MONTH}(?:\\s+(\\d{4}))?\\b(?!\\s+\\d)`, 'gi'),
    (m, now) => {
      if (!m[1] && !m[3] && !/\b(?:in|from)\s/i.test(m[0])) return undefined; // a bare "may" or "march" is more often a verb
      const month = monthIndex(m[2]);
      const date = m[3] ? now.set({ year: Number(m[3]), month, day: 1 }).startOf('day') : latestMonth(now, month, !!m[1]);
      return { date, approximate: true, ongoing: false };
    }],
  [/\b(?:(?:back\s+)?in|from|during|since)\s+(\d{4})\b/gi,
    (m, now) => ({ date: now.set({ year: Number(m[1]), month: 1, day: 1 }).startOf('day'), approximate: true, ongoing: /^since/i.test(m[0]) })],
  // "last Christmas", "at Christmas", "over the summer", "last winter"
  [new RegExp(`\\b(?:(last)|at|over|in|during|before)\\s+(?:the\\s+)?${OCCASION}(?:\\s+(?:of\\s+)?(\\d{4}))?\\b`, 'gi'),
    (m, now) => ({
      date: m[3] ? now.set({ year: Number(m[3]), ...OCCASIONS[m[2].toLowerCase()] }).startOf('day') : latestOccasion(now, m[2], !!m[1]),
      approximate: !/christmas|xmas|new year|bonfire/i.test(m[2]),
      ongoing: false,
    })],
  // "last week", "last month", "last year", "last night", "yesterday", "this morning"
  [/\b(?:last\s+(week|month|year|night)|(yesterday)|this\s+(morning|afternoon|week))\b/gi,
    (m, now) => {
      if (m[1]?.toLowerCase() === 'night' || m[2]) return { date: now.minus({ days: 1 }).startOf('day'), approximate: false, ongoing: false };
      if (m[3]) return { date: m[3].toLowerCase() === 'week' ? now.startOf('week') : now.startOf('day'), approximate: false, ongoing: false };
      return { date: minus(now, 1, m[1]), approximate: true, ongoing: false };
    }],
  // "on the 3rd", "on the 21st of this month": the latest such day not after today.
  [/\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z]{3})/gi,
    (m, now) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return undefined;
      let d = now.startOf('month');
      while (d.daysInMonth! < day || d.set({ day }) > now) d = d.minus({ months: 1 }).startOf('month');
      return { date: d.set({ day }), approximate: false, ongoing: false };
    }],
  // "on Monday", "last Friday": the most recent one before today.
  [new RegExp(`\\b(?:on|last)\\s+(${WEEKDAYS.join('|')})\\b`, 'gi'),
    (m, now) => {
      const weekday = WEEKDAYS.indexOf(m[1].toLowerCase()) + 1;
      let d = now.minus({ days: 1 }).startOf('day');
      while (d.weekday !== weekday) d = d.minus({ days: 1 });
      return { date: d, approximate: false, ongoing: false };
    }],
];

function overlaps(found: readonly Found[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}

/** Explicit dates chrono reads well ("12/03/2024", "5 December 2024", "3rd of June"), in the gaps our rules left. */
function explicitDates(text: string, now: DateTime, found: Found[]): void {
  for (const r of chrono.en.GB.parse(text, now.toJSDate(), { forwardDate: false })) {
    const end = r.index + r.text.length;
    // "now", "today", "tonight" are the moment of writing, not a date the issue happened on.
    if (overlaps(found, r.index, end) || !/\d/.test(r.text) || (!r.start.isCertain('day') && !r.start.isCertain('month'))) continue;
    let date = DateTime.fromJSDate(r.start.date(), { zone: ZONE }).startOf('day');
    if (date > now && !r.start.isCertain('year')) date = date.minus({ years: 1 });
    if (date > now) continue;
    const ongoing = /\bsince\s*$/i.test(text.slice(Math.max(0, r.index - 7), r.index));
    found.push({ start: r.index, end, date, approximate: !r.start.isCertain('day'), ongoing });
  }
}

/** The dates a message mentions, in the order written, none later than `now`. */
export function extractDates(text: string, nowDate: Date): MentionedDate[] {
  const now = DateTime.fromJSDate(nowDate, { zone: ZONE });
  const found: Found[] = [];
  for (const [pattern, resolve] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index, end = m.index + m[0].length;
      if (overlaps(found, start, end)) continue;
      const r = resolve(m, now);
      if (r && r.date.isValid && r.date <= now) found.push({ start, end, ...r });
    }
  }
  if (/\d/.test(text)) explicitDates(text, now, found); // chrono's explicit dates all have digits; it is the slow part
  return found
    .sort((a, b) => a.start - b.start)
    .map((f) => ({ text: text.slice(f.start, f.end), date: f.date.toISO()!, approximate: f.approximate, ongoing: f.ongoing }));
}

// Words saying the problem is still happening; Code 2.3 counts an ongoing issue from its latest occurrence.
const STILL_HAPPENING = /\b(still|ongoing|on-going|continu\w*|to this day|keeps? (?:happening|coming|getting)|every (?:day|night|week|month|time|winter)|since|now (?:the|it|it's|its|there|we|i'm|i am))\b/i;

// A month or season without a year ("in the autumn") in a story that began "in March 2023" most
// likely belongs to that story's year, so it cannot show the issue is recent; a dated day or an
// "ago" can.
function showsRecent(d: MentionedDate): boolean {
  return !d.approximate || /\d{4}|ago|last|since|for/i.test(d.text);
}

/**
 * Code 2.3 / whg / BCHG time limits: true when the issue is dated more than 12 months before now,
 * no mentioned date shows it is recent, and nothing says it is still going on.
 */
export function olderThan12Months(text: string, dates: readonly MentionedDate[], nowDate: Date): boolean {
  const cutoff = DateTime.fromJSDate(nowDate, { zone: ZONE }).minus({ months: 12 });
  if (dates.some((d) => d.ongoing) || STILL_HAPPENING.test(text)) return false;
  const old = dates.filter((d) => DateTime.fromISO(d.date) < cutoff);
  return old.length > 0 && !dates.some((d) => DateTime.fromISO(d.date) >= cutoff && showsRecent(d));
}

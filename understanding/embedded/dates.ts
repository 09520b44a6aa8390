import * as chrono from 'chrono-node';
import { DateTime, type DurationLikeObject } from 'luxon';
import { LONDON_ZONE } from '../../triage/workingDays';
import type { DatePrecision, MentionedDate } from '../understandingSchema';
import { welshDatesInEnglish } from './welshDates';

// Dates tenants mention, resolved against `now` in UK time. Every date here is about the past: a
// tenant telling us what happened. chrono-node reads "last March" as next March and returns
// nothing for "since Christmas", so the relative forms tenants use are read by our own patterns
// first; chrono only reads explicit dates ("12/03/2024", "5th of June") in what is left, and any
// date still in the future is moved back a year or dropped.

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
// Days that happen once a year and that tenants date by, and the seasons (three months each,
// winter counted from its December).
const OCCASIONS: Record<string, { month: number; day: number }> = {
  christmas: { month: 12, day: 25 }, xmas: { month: 12, day: 25 }, 'new year': { month: 1, day: 1 }, 'bonfire night': { month: 11, day: 5 },
  summer: { month: 6, day: 1 }, spring: { month: 3, day: 1 }, autumn: { month: 9, day: 1 }, fall: { month: 9, day: 1 }, winter: { month: 12, day: 1 },
};
const OCCASION = `(${Object.keys(OCCASIONS).join('|')})`;
const isSeason = (name: string): boolean => /^(?:summer|spring|autumn|fall|winter)$/i.test(name);

interface Period {
  date: DateTime;
  /** The last day the words allow: the 12-month rule gives the tenant the benefit of the doubt. */
  latest: DateTime;
  precision: DatePrecision;
  approximate: boolean;
  ongoing: boolean;
}

interface Found extends Period {
  start: number;
  end: number;
}

/** A whole period starting at `date`: the day, the week, the month, the season or the year. */
function whole(date: DateTime, precision: DatePrecision, extra: Partial<Period> = {}): Period {
  const start = date.startOf('day');
  const latest =
    precision === 'week' ? start.plus({ days: 6 }) :
    precision === 'month' ? start.endOf('month').startOf('day') :
    precision === 'season' ? start.plus({ months: 2 }).endOf('month').startOf('day') :
    precision === 'year' ? start.endOf('year').startOf('day') : start;
  return { date: start, latest, precision, approximate: precision !== 'day', ongoing: false, ...extra };
}

const HALF_UNIT: Record<string, DurationLikeObject> = { day: { hours: 12 }, week: { days: 3 }, fortnight: { days: 7 }, month: { days: 15 }, year: { months: 6 } };
const PRECISION_OF_UNIT: Record<string, DatePrecision> = { day: 'day', week: 'week', fortnight: 'week', month: 'month', year: 'year' };
// "about 8 months ago" could be a little later than eight months: half a unit of slack for the rough words.
const LOOSE = /^(?:about|around|roughly|approximately|approx|nearly|almost|some|like|maybe|probably)$/i;

/** "N units ago" / "for N units": counted back from now; rough words widen it towards now. */
function offset(now: DateTime, n: number, unit: string, rough: string | undefined, ongoing: boolean): Period {
  const u = unit.toLowerCase();
  const date = minus(now, n, unit).startOf('day');
  // Days and weeks are counted; "two years ago" is only roughly two years, so half a unit of slack.
  const exact = !rough && (u === 'day' || u === 'week' || u === 'fortnight');
  // "over a year", "more than a year": strictly longer, so the latest day is before the count.
  const latest = rough && !LOOSE.test(rough) ? date.minus({ days: 1 }) : exact ? date : date.plus(HALF_UNIT[u]);
  return { date, latest: latest > now ? now.startOf('day') : latest, precision: exact ? PRECISION_OF_UNIT[u] : 'approximate', approximate: !exact, ongoing };
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
  // "last summer" said in July means the summer before; "last Christmas" on 30 December too.
  const within = isSeason(name) ? 3 : 1;
  if (d > now || (strictlyBefore && now.diff(d, 'months').months < within)) d = d.minus({ years: 1 });
  return d;
}

/** An occasion or season, in a given year or the latest one. */
function occasion(now: DateTime, name: string, year: string | undefined, strictlyBefore: boolean, ongoing: boolean): Period {
  const key = name.toLowerCase();
  const date = year ? now.set({ year: Number(year), ...OCCASIONS[key] }).startOf('day') : latestOccasion(now, key, strictlyBefore);
  return whole(date, isSeason(key) ? 'season' : 'day', { ongoing, approximate: isSeason(key) });
}

const monthPeriod = (now: DateTime, word: string, year: string | undefined, strictlyBefore: boolean, extra: Partial<Period> = {}): Period =>
  whole(year ? now.set({ year: Number(year), month: monthIndex(word), day: 1 }) : latestMonth(now, monthIndex(word), strictlyBefore), 'month', extra);
const yearPeriod = (now: DateTime, year: string, extra: Partial<Period> = {}): Period => whole(now.set({ year: Number(year), month: 1, day: 1 }), 'year', extra);


type Rule = [RegExp, (m: RegExpExecArray, now: DateTime, text: string) => Period | undefined];

// "writing today", "as of today": the moment of writing, not when the issue happened.
const WRITING_NOW = /\b(?:writ\w*|email\w*|call\w*|ring\w*|rang|contact\w*|messag\w*|ask\w*|chas\w*|complain\w*|report\w*|as of|until|till|up to|to this|again)\s+(?:you\s+|to you\s+|this\s+)?$/i;

const RULES: Rule[] = [
  // "for 3 weeks", "for the past two years", "for over a month": it started then and is still going on.
  [new RegExp(`\\bfor\\s+(?:the\\s+(?:past|last)\\s+)?${ROUGH}${COUNT}\\s+${UNIT}`, 'gi'),
    (m, now) => offset(now, count(m[2]), m[3], m[1], true)],
  // "2 yrs of damp", "18 months I've been asking", "three years now": a duration that runs to now.
  [new RegExp(`\\b${ROUGH}${COUNT}\\s+(?:(year|yr|month|week)s?)\\s+(?:of|now|i'?ve|ive|we'?ve|weve|i\\s+have|we\\s+have|that|this|waiting|asking|chasing|reporting|and\\s+still)\\b`, 'gi'),
    (m, now) => offset(now, count(m[2]), m[3].toLowerCase() === 'yr' ? 'year' : m[3], m[1], true)],
  // Years in the other languages we read: "od 2023 roku", "din 2023", "منذ 2023", "2024 سے", "tan iyo 2024", "2024 theke".
  [/(?:\b(?:od|din|de la|desde|tan iyo|ers)\s+(?:(?:jesieni|wiosny|lata|zimy|toamna|vara|iarna)\s+)?(\d{4})|(?:منذ|من|از)\s+(\d{4})|(\d{4})\s*(?:سے|se\b|theke\b|থেকে|ilaa|roku))/gu,
    (m, now) => yearPeriod(now, m[1] ?? m[2] ?? m[3], { ongoing: true })],
  // "2 lata temu", "2 saal pehle", "دو سال سے", "منذ سنتين", "laba sano"
  [/(?:\b(\d{1,2}|dwa|dwie|trzy|doi|două|trei|two|laba|saddex)\s+(?:lata|lat|ani|saal|sano|bochor|years?)\s+(?:temu|în urmă|in urma|pehle|se\b|ka hor|age\b|dhore)|منذ\s+(سنتين|سنة|ثلاث سنوات)|(دو|تین|ایک)\s+سال\s+(?:سے|پہلے))/gu,
    (m, now) => {
      const word = (m[1] ?? m[2] ?? m[3]).toLowerCase();
      const n = /^\d+$/.test(word) ? Number(word) : ({ dwa: 2, dwie: 2, trzy: 3, doi: 2, două: 2, trei: 3, two: 2, laba: 2, saddex: 3, سنتين: 2, سنة: 1, 'ثلاث سنوات': 3, دو: 2, تین: 3, ایک: 1 } as Record<string, number>)[word] ?? 1;
      return offset(now, n, 'year', undefined, /se\b|سے|dhore|منذ/.test(m[0]));
    }],
  // "about 8 months ago", "two weeks ago", "a year ago"
  [new RegExp(`\\b${ROUGH}${COUNT}\\s+${UNIT}\\s+ago\\b`, 'gi'),
    (m, now) => offset(now, count(m[2]), m[3], m[1], false)],
  // "since 2019", "since March 2024", "since March", "since Christmas", "since last summer", "since the 3rd"
  [new RegExp(`\\bsince\\s+(?:(?:last|the)\\s+)?(?:(\\d{4})|${MONTH}(?:\\s+(\\d{4}))?|${OCCASION}(?:\\s+(?:of\\s+)?(\\d{4}))?)\\b`, 'gi'),
    (m, now) => {
      if (m[1]) return yearPeriod(now, m[1], { ongoing: true });
      if (m[2]) return monthPeriod(now, m[2], m[3], false, { ongoing: true });
      return occasion(now, m[4], m[5], false, true);
    }],
  // "since last week/month/year", "since yesterday"
  [/\bsince\s+(?:(last)\s+(week|month|year)|(yesterday))\b/gi,
    (m, now) => (m[3] ? whole(now.minus({ days: 1 }), 'day', { ongoing: true }) : { ...lastUnit(now, m[2]), ongoing: true })],
  // "last March", "in March", "about August", "back in March 2023", "March 2023", "early June", bare "August"
  [new RegExp(`(?<!\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?)\\b(?:(last)\\s+|((?:back\\s+)?in|from|during|about|around|roughly|approximately|approx|maybe|probably|like|early|late|mid|middle of|end of|the end of|start of|the start of|beginning of|the beginning of)\\s+(?:the\\s+)?(?:(?:early|late|mid|middle of|end of|start of|beginning of)\\s+)?)?${MONTH}(?:\\s+(?:of\\s+)?(\\d{4}))?\\b(?!\\s+\\d)`, 'gi'),
    (m, now) => {
      const month = m[3].toLowerCase();
      // A bare "may" or "march" is more often a verb; other month names stand alone ("August, I think").
      if (!m[1] && !m[2] && !m[4] && (/^(?:may|mar|march)$/.test(month) || month.length < 4)) return undefined;
      return monthPeriod(now, m[3], m[4], !!m[1], { approximate: true });
    }],
  [/\b(?:(?:back\s+)?in|from|during|since|around|about|circa|c\.|early|late|mid|end of|start of|beginning of|the end of|the start of)\s+(\d{4})\b/gi,
    (m, now) => yearPeriod(now, m[1], { ongoing: /^since/i.test(m[0]) })],
  // "last Christmas", "at Christmas", "over the summer", "last winter", "summer 2024", "the winter of 2023"
  // "the winter before last": the one before the latest.
  [new RegExp(`\\b(?:since\\s+)?the\\s+${OCCASION}\\s+before\\s+last\\b`, 'gi'),
    (m, now) => { const last = occasion(now, m[1], undefined, true, /^since/i.test(m[0])); return { ...last, date: last.date.minus({ years: 1 }), latest: last.latest.minus({ years: 1 }) }; }],
  [new RegExp(`\\b(?:(?:(last)|at|over|in|during|before|back in|this)\\s+(?:the\\s+)?)?${OCCASION}(?:\\s+(?:of\\s+)?(\\d{4}))?\\b`, 'gi'),
    (m, now) => {
      const prefixed = /^(?:last|at|over|in|during|before|back|this)\b/i.test(m[0]);
      if (!prefixed && !m[3]) return undefined; // "fall" is also a tumble, "winter" an adjective
      if (/^fall$/i.test(m[2]) && !m[3] && !/^(?:last|this|the)\b/i.test(m[0].replace(/^(?:in|over|during)\s+/i, ''))) return undefined;
      return occasion(now, m[2], m[3], !!m[1], false);
    }],
  // "last week", "last month", "last year", "last night", "yesterday", "this morning", "today", "tonight"
  [/\b(?:last\s+(week|month|year|night)|(yesterday|ddoe|wczoraj|ieri)|(?:earlier\s+)?(today|this\s+(?:morning|afternoon|evening)|tonight|just now|heddiw|dzisiaj|dziś|dzis|azi|astăzi|astazi)|this\s+(week|month))\b/gi,
    (m, now, text) => {
      if (m[1]?.toLowerCase() === 'night' || m[2]) return whole(now.minus({ days: 1 }), 'day');
      if (m[3]) return WRITING_NOW.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)) ? undefined : whole(now, 'day');
      if (m[4]) return { ...whole(now.startOf(m[4].toLowerCase() === 'week' ? 'week' : 'month'), m[4].toLowerCase() === 'week' ? 'week' : 'month'), latest: now.startOf('day') };
      return lastUnit(now, m[1]);
    }],
  // "on the 3rd", "on the 21st of this month": the latest such day not after today.
  [/\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[a-z]{3})/gi,
    (m, now) => {
      const day = Number(m[1]);
      if (day < 1 || day > 31) return undefined;
      let d = now.startOf('month');
      while (d.daysInMonth! < day || d.set({ day }) > now) d = d.minus({ months: 1 }).startOf('month');
      return whole(d.set({ day }), 'day');
    }],
  // "on Monday", "last Friday": the most recent one before today.
  [new RegExp(`\\b(?:on|last)\\s+(${WEEKDAYS.join('|')})\\b`, 'gi'),
    (m, now) => {
      const weekday = WEEKDAYS.indexOf(m[1].toLowerCase()) + 1;
      let d = now.minus({ days: 1 }).startOf('day');
      while (d.weekday !== weekday) d = d.minus({ days: 1 });
      return whole(d, 'day');
    }],
];

/** "last week", "last month", "last year": the whole calendar week, month or year before this one. */
function lastUnit(now: DateTime, unit: string): Period {
  const u = unit.toLowerCase() as 'week' | 'month' | 'year';
  return whole(now.minus({ [`${u}s`]: 1 } as DurationLikeObject).startOf(u), u);
}

function overlaps(found: readonly Found[], start: number, end: number): boolean {
  return found.some((f) => start < f.end && end > f.start);
}

/** Explicit dates chrono reads well ("12/03/2024", "5 December 2024", "3rd of June"), in the gaps our rules left. */
function explicitDates(text: string, now: DateTime, found: Found[]): void {
  for (const r of chrono.en.GB.parse(text, now.toJSDate(), { forwardDate: false })) {
    const end = r.index + r.text.length;
    // "now", "today", "tonight" are the moment of writing, not a date the issue happened on.
    if (overlaps(found, r.index, end) || !/\d/.test(r.text) || (!r.start.isCertain('day') && !r.start.isCertain('month'))) continue;
    let date = DateTime.fromJSDate(r.start.date(), { zone: LONDON_ZONE }).startOf('day');
    if (date > now && !r.start.isCertain('year')) date = date.minus({ years: 1 });
    if (date > now) continue;
    const ongoing = /\bsince\s*$/i.test(text.slice(Math.max(0, r.index - 7), r.index));
    found.push({ start: r.index, end, ...whole(date, r.start.isCertain('day') ? 'day' : 'month', { ongoing }) });
  }
}

/** The dates a message mentions, in the order written, none later than `now` (Welsh ones read in English). */
export function extractDates(said: string, nowDate: Date): MentionedDate[] {
  const text = welshDatesInEnglish(said);
  const now = DateTime.fromJSDate(nowDate, { zone: LONDON_ZONE });
  const found: Found[] = [];
  for (const [pattern, resolve] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index, end = m.index + m[0].length;
      if (overlaps(found, start, end)) continue;
      const r = resolve(m, now, text);
      if (r && r.date.isValid && r.date <= now) found.push({ start, end, ...r, latest: r.latest > now ? now.startOf('day') : r.latest });
    }
  }
  if (/\d/.test(text)) explicitDates(text, now, found); // chrono's explicit dates all have digits; it is the slow part
  return refineAdjacent(text, found.sort((a, b) => a.start - b.start)).map((f) => ({
    text: text.slice(f.start, f.end),
    date: f.date.toISO()!,
    approximate: f.approximate,
    ongoing: f.ongoing,
    precision: f.precision,
    latest: f.latest.toISO()!,
  }));
}

const NARROWER: Record<DatePrecision, number> = { year: 0, season: 1, approximate: 1, month: 2, week: 3, day: 4 };
// Only small words between two dates that describe one time: "since the summer, about August", "last year, in March".
const JOINED = /^[\s,;:()–-]*(?:(?:about|around|roughly|maybe|probably|i think|i believe|like|in|on|or|so|that was|it was|was it|approx\w*)[\s,;:()–-]*)*$/i;

/** Two dates side by side that describe one time become one, at the finer precision and inside the wider period. */
function refineAdjacent(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out.at(-1);
    if (!prev || !JOINED.test(text.slice(prev.end, f.start)) || NARROWER[f.precision] === NARROWER[prev.precision]) {
      out.push(f);
      continue;
    }
    const [wide, narrow] = NARROWER[f.precision] > NARROWER[prev.precision] ? [prev, f] : [f, prev];
    // Move the finer date by whole years into the wider period ("last year, in March" is March of last year).
    const shift = [0, -1, 1, -2].map((y) => ({ date: narrow.date.plus({ years: y }), latest: narrow.latest.plus({ years: y }) }))
      .find((c) => c.date >= wide.date && c.date <= wide.latest);
    if (!shift) {
      out.push(f);
      continue;
    }
    out[out.length - 1] = { ...narrow, ...shift, start: prev.start, end: f.end, ongoing: prev.ongoing || f.ongoing };
  }
  return out;
}

/** The last day a mentioned date allows (older results without `latest` are their start day). */
export const latestOf = (d: MentionedDate): DateTime => DateTime.fromISO(d.latest ?? d.date);

/**
 * True when the issue began more than 12 months before now, judged by the latest day the words
 * allow (the tenant gets the benefit of the doubt), whether or not it is still going on. The
 * triage rules decide what follows: Code 2.3 counts an ongoing issue from its latest occurrence,
 * and landlords may accept late complaints.
 */
export function olderThan12Months(dates: readonly MentionedDate[], nowDate: Date): boolean {
  const cutoff = DateTime.fromJSDate(nowDate, { zone: LONDON_ZONE }).minus({ months: 12 });
  return dates.some((d) => latestOf(d) < cutoff);
}

import Holidays from 'date-holidays';
import { DateTime, IANAZone } from 'luxon';

/**
 * Working days for complaint clocks: Monday to Friday, less the bank holidays of the
 * landlord's nation and any extra closure days the profile lists (`extraNonWorkingDays`).
 * Everything here works on London calendar dates ('YYYY-MM-DD'), because date-holidays
 * reports holidays in Europe/London time and a summer holiday starts at 23:00 UTC the
 * evening before.
 */

export const NATIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export interface WorkingCalendar {
  readonly nation: Nation;
  /** Extra non-working days (office closures), as ISO dates. */
  readonly extraNonWorkingDays?: readonly string[];
}

export const LONDON = 'Europe/London';

// England and Wales share one list of bank holidays, so ENG stands for both.
const REGION: Record<Nation, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Pure data memoised per nation and year: the lists never change within a process.
const holidayCache = new Map<string, ReadonlySet<string>>();

/** The weekday bank holidays of a nation in a year, as London dates. */
export function bankHolidays(nation: Nation, year: number): ReadonlySet<string> {
  const key = `${nation}:${year}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  const holidays = new Holidays('GB', REGION[nation]).getHolidays(year);
  const dates = new Set(
    holidays
      .filter((h) => h.type === 'public')
      // `h.date` is the London wall-clock start ('YYYY-MM-DD hh:mm:ss'); never use UTC.
      .map((h) => h.date.slice(0, 10))
      // date-holidays also returns the real date of a weekend holiday beside its
      // substitute day (e.g. 2022-12-25 and 2022-12-27); only weekdays matter here.
      .filter((d) => isWeekday(d)),
  );
  holidayCache.set(key, dates);
  return dates;
}

// Europe/London's offset from UTC has been a whole number of hours, changing on the hour, since
// railway time (1847): luxon works it out once an hour seen (londonOffsetAt) rather than for every
// deadline of every case, and an instant's London date is its UTC time moved by that offset.
const RAILWAY_TIME = Date.UTC(1848, 0, 1);
const HOUR_MS = 3_600_000;
const REMEMBERED_HOURS = 50_000;

function londonDateOfInstant(ms: number): string {
  return new Date(ms + londonOffsetAt(ms) * 60_000).toISOString().slice(0, 10);
}

const londonOffsetOfHour = new Map<number, number>();
/** The latest instant written in the plain form below (a four-digit year). */
const YEAR_9999_END = Date.UTC(9999, 11, 31);

/** London's offset from UTC in minutes at an instant from railway time to 9999, worked out once an hour seen. */
function londonOffsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = londonOffsetOfHour.get(hour);
  if (offset === undefined) {
    offset = DateTime.fromMillis(hour * HOUR_MS, { zone: LONDON }).offset;
    if (londonOffsetOfHour.size >= REMEMBERED_HOURS) londonOffsetOfHour.clear();
    londonOffsetOfHour.set(hour, offset);
  }
  return offset;
}

const withinRememberedYears = (ms: number): boolean => ms >= RAILWAY_TIME && ms <= YEAR_9999_END;

/**
 * Europe/London for luxon, its offset remembered by the hour (above): every London DateTime made
 * or moved asks its zone for the offset, which luxon otherwise works out through Intl each time.
 * It equals luxon's own 'Europe/London' zone.
 */
class HourlyLondonZone extends IANAZone {
  constructor() {
    super(LONDON);
  }

  override offset(ts: number): number {
    return withinRememberedYears(ts) ? londonOffsetAt(ts) : super.offset(ts);
  }
}
export const LONDON_ZONE: IANAZone = new HourlyLondonZone();

/**
 * An instant as London wall-clock time with its offset ('2026-03-29T11:00:00+01:00', milliseconds
 * only when there are any), as luxon writes it, the offset worked out once an hour seen (above).
 */
export function londonWallClock(ms: number): string {
  if (!withinRememberedYears(ms)) {
    return DateTime.fromMillis(ms, { zone: LONDON }).toISO({ suppressMilliseconds: true }) as string;
  }
  const offset = londonOffsetAt(ms);
  const wall = new Date(ms + offset * 60_000).toISOString();
  const sign = offset < 0 ? '-' : '+';
  const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return `${wall.slice(0, 19)}${ms % 1000 === 0 ? '' : wall.slice(19, 23)}${sign}${hhmm}`;
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant of an ISO datetime with its offset, when plainly one; anything else is luxon's to read. */
export function instantOf(text: string): number | undefined {
  const match = ISO_INSTANT.exec(text);
  // Date.parse rolls '2026-02-30' over into March, so the day is checked to exist.
  if (!match || new Date(`${match[1]}T00:00:00Z`).toISOString().slice(0, 10) !== match[1]) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A London calendar date for an ISO date, an ISO datetime or a Date. */
export function londonDate(input: string | Date): string {
  if (typeof input === 'string' && ISO_DATE.test(input)) return input;
  const instant = typeof input === 'string' ? instantOf(input) : input.getTime();
  if (instant !== undefined && instant >= RAILWAY_TIME) return londonDateOfInstant(instant);
  const dt =
    typeof input === 'string'
      ? DateTime.fromISO(input, { setZone: true }).setZone(LONDON)
      : DateTime.fromJSDate(input).setZone(LONDON);
  if (!dt.isValid) throw new RangeError(`Not a date or datetime: ${String(input)}`);
  return dt.toISODate() as string;
}

// Calendar dates walked as day numbers (days since 1970-01-01, UTC midnights): the day-by-day
// walks below run for every deadline of every case, and a number a day is many times cheaper
// than a Date, let alone a luxon DateTime, a day.
const DAY_MS = 86_400_000;

/** The day number of an ISO date; undefined when there is no such day. */
function realDayNumber(date: string): number | undefined {
  if (!ISO_DATE.test(date)) return undefined;
  const dt = new Date(`${date}T00:00:00Z`);
  // A day past the month's end ('2026-02-30') rolls over in Date, so it is compared back.
  return Number.isNaN(dt.getTime()) || dt.toISOString().slice(0, 10) !== date ? undefined : dt.getTime() / DAY_MS;
}

function dayNumber(date: string): number {
  const day = realDayNumber(date);
  if (day === undefined) throw new RangeError(`Not an ISO date: ${date}`);
  return day;
}

const isoDateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 is Sunday, as Date's getUTCDay; 1970-01-01 was a Thursday. */
const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;

function isWeekday(date: string): boolean {
  const weekday = weekdayOf(dayNumber(date));
  return weekday >= 1 && weekday <= 5;
}

const holidayDayCache = new Map<string, ReadonlySet<number>>();

/** bankHolidays as day numbers. */
function bankHolidayDays(nation: Nation, year: number): ReadonlySet<number> {
  const key = `${nation}:${year}`;
  let days = holidayDayCache.get(key);
  if (!days) {
    days = new Set([...bankHolidays(nation, year)].map(dayNumber));
    holidayDayCache.set(key, days);
  }
  return days;
}

// A profile's closures are one array for the life of the process, so its day numbers are worked out once.
const closureDayCache = new WeakMap<readonly string[], ReadonlySet<number>>();

/** Whether a day number is a working day in the calendar. */
function workingDayTest(calendar: WorkingCalendar): (day: number) => boolean {
  const closures = calendar.extraNonWorkingDays;
  let closed = closures && closureDayCache.get(closures);
  if (closures && !closed) {
    closed = new Set(closures.map(realDayNumber).filter((d): d is number => d !== undefined));
    closureDayCache.set(closures, closed);
  }
  return (day) => {
    const weekday = weekdayOf(day);
    if (weekday === 0 || weekday === 6 || closed?.has(day)) return false;
    return !bankHolidayDays(calendar.nation, new Date(day * DAY_MS).getUTCFullYear()).has(day);
  };
}

export function isWorkingDay(date: string | Date, calendar: WorkingCalendar): boolean {
  return workingDayTest(calendar)(dayNumber(londonDate(date)));
}

/**
 * The Nth working day after the start day. The start day itself is never counted, even
 * when it is a working day (Code 6.2: "within five working days of the complaint being received").
 */
export function addWorkingDays(start: string | Date, n: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${n}`);
  const from = londonDate(start);
  if (n === 0) return from;
  const working = workingDayTest(calendar);
  let day = dayNumber(from);
  for (let counted = 0; counted < n; ) {
    day += 1;
    if (working(day)) counted += 1;
  }
  return isoDateOf(day);
}

/**
 * Working days from `from` to `to`: the count of working days after `from` up to and
 * including `to`, negative when `to` is earlier. So `workingDaysBetween(s, addWorkingDays(s, n)) === n`,
 * and the console can say "due in 3 working days" or "2 working days overdue".
 */
export function workingDaysBetween(from: string | Date, to: string | Date, calendar: WorkingCalendar): number {
  const a = londonDate(from);
  const b = londonDate(to);
  if (a === b) return 0;
  const [low, high, sign] = a < b ? [dayNumber(a), dayNumber(b), 1] : [dayNumber(b), dayNumber(a), -1];
  const working = workingDayTest(calendar);
  let count = 0;
  for (let day = low + 1; day <= high; day += 1) {
    if (working(day)) count += 1;
  }
  // `|| 0`: no working day back across a weekend is 0, not -0.
  return sign * count || 0;
}

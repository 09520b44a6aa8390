import { DateTime } from 'luxon';

/** An ISO date in plain words, as a tenant reads it: "Friday 4 December 2026". */
export function longDate(isoDate: string): string {
  const dt = DateTime.fromISO(isoDate, { zone: 'Europe/London' }).setLocale('en-GB');
  if (!dt.isValid) throw new RangeError(`Not an ISO date: ${isoDate}`);
  return dt.toFormat('cccc d LLLL yyyy');
}

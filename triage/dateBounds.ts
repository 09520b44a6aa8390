// Dates that come in must be ones this service can mean: a year 500 or 9999 date makes nonsense
// references and clocks (or a RangeError). Every date and time is from 2000 up to 2099; a message
// a channel forwards is also at most a day ahead of the server's clock (`tooFarAhead`, read through
// the app's `now`). Structured cases may be dated ahead: scenarios and tests pin their own clock.
import { z } from 'zod';

export const EARLIEST = '2000-01-01';
const LATEST_DAY = '2100-01-01';
const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO date and time with offset, from 2000 up to 2099. */
export const instant = (what: string) =>
  z.iso
    .datetime({ offset: true, error: `${what} must be a date and time like 2026-03-31T09:30:00Z` })
    // A value that is not a date at all gets only the format message above.
    .refine((v) => Number.isNaN(Date.parse(v)) || (Date.parse(v) >= Date.parse(`${EARLIEST}T00:00:00Z`) && Date.parse(v) < Date.parse(`${LATEST_DAY}T00:00:00Z`)), {
      error: `${what} must be between ${EARLIEST} and 2099-12-31`,
    });

/** An ISO calendar date from 2000 up to 2099. */
export const calendarDay = (what: string, example = '2026-03-31') =>
  z.iso
    .date({ error: `${what} must be a date like ${example}` })
    .refine((v) => v >= EARLIEST && v < LATEST_DAY, { error: `${what} must be between ${EARLIEST} and 2099-12-31` });

/** An issue when an event's time is more than a day after `now`, else undefined. */
export function tooFarAhead(path: string, iso: string | undefined, now: Date): { path: string; message: string } | undefined {
  if (iso === undefined || Date.parse(iso) <= now.getTime() + DAY_MS) return undefined;
  return { path, message: `${path} must not be more than a day in the future` };
}

import { DateTime } from 'luxon';
import type { HazardCategory, HazardDeadlines } from './decisionSchema';
import { addWorkingDays, instantOf, LONDON, londonDate, londonWallClock, type WorkingCalendar } from './workingDays';

// The timescales are law (Hazards in Social Housing (Prescribed Requirements) (England)
// Regulations 2025, S.I. 2025/1042), the same for every landlord, so they are constants here
// rather than profile settings a landlord could loosen.
export const EMERGENCY_HOURS = 24;
export const INVESTIGATE_WORKING_DAYS = 10;
export const SUMMARY_WORKING_DAYS = 3;
export const SAFETY_WORK_WORKING_DAYS = 5;
export const FURTHER_WORKS_WEEKS = 12;

/** An instant as London wall-clock time with its offset, as staff read it (`2026-03-29T11:00:00+01:00`). */
export function londonInstant(at: string | Date): string {
  // The plain cases without a luxon DateTime: this runs for every hazard of every message.
  const plain = typeof at === 'string' ? instantOf(at) : at.getTime();
  if (plain !== undefined && !Number.isNaN(plain)) return londonWallClock(plain);
  const dt = typeof at === 'string' ? DateTime.fromISO(at, { setZone: true }) : DateTime.fromJSDate(at);
  if (!dt.isValid) throw new RangeError(`Not a datetime: ${String(at)}`);
  return dt.setZone(LONDON).toISO({ suppressMilliseconds: true }) as string;
}

/**
 * 24 clock hours from awareness, through nights, weekends and bank holidays (S.I. 2025/1042,
 * emergency hazards). Luxon adds hours as elapsed time on the absolute instant, so the night
 * the clocks go forward or back still gives exactly 24 hours, never 23 or 25.
 */
export function emergencyDeadline(awareAt: string): string {
  return londonInstant(DateTime.fromISO(awareAt, { setZone: true }).plus({ hours: EMERGENCY_HOURS }).toJSDate());
}

/** 10 working days after awareness; the day of awareness is not counted (S.I. 2025/1042, significant hazards). */
export function investigationDeadline(awareAt: string, calendar: WorkingCalendar): string {
  return addWorkingDays(londonDate(awareAt), INVESTIGATE_WORKING_DAYS, calendar);
}

/**
 * The clocks that start when the investigation concludes (S.I. 2025/1042; MHCLG guidance): a written
 * summary within 3 working days; for a significant hazard, safety work within 5 working days (an
 * emergency's safety work is the 24-hour make-safe); further works physically started within 12 weeks.
 */
export function deadlinesAfterInvestigation(
  category: HazardCategory,
  concludedOn: string,
  calendar: WorkingCalendar,
): Pick<HazardDeadlines, 'summaryBy' | 'safetyWorkBy' | 'furtherWorksStartBy'> {
  const concluded = londonDate(concludedOn);
  return {
    summaryBy: addWorkingDays(concluded, SUMMARY_WORKING_DAYS, calendar),
    ...(category === 'significant' ? { safetyWorkBy: addWorkingDays(concluded, SAFETY_WORK_WORKING_DAYS, calendar) } : {}),
    furtherWorksStartBy: DateTime.fromISO(concluded, { zone: 'utc' }).plus({ weeks: FURTHER_WORKS_WEEKS }).toISODate() as string,
  };
}

/** Every clock known so far for a hazard; the later ones appear once the investigation has concluded. */
export function hazardDeadlines(
  category: HazardCategory,
  awareAt: string,
  calendar: WorkingCalendar,
  investigationConcludedOn?: string,
): HazardDeadlines {
  const first =
    category === 'emergency'
      ? { investigateBy: emergencyDeadline(awareAt), makeSafeBy: emergencyDeadline(awareAt) }
      : { investigateBy: investigationDeadline(awareAt, calendar) };
  return investigationConcludedOn === undefined
    ? first
    : { ...first, ...deadlinesAfterInvestigation(category, investigationConcludedOn, calendar) };
}

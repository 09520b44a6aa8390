import type { PolicyProfile } from './profileSchema';
import type { WorkingCalendar } from './workingDays';

/** The working-day calendar a profile's clocks run on: its nation's bank holidays plus its closures. */
export function calendarFor(profile: PolicyProfile): WorkingCalendar {
  return { nation: profile.nation.value, extraNonWorkingDays: profile.extraNonWorkingDays.dates };
}

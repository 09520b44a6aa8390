import { DateTime } from 'luxon';
import { calendarFor } from './calendarFor';
import type { PolicyProfile } from './profileSchema';
import { acknowledgementAnchor, extensionDeadline, type StageDeadlines } from './stage1Deadlines';
import { addWorkingDays, londonDate } from './workingDays';

/** Stage 2 clocks: acknowledge from the request (Code 6.11), respond from what the profile names (Code 6.14). */
export function stage2Deadlines(
  profile: PolicyProfile,
  requestedOn: string | Date,
  events: { acknowledgedOn?: string } = {},
): StageDeadlines {
  const calendar = calendarFor(profile);
  const requested = londonDate(requestedOn);
  const acknowledgeBy = addWorkingDays(requested, profile.stage2.acknowledge.workingDays, calendar);
  const anchor =
    profile.stage2.respond.countsFrom === 'request' ? requested : acknowledgementAnchor(acknowledgeBy, events.acknowledgedOn);
  const respondBy = addWorkingDays(anchor, profile.stage2.respond.workingDays, calendar);
  return { acknowledgeBy, respondBy, respondByWithExtension: extensionDeadline(profile, 2, respondBy) };
}

export interface Stage2RequestWindow {
  /** The last day to ask for stage 2; null when the profile sets no limit (Code 6.10–6.12). */
  requestBy: string | null;
  /** The last day with the profile's case-by-case extension (WCH 5.3.1), when it has one. */
  requestByWithDiscretion?: string;
}

/** When a resident must ask for stage 2 by, counted from the stage 1 response. */
export function stage2RequestWindow(profile: PolicyProfile, stage1RespondedOn: string | Date): Stage2RequestWindow {
  const { days, dayType, discretionaryExtensionDays } = profile.stage2.requestWindow;
  if (days === null) return { requestBy: null };
  const from = londonDate(stage1RespondedOn);
  const add = (start: string, n: number) =>
    dayType === 'working'
      ? addWorkingDays(start, n, calendarFor(profile))
      : (DateTime.fromISO(start, { zone: 'utc' }).plus({ days: n }).toISODate() as string);
  const requestBy = add(from, days);
  return discretionaryExtensionDays > 0
    ? { requestBy, requestByWithDiscretion: add(requestBy, discretionaryExtensionDays) }
    : { requestBy };
}

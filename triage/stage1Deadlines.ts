import { calendarFor } from './calendarFor';
import type { PolicyProfile } from './profileSchema';
import { addWorkingDays, londonDate } from './workingDays';

export interface Stage1Events {
  /** When the acknowledgement was actually sent (ISO date). */
  acknowledgedOn?: string;
  /** When the complaint was logged (ISO date). */
  loggedOn?: string;
}

export interface StageDeadlines {
  acknowledgeBy: string;
  respondBy: string;
  respondByWithExtension: string;
}

/**
 * The day a response clock counts from when it runs from the acknowledgement. A late
 * acknowledgement must not buy the landlord extra time, so it is the earlier of the real
 * acknowledgement and its deadline; before it happens, the deadline stands in for it.
 */
export function acknowledgementAnchor(acknowledgeBy: string, acknowledgedOn?: string): string {
  return acknowledgedOn !== undefined && acknowledgedOn < acknowledgeBy ? acknowledgedOn : acknowledgeBy;
}

/** The latest date the response may move to with the profile's extension (Code 6.4; 6.15). */
export function extensionDeadline(profile: PolicyProfile, stage: 1 | 2, respondBy: string): string {
  const extension = stage === 1 ? profile.stage1.extension : profile.stage2.extension;
  return addWorkingDays(respondBy, extension.workingDays, calendarFor(profile));
}

/**
 * Stage 1 clocks (Code 6.2–6.4 by default). Each counts from the event its profile names; an
 * event that has not happened yet is replaced by its own deadline, so a deadline is always known.
 */
export function stage1Deadlines(
  profile: PolicyProfile,
  receivedAt: string | Date,
  events: Stage1Events = {},
): StageDeadlines {
  const calendar = calendarFor(profile);
  const received = londonDate(receivedAt);
  // This service records (logs) a case the moment it arrives, so unless staff record a
  // different date, logging is the day of receipt.
  const logged = events.loggedOn ?? received;
  const { acknowledge, respond } = profile.stage1;

  const acknowledgeBy = addWorkingDays(acknowledge.countsFrom === 'receipt' ? received : logged, acknowledge.workingDays, calendar);
  // Code 6.3 counts the response from the acknowledgement.
  const acknowledged = acknowledgementAnchor(acknowledgeBy, events.acknowledgedOn);
  const anchor = { receipt: received, logging: logged, acknowledgement: acknowledged }[respond.countsFrom];
  const respondBy = addWorkingDays(anchor, respond.workingDays, calendar);
  return { acknowledgeBy, respondBy, respondByWithExtension: extensionDeadline(profile, 1, respondBy) };
}

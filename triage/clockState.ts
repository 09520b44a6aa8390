import { londonDate } from './workingDays';

/** met / missed once done (on time or late); due / overdue while not done yet. */
export const CLOCK_STATES = ['met', 'missed', 'due', 'overdue'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Where a clock stands at `now`. A date deadline (working days) allows the whole London day; an
 * instant deadline (the 24-hour clock) is compared to the moment.
 */
export function clockState(deadline: string, doneAt: string | Date | undefined, now: Date): ClockState {
  const onTime = (at: string | Date) =>
    ISO_DATE.test(deadline) ? londonDate(at) <= deadline : new Date(at).getTime() <= Date.parse(deadline);
  if (doneAt !== undefined) return onTime(doneAt) ? 'met' : 'missed';
  return onTime(now) ? 'due' : 'overdue';
}

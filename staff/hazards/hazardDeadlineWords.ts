// How far an Awaab's Law deadline is, in words, pure. A working-day deadline counts working days on
// the case's calendar, as the queue does; the 24-hour clock counts clock hours, because a night or
// a weekend does not stop it.
import { relativeDue } from '../../lifecycle/caseState';
import { londonDate, workingDaysBetween, type WorkingCalendar } from '../../triage/workingDays';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function span(ms: number): string {
  // Rounded down: "in 4 hours" with 4 h 50 min left never promises more time than there is. Past
  // two days, hours stop being readable ("overdue by 1,381 hours"), so whole days instead.
  const [n, unit] = ms >= 2 * DAY ? [Math.floor(ms / DAY), 'day'] : ms >= HOUR ? [Math.floor(ms / HOUR), 'hour'] : [Math.floor(ms / MINUTE), 'minute'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** "in 3 working days", "2 working days overdue", "in 5 hours", "overdue by 2 hours". */
export function hazardDeadlineInWords(deadline: string, now: Date, calendar: WorkingCalendar): string {
  if (!ISO_DATE.test(deadline)) {
    const left = Date.parse(deadline) - now.getTime();
    if (Math.abs(left) < MINUTE) return 'due now';
    return left > 0 ? `in ${span(left)}` : `overdue by ${span(-left)}`;
  }
  const today = londonDate(now);
  return relativeDue(workingDaysBetween(today, deadline, calendar), deadline < today);
}

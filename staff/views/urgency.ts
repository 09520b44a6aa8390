// The hazard clock that runs soonest on a case, in words, so no list says "No clock running" while
// an Awaab's Law clock runs (S.I. 2025/1042); why a case is urgent is store/urgentReasons.ts.
import type { WorkingCalendar } from '../../triage/workingDays';
import { deadlineInstant, type HazardClockView, type HazardStep } from '../hazards/hazardClockView';
import { hazardDeadlineInWords } from '../hazards/hazardDeadlineWords';

export { URGENT_REASONS, urgentReasons, type UrgentReason } from '../../store/urgentReasons';

/** The soonest step still to do on a case's open hazard clocks. */
export interface RunningHazardClock {
  clockId: number;
  hazard: HazardClockView['hazard'];
  category: HazardClockView['category'];
  step: HazardStep;
  deadline: string;
  /** "in 5 hours", "overdue by 6 hours", "in 3 working days". */
  inWords: string;
  overdue: boolean;
}

export function runningHazardClock(clocks: readonly HazardClockView[], now: Date, calendar: WorkingCalendar): RunningHazardClock | undefined {
  const steps = clocks
    .filter((c) => c.status === 'open')
    .flatMap((c) => c.steps.filter((s) => s.doneAt === null).map((s) => ({ clock: c, step: s })))
    .sort((a, b) => deadlineInstant(a.step.deadline) - deadlineInstant(b.step.deadline));
  const first = steps[0];
  if (!first) return undefined;
  return {
    clockId: first.clock.id,
    hazard: first.clock.hazard,
    category: first.clock.category,
    step: first.step.step,
    deadline: first.step.deadline,
    inWords: hazardDeadlineInWords(first.step.deadline, now, calendar),
    overdue: deadlineInstant(first.step.deadline) < now.getTime(),
  };
}

// Why a case goes above everything else in every staff list, pure: an emergency hazard with its
// 24-hour clock, a safeguarding concern, words that say someone may be in danger now, or damp and
// mould harming the health of someone at greater risk (triage's damp_harms_health). Also the
// hazard clock that runs soonest on the case, in words, so no list says "No clock running" while
// an Awaab's Law clock runs (S.I. 2025/1042).
import type { StoredCase } from '../../store/caseStore';
import type { WorkingCalendar } from '../../triage/workingDays';
import { immediateDanger } from '../../understanding/immediateDanger';
import { deadlineInstant, type HazardClockView, type HazardStep } from '../hazards/hazardClockView';
import { hazardDeadlineInWords } from '../hazards/hazardDeadlineWords';

export const URGENT_REASONS = ['emergency_hazard', 'safeguarding', 'danger', 'damp_harms_health'] as const;
export type UrgentReason = (typeof URGENT_REASONS)[number];

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

export function urgentReasons(row: Pick<StoredCase, 'caseData' | 'decision'>, clocks: readonly HazardClockView[]): UrgentReason[] {
  const reasons: UrgentReason[] = [];
  if (clocks.some((c) => c.status === 'open' && c.category === 'emergency')) reasons.push('emergency_hazard');
  if (row.caseData.signals.safeguarding) reasons.push('safeguarding');
  if (immediateDanger(row.caseData.summary)) reasons.push('danger');
  // Until a person has looked (an override clears review.required).
  if (row.decision.review.required && row.decision.review.because.includes('damp_harms_health')) reasons.push('damp_harms_health');
  return reasons;
}

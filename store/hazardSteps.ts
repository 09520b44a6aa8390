// The steps of an Awaab's Law clock, pure: which deadline each step answers to and which recorded
// moment meets it. Here, beside the store, because the case's stored queue columns need the
// soonest open step as much as the staff's hazard view does (store/queueColumns.ts).
import { DateTime } from 'luxon';
import { clockState, type ClockState } from '../triage/clockState';
import type { HazardClock } from '../triage/decisionSchema';
import { LONDON } from '../triage/workingDays';
import type { hazardClocks } from './schema';

export type HazardClockRow = typeof hazardClocks.$inferSelect;

const HAZARD_STEPS = ['investigate', 'make_safe', 'summary', 'safety_work', 'further_works'] as const;
export type HazardStep = (typeof HAZARD_STEPS)[number];

type DoneField = 'investigationConcludedOn' | 'safetyWorkDoneOn' | 'summarySentOn' | 'furtherWorksStartedOn';

/** Which deadline each step answers to, and which recorded moment meets it. */
const STEP_CLOCKS: Record<HazardStep, { deadline: keyof HazardClock['deadlines']; done: DoneField }> = {
  investigate: { deadline: 'investigateBy', done: 'investigationConcludedOn' },
  // An emergency is made safe by its safety work, within the same 24 hours.
  make_safe: { deadline: 'makeSafeBy', done: 'safetyWorkDoneOn' },
  summary: { deadline: 'summaryBy', done: 'summarySentOn' },
  safety_work: { deadline: 'safetyWorkBy', done: 'safetyWorkDoneOn' },
  further_works: { deadline: 'furtherWorksStartBy', done: 'furtherWorksStartedOn' },
};

export interface StepView {
  step: HazardStep;
  deadline: string;
  doneAt: string | null;
  state: ClockState;
}

/** A clock as its steps need it: a new clock has nothing done yet. */
export type ClockSteps = Pick<HazardClockRow, 'deadlines'> & Partial<Pick<HazardClockRow, DoneField>>;

/** The last moment a deadline allows: a date deadline runs to the end of its London day. */
export function deadlineInstant(deadline: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(deadline)
    ? DateTime.fromISO(deadline, { zone: LONDON }).endOf('day').toMillis()
    : Date.parse(deadline);
}

export function stepsOf(row: ClockSteps, now: Date): StepView[] {
  return HAZARD_STEPS.flatMap((step) => {
    const deadline = row.deadlines[STEP_CLOCKS[step].deadline];
    if (deadline === undefined) return [];
    const done = row[STEP_CLOCKS[step].done] ?? null;
    return [{ step, deadline, doneAt: done?.toISOString() ?? null, state: clockState(deadline, done ?? undefined, now) }];
  });
}

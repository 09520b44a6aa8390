// Where a case stands and which clock runs next, derived from the triage decision and what staff
// recorded. Pure: profile, case and today in; the console and the figures both read this.
import type { TriageDecision } from '../triage/decisionSchema';
import type { PolicyProfile } from '../triage/profileSchema';
import { calendarFor } from '../triage/calendarFor';
import { quickFixDeadline } from '../triage/quickFix';
import { stage1Deadlines, type StageDeadlines } from '../triage/stage1Deadlines';
import { stage2Deadlines } from '../triage/stage2Deadlines';
import { londonDate, workingDaysBetween } from '../triage/workingDays';
import { LifecycleSchema, type Lifecycle, type StageRecord } from './lifecycleSchema';

export type Phase = 'needs_review' | 'quick_fix' | 'stage1' | 'stage2' | 'closed' | 'routed';

export interface TrackedCase {
  receivedAt: Date;
  decision: TriageDecision;
  lifecycle: unknown;
}

export interface StageClocks extends StageDeadlines {
  /** The response deadline in force: the extended date when an extension was recorded. */
  respondDue: string;
}

export interface Clock {
  what: 'review' | 'acknowledge' | 'respond' | 'quick_fix';
  stage: 0 | 1 | 2;
  due: string;
  /** Working days from today to `due`: negative when overdue. */
  workingDaysLeft: number;
  /**
   * `due` has passed. Not the same as a negative `workingDaysLeft`: a Friday deadline seen on
   * Saturday has no working day between, yet it is overdue.
   */
  overdue: boolean;
}

export interface CaseState {
  phase: Phase;
  lifecycle: Lifecycle;
  reviewed: boolean;
  stage1?: StageClocks;
  stage2?: StageClocks;
  quickFix?: { respondBy?: string; escalatesToStage1On?: string };
  next?: Clock;
}

/**
 * The triage clock functions are pure but walk the calendar day by day, and a queue asks them the
 * same questions for every case received on the same day: remember their answers (bounded).
 */
function remembered<A extends unknown[], R>(fn: (profile: PolicyProfile, ...args: A) => R): (profile: PolicyProfile, ...args: A) => R {
  const answers = new Map<string, R>();
  return (profile, ...args) => {
    const key = `${profile.id}@${profile.version}|${JSON.stringify(args)}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= 20_000) answers.clear();
      answer = fn(profile, ...args);
      answers.set(key, answer);
    }
    return answer;
  };
}
const stage1Clocks = remembered((profile, from: string, acknowledgedOn?: string) => stage1Deadlines(profile, from, { acknowledgedOn }));
const stage2Clocks = remembered((profile, requestedOn: string, acknowledgedOn?: string) => stage2Deadlines(profile, requestedOn, { acknowledgedOn }));
const quickFixClocks = remembered((profile, receivedOn: string) => quickFixDeadline(profile, receivedOn));

function withExtension(clocks: StageDeadlines, record: StageRecord | undefined): StageClocks {
  return { ...clocks, respondDue: record?.extension?.to ?? clocks.respondBy };
}

function phaseOf(decision: TriageDecision, lifecycle: Lifecycle): Phase {
  if (lifecycle.closed) return 'closed';
  if (lifecycle.stage2) return 'stage2';
  if (decision.outcome === 'stage1_opened' || lifecycle.quickFix?.escalatedOn) return 'stage1';
  if (decision.outcome === 'quick_fix' && !lifecycle.quickFix?.resolvedOn) return 'quick_fix';
  if (decision.outcome === 'needs_review') return 'needs_review';
  return 'routed';
}

/** The clock of an open stage: acknowledge first, then respond; none once the response is sent. */
function stageClock(stage: 1 | 2, clocks: StageClocks, record: StageRecord | undefined): Omit<Clock, 'workingDaysLeft' | 'overdue'> | undefined {
  if (!record?.acknowledgedOn) return { what: 'acknowledge', stage, due: clocks.acknowledgeBy };
  if (!record.respondedOn) return { what: 'respond', stage, due: clocks.respondDue };
  return undefined;
}

// The queue asks "how many working days to D?" for every open case, and cases share due dates:
// answers are remembered for the current day only (the count walks each day, so it is worth it).
let memoDay = '';
const memo = new Map<string, number>();
function workingDaysLeft(profile: PolicyProfile, today: string, due: string): number {
  if (today !== memoDay) {
    memo.clear();
    memoDay = today;
  }
  const calendar = calendarFor(profile);
  const key = `${calendar.nation}|${calendar.extraNonWorkingDays?.join(',')}|${due}`;
  let left = memo.get(key);
  if (left === undefined) {
    left = workingDaysBetween(today, due, calendar);
    memo.set(key, left);
  }
  return left;
}

export function caseState(profile: PolicyProfile, c: TrackedCase, today: Date | string): CaseState {
  const lifecycle = LifecycleSchema.parse(c.lifecycle ?? {});
  const phase = phaseOf(c.decision, lifecycle);
  const inStage1 = phase === 'stage1' || lifecycle.stage1 !== undefined || c.decision.outcome === 'stage1_opened';
  const stage1 = inStage1
    ? withExtension(
        stage1Clocks(profile, lifecycle.stage1?.openedOn ?? londonDate(c.receivedAt), lifecycle.stage1?.acknowledgedOn),
        lifecycle.stage1,
      )
    : undefined;
  const stage2 = lifecycle.stage2
    ? withExtension(stage2Clocks(profile, lifecycle.stage2.requestedOn, lifecycle.stage2.acknowledgedOn), lifecycle.stage2)
    : undefined;
  const quickFix = c.decision.outcome === 'quick_fix' ? quickFixClocks(profile, londonDate(c.receivedAt)) : undefined;

  let clock: Omit<Clock, 'workingDaysLeft' | 'overdue'> | undefined;
  if (phase === 'needs_review' && c.decision.deadlines.acknowledgeBy) {
    // Code 6.2: the acknowledgement clock runs from receipt while a person decides.
    clock = { what: 'review', stage: 0, due: c.decision.deadlines.acknowledgeBy };
  } else if (phase === 'stage1' && stage1) {
    clock = stageClock(1, stage1, lifecycle.stage1);
  } else if (phase === 'stage2' && stage2) {
    clock = stageClock(2, stage2, lifecycle.stage2);
  } else if (phase === 'quick_fix' && quickFix?.respondBy) {
    clock = { what: 'quick_fix', stage: 0, due: quickFix.respondBy };
  }
  const next = clock
    ? { ...clock, workingDaysLeft: workingDaysLeft(profile, londonDate(today), clock.due), overdue: clock.due < londonDate(today) }
    : undefined;
  return {
    phase,
    lifecycle,
    reviewed: lifecycle.reviewed !== undefined,
    ...(stage1 ? { stage1 } : {}),
    ...(stage2 ? { stage2 } : {}),
    ...(quickFix ? { quickFix: { respondBy: quickFix.respondBy, escalatesToStage1On: quickFix.escalatesToStage1On } } : {}),
    ...(next ? { next } : {}),
  };
}

/** "in 3 working days", "due today", "2 working days overdue": how far a deadline is, in words. */
export function relativeDue(workingDaysLeft: number, overdue = workingDaysLeft < 0): string {
  if (workingDaysLeft === 0) return overdue ? 'overdue since the last working day' : 'due today';
  const n = Math.abs(workingDaysLeft);
  const days = `${n} working day${n === 1 ? '' : 's'}`;
  return workingDaysLeft > 0 ? `in ${days}` : `${days} overdue`;
}

// Where a case stands and which clock runs next, derived from the triage decision and what staff
// recorded. Pure: profile, case and today in; the console and the figures both read this.
import type { TriageDecision } from '../triage/decisionSchema';
import type { PolicyProfile } from '../triage/profileSchema';
import { calendarFor } from '../triage/calendarFor';
import { quickFixDeadline } from '../triage/quickFix';
import { stage1Deadlines, type StageDeadlines } from '../triage/stage1Deadlines';
import { stage2Deadlines } from '../triage/stage2Deadlines';
import { londonDate, workingDaysBetween } from '../triage/workingDays';
import type { FigureLifecycle } from './figureFacts';
import { LifecycleSchema, type Lifecycle, type StageRecord } from './lifecycleSchema';

export type Phase = 'needs_review' | 'quick_fix' | 'stage1' | 'stage2' | 'closed' | 'routed';

/** What of the triage decision the state reads. */
export type StateDecision = Pick<TriageDecision, 'outcome' | 'deadlines' | 'consent'>;

export interface TrackedCase {
  receivedAt: Date;
  decision: StateDecision;
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
  /** Whether a representative acts with the resident's permission (triage/consentGate.ts). */
  consent: TriageDecision['consent'];
  stage1?: StageClocks;
  stage2?: StageClocks;
  quickFix?: { respondBy?: string; escalatesToStage1On?: string };
  next?: Clock;
}

/**
 * The clock questions a case's state asks. The triage functions are pure but walk the calendar day
 * by day, and a queue asks the same questions for every case received on the same day, so a service
 * that loads many cases passes a cache (clockCache); one case alone is answered directly.
 */
export interface CaseClocks {
  stage1(profile: PolicyProfile, from: string, acknowledgedOn?: string): StageDeadlines;
  stage2(profile: PolicyProfile, requestedOn: string, acknowledgedOn?: string): StageDeadlines;
  quickFix(profile: PolicyProfile, receivedOn: string): ReturnType<typeof quickFixDeadline>;
  workingDaysLeft(profile: PolicyProfile, today: string, due: string): number;
}

const direct: CaseClocks = {
  stage1: (profile, from, acknowledgedOn) => stage1Deadlines(profile, from, { acknowledgedOn }),
  stage2: (profile, requestedOn, acknowledgedOn) => stage2Deadlines(profile, requestedOn, { acknowledgedOn }),
  quickFix: (profile, receivedOn) => quickFixDeadline(profile, receivedOn),
  workingDaysLeft: (profile, today, due) => workingDaysBetween(today, due, calendarFor(profile)),
};

/** Remembers answers (at most `limit` of each kind); working days left only for the current day. */
export function clockCache(limit = 20_000): CaseClocks {
  const remembered = <A extends unknown[], R>(fn: (profile: PolicyProfile, ...args: A) => R) => {
    const answers = new Map<string, R>();
    return (profile: PolicyProfile, ...args: A): R => {
      const key = `${profile.id}@${profile.version}|${JSON.stringify(args)}`;
      let answer = answers.get(key);
      if (answer === undefined) {
        if (answers.size >= limit) answers.clear();
        answer = fn(profile, ...args);
        answers.set(key, answer);
      }
      return answer;
    };
  };
  let day = '';
  let daysLeftToday = remembered(direct.workingDaysLeft);
  return {
    stage1: remembered(direct.stage1),
    stage2: remembered(direct.stage2),
    quickFix: remembered(direct.quickFix),
    workingDaysLeft(profile, today, due) {
      if (today !== day) {
        daysLeftToday = remembered(direct.workingDaysLeft);
        day = today;
      }
      return daysLeftToday(profile, today, due);
    },
  };
}

function withExtension(clocks: StageDeadlines, record: { extension?: { to: string } } | undefined): StageClocks {
  return { ...clocks, respondDue: record?.extension?.to ?? clocks.respondBy };
}

function phaseOf(decision: Pick<StateDecision, 'outcome'>, lifecycle: FigureLifecycle): Phase {
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

/**
 * A case's phase and the clocks of its stages: all the figures read of its state, from no more of
 * the case than they keep (lifecycle/figureFacts.ts), so a full lifecycle and its figure facts give
 * the same answer.
 */
export type StageStates = Pick<CaseState, 'phase' | 'stage1' | 'stage2' | 'quickFix'>;

export function stageStates(
  profile: PolicyProfile,
  c: { receivedAt: Date; decision: Pick<StateDecision, 'outcome'>; lifecycle: FigureLifecycle },
  clocks: CaseClocks = direct,
): StageStates {
  const { decision, lifecycle } = c;
  const phase = phaseOf(decision, lifecycle);
  const inStage1 = phase === 'stage1' || lifecycle.stage1 !== undefined || decision.outcome === 'stage1_opened';
  const stage1 = inStage1
    ? withExtension(
        clocks.stage1(profile, lifecycle.stage1?.openedOn ?? londonDate(c.receivedAt), lifecycle.stage1?.acknowledgedOn),
        lifecycle.stage1,
      )
    : undefined;
  const stage2 = lifecycle.stage2
    ? withExtension(clocks.stage2(profile, lifecycle.stage2.requestedOn, lifecycle.stage2.acknowledgedOn), lifecycle.stage2)
    : undefined;
  const quickFix = decision.outcome === 'quick_fix' ? clocks.quickFix(profile, londonDate(c.receivedAt)) : undefined;
  return {
    phase,
    ...(stage1 ? { stage1 } : {}),
    ...(stage2 ? { stage2 } : {}),
    ...(quickFix ? { quickFix: { respondBy: quickFix.respondBy, escalatesToStage1On: quickFix.escalatesToStage1On } } : {}),
  };
}

/** A case's state as any day sees it: which clock runs next, but not how far away it is. */
export type DayFreeCaseState = Omit<CaseState, 'next'> & { next?: Omit<Clock, 'workingDaysLeft' | 'overdue'> };

/**
 * Everything of the state that does not depend on the day (what the stored queue columns keep).
 * Counting working days to a deadline walks the calendar day by day, so it is left to caseState.
 */
export function dayFreeCaseState(profile: PolicyProfile, c: TrackedCase, clocks: CaseClocks = direct): DayFreeCaseState {
  const lifecycle = LifecycleSchema.parse(c.lifecycle ?? {});
  const { phase, stage1, stage2, quickFix } = stageStates(profile, { ...c, lifecycle }, clocks);

  let next: DayFreeCaseState['next'];
  if (phase === 'needs_review' && c.decision.deadlines.acknowledgeBy) {
    // Code 6.2: the acknowledgement clock runs from receipt while a person decides.
    next = { what: 'review', stage: 0, due: c.decision.deadlines.acknowledgeBy };
  } else if (phase === 'stage1' && stage1) {
    next = stageClock(1, stage1, lifecycle.stage1);
  } else if (phase === 'stage2' && stage2) {
    next = stageClock(2, stage2, lifecycle.stage2);
  } else if (phase === 'quick_fix' && quickFix?.respondBy) {
    next = { what: 'quick_fix', stage: 0, due: quickFix.respondBy };
  }
  return {
    phase,
    lifecycle,
    reviewed: lifecycle.reviewed !== undefined,
    consent: c.decision.consent,
    ...(stage1 ? { stage1 } : {}),
    ...(stage2 ? { stage2 } : {}),
    ...(quickFix ? { quickFix } : {}),
    ...(next ? { next } : {}),
  };
}

export function caseState(profile: PolicyProfile, c: TrackedCase, today: Date | string, clocks: CaseClocks = direct): CaseState {
  const { next, ...state } = dayFreeCaseState(profile, c, clocks);
  const day = londonDate(today);
  return {
    ...state,
    ...(next ? { next: { ...next, workingDaysLeft: clocks.workingDaysLeft(profile, day, next.due), overdue: next.due < day } } : {}),
  };
}

/** "in 3 working days", "due today", "2 working days overdue": how far a deadline is, in words. */
export function relativeDue(workingDaysLeft: number, overdue = workingDaysLeft < 0): string {
  if (workingDaysLeft === 0) return overdue ? 'overdue since the last working day' : 'due today';
  const n = Math.abs(workingDaysLeft);
  const days = `${n} working day${n === 1 ? '' : 's'}`;
  return workingDaysLeft > 0 ? `in ${days}` : `${days} overdue`;
}

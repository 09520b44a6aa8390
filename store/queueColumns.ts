// The columns the staff queue filters and sorts on, computed by the pure state (lifecycle/caseState.ts,
// store/urgentReasons.ts, the hazard clocks' steps), and what the figures read of the case
// (lifecycle/figureFacts.ts), wherever a case or one of its hazard clocks is written: the
// versioned-write gate, the two ways a case is opened, and the start-up backfill.
// None depends on the day: "overdue" and "due this week" compare queue_due_on with today in SQL.
import { dayFreeCaseState, type CaseClocks, type Phase, type TrackedCase } from '../lifecycle/caseState';
import { figureFacts, type FigureFacts } from '../lifecycle/figureFacts';
import { profileOf } from '../lifecycle/caseProfile';
import { hasOpenEmergency, urgentReasons } from './urgentReasons';
import type { StructuredCase } from '../triage/caseSchema';
import type { TriageDecision } from '../triage/decisionSchema';
import { deadlineInstant, stepsOf, type ClockSteps } from './hazardSteps';

export interface CaseQueueColumns {
  queuePhase: Phase;
  queueReviewed: boolean;
  /** The next complaint deadline (a London date), and the last moment it allows. */
  queueDueOn: string | null;
  queueDueAt: Date | null;
  /** Urgent from the case itself: safeguarding, danger, damp harming health (not its hazard clocks). */
  queueCaseUrgent: boolean;
  figuresFacts: FigureFacts;
}

export interface HazardQueueColumns {
  /** An open emergency hazard clock. */
  hazardEmergency: boolean;
  /** The soonest deadline of a step still to do on an open clock. */
  hazardDueAt: Date | null;
}

export type QueuedCase = TrackedCase & { profileId: string; caseData: StructuredCase; decision: TriageDecision };
export type QueuedClock = ClockSteps & { status: string; category: string };

/** The day is irrelevant to every column kept: any day will do for a hazard clock's steps. */
const ANY_DAY = new Date(0);

export function caseQueueColumns(row: QueuedCase, clocks?: CaseClocks): CaseQueueColumns {
  const state = dayFreeCaseState(profileOf(row), row, clocks);
  return {
    queuePhase: state.phase,
    queueReviewed: state.reviewed,
    queueDueOn: state.next?.due ?? null,
    queueDueAt: state.next ? new Date(deadlineInstant(state.next.due)) : null,
    queueCaseUrgent: urgentReasons(row, []).length > 0,
    figuresFacts: figureFacts(row),
  };
}

export function hazardQueueColumns(clocks: readonly QueuedClock[]): HazardQueueColumns {
  const open = clocks.filter((c) => c.status === 'open');
  const due = open.flatMap((c) => stepsOf(c, ANY_DAY).filter((s) => s.doneAt === null).map((s) => deadlineInstant(s.deadline)));
  return { hazardEmergency: hasOpenEmergency(open), hazardDueAt: due.length > 0 ? new Date(Math.min(...due)) : null };
}

export type QueueColumns = CaseQueueColumns & HazardQueueColumns;

/** A case about to be opened (nothing recorded on it yet), with the hazard clocks its decision starts. */
export function newCaseQueueColumns({ caseData, decision }: { caseData: StructuredCase; decision: TriageDecision }): QueueColumns {
  const row = { profileId: decision.profile.id, receivedAt: new Date(caseData.receivedAt), caseData, decision, lifecycle: {} };
  const clocks = decision.hazards.map((h) => ({ status: 'open', category: h.category, deadlines: h.deadlines }));
  return { ...caseQueueColumns(row), ...hazardQueueColumns(clocks) };
}

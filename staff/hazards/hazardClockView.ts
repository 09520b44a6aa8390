// The staff view of Awaab's Law clocks, pure: each step's deadline and state, the soonest
// deadline still open (the hazard view's order), and the met / missed counts for the figures.
import type { HazardClock } from '../../triage/decisionSchema';
import type { ClockState } from '../../triage/clockState';
import { deadlineInstant, stepsOf, type HazardClockRow, type StepView } from '../../store/hazardSteps';

export { deadlineInstant, type HazardClockRow, type HazardStep } from '../../store/hazardSteps';

export interface HazardClockView {
  id: number;
  version: number;
  caseReference: string;
  hazard: HazardClock['hazard'];
  category: HazardClock['category'];
  awareAt: string;
  steps: StepView[];
  alternativeAccommodationOfferedAt: string | null;
  /** The earliest deadline of a step not yet done; null once everything known is done. */
  nextDeadline: string | null;
  status: HazardClockRow['status'];
  /** When staff closed it because it should never have started, and why. */
  closedInError: { at: string; reason: string } | null;
}

/** Closed once the investigation has concluded (so every later clock is known) and every step is done. */
export function hazardStatus(row: HazardClockRow, now: Date): 'open' | 'closed' {
  return row.investigationConcludedOn !== null && stepsOf(row, now).every((s) => s.doneAt !== null) ? 'closed' : 'open';
}

export function hazardClockView(row: HazardClockRow, caseReference: string, now: Date): HazardClockView {
  const steps = stepsOf(row, now);
  const open = steps.filter((s) => s.doneAt === null).sort((a, b) => deadlineInstant(a.deadline) - deadlineInstant(b.deadline));
  return {
    id: row.id,
    version: row.version,
    caseReference,
    hazard: row.hazard,
    category: row.category,
    awareAt: row.awareAt.toISOString(),
    steps,
    alternativeAccommodationOfferedAt: row.alternativeAccommodationOfferedOn?.toISOString() ?? null,
    nextDeadline: open[0]?.deadline ?? null,
    status: row.status,
    closedInError: row.closedInErrorAt && row.closedInErrorReason ? { at: row.closedInErrorAt.toISOString(), reason: row.closedInErrorReason } : null,
  };
}

/** The hazard view's order: the soonest open deadline first; clocks with nothing outstanding last. */
export function bySoonestDeadline(a: HazardClockView, b: HazardClockView): number {
  const at = (v: HazardClockView) => (v.nextDeadline === null ? Number.POSITIVE_INFINITY : deadlineInstant(v.nextDeadline));
  return at(a) - at(b) || a.id - b.id;
}

/** The steps met and missed (and still running), and apart from them the clocks closed in error. */
export type HazardFigures = Record<ClockState, number> & { closedInError: number };

/**
 * Hazard clocks met and missed (and still running) for the figures, per step. A clock closed in
 * error should never have run, so its steps are neither met nor missed: it is counted apart.
 */
export function hazardFigures(views: readonly HazardClockView[]): HazardFigures {
  const counts: HazardFigures = { met: 0, missed: 0, due: 0, overdue: 0, closedInError: 0 };
  for (const view of views) {
    if (view.status === 'closed_in_error') counts.closedInError += 1;
    else for (const step of view.steps) counts[step.state] += 1;
  }
  return counts;
}

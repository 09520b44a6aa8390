import { calendarFor } from './calendarFor';
import type { PolicyProfile } from './profileSchema';
import { addWorkingDays } from './workingDays';

export interface QuickFixDeadline {
  respondBy?: string;
  escalatesToStage1On?: string;
  sources: string[];
}

/**
 * The quick-fix window (WCH 4.7.1: grumble reply in 3 working days; Greatwell 2.2: resolved in
 * 3 working days or it becomes a stage 1 complaint). Escalation happens on the first working
 * day after the window closes, and stage 1 clocks then count from that day.
 */
export function quickFixDeadline(profile: PolicyProfile, receivedAt: string | Date): QuickFixDeadline {
  const { respondWithinWorkingDays, autoEscalatesToStage1, source, defaultWindow } = profile.quickFix;
  const calendar = calendarFor(profile);
  if (respondWithinWorkingDays === null) {
    return defaultWindow ? { respondBy: addWorkingDays(receivedAt, defaultWindow.workingDays, calendar), sources: [...source, ...defaultWindow.source] } : { sources: source };
  }
  const respondBy = addWorkingDays(receivedAt, respondWithinWorkingDays, calendar);
  return autoEscalatesToStage1
    ? { respondBy, escalatesToStage1On: addWorkingDays(respondBy, 1, calendar), sources: source }
    : { respondBy, sources: source };
}

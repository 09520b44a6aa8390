// What the hazard page shows, pure: each open Awaab's Law clock soonest deadline first, every step's
// deadline with how far it is in words and its state in words, and what can still be recorded.
import { DateTime } from 'luxon';
import type { HazardRecord } from '../../staff/hazards/hazardActions';
import type { HazardStep } from '../../staff/hazards/hazardClockView';
import type { SeenHazardClock } from '../../staff/hazards/hazardService';
import { HAZARD_NAMES } from '../../templates/conversation/messages';
import { LONDON } from '../../triage/workingDays';
import { hazardDeadlineInWords } from '../../staff/hazards/hazardDeadlineWords';

export const STEP_LABELS: Record<HazardStep, string> = {
  investigate: 'Investigate',
  make_safe: 'Make safe',
  summary: 'Written summary to the resident',
  safety_work: 'Relevant safety work',
  further_works: 'Further works physically started',
};

export const RECORD_LABELS: Record<HazardRecord, string> = {
  'investigation-concluded': 'Investigation concluded',
  'summary-sent': 'Written summary sent',
  'safety-work-done': 'Safety work done (made safe)',
  'further-works-started': 'Further works started',
  'alternative-accommodation-offered': 'Alternative accommodation offered',
};

/** The form's "when" field: London wall-clock time to the minute, as a datetime-local input holds it. */
export const londonMinute = (at: Date) => DateTime.fromJSDate(at).setZone(LONDON).toFormat("yyyy-LL-dd'T'HH:mm");

export function hazardPageView(clocks: readonly SeenHazardClock[], now: Date) {
  return clocks.map(({ view, calendar, open }) => ({
    id: view.id,
    version: view.version,
    caseReference: view.caseReference,
    hazard: HAZARD_NAMES[view.hazard],
    emergency: view.category === 'emergency',
    awareAt: view.awareAt,
    alternativeAccommodationOfferedAt: view.alternativeAccommodationOfferedAt,
    steps: view.steps.map((step) => ({
      label: STEP_LABELS[step.step],
      deadline: step.deadline,
      // Working-day deadlines are London dates; the 24-hour clock's are instants.
      isDate: !step.deadline.includes('T'),
      inWords: step.doneAt === null ? hazardDeadlineInWords(step.deadline, now, calendar) : null,
      doneAt: step.doneAt,
      state: step.state,
      late: step.state === 'overdue' || step.state === 'missed',
    })),
    records: open.map((record) => ({ value: record, text: RECORD_LABELS[record] })),
    at: londonMinute(now),
  }));
}

import { calendarFor } from './calendarFor';
import type { HazardReport, StructuredCase } from './caseSchema';
import type { HazardClock, Reason } from './decisionSchema';
import { EMERGENCY_HOURS, hazardDeadlines, INVESTIGATE_WORKING_DAYS, londonInstant } from './hazardClocks';
import { HAZARD_NAMES, hazardScope } from './hazardScope';
import type { PolicyProfile } from './profileSchema';
import { reason } from './reason';
import { londonDate } from './workingDays';

/**
 * When the landlord became aware: the earlier of the first report and this contact — this
 * contact makes the landlord aware at the latest (S.I. 2025/1042: the clock runs from awareness).
 */
function awareness(report: HazardReport, receivedAt: string): string {
  const first = report.firstReportedAt;
  return londonInstant(first !== undefined && Date.parse(first) < Date.parse(receivedAt) ? first : receivedAt);
}

function clockMessage(clock: HazardClock): string {
  const name = HAZARD_NAMES[clock.hazard];
  return clock.category === 'emergency'
    ? `Emergency hazard (${name}): investigate and make safe by ${clock.deadlines.makeSafeBy}, ${EMERGENCY_HOURS} hours from awareness, alongside anything else this contact becomes.`
    : `Significant hazard (${name}): investigate by ${clock.deadlines.investigateBy}, ${INVESTIGATE_WORKING_DAYS} working days after awareness; ` +
        'written summary within 3 working days and safety work within 5 working days of the investigation; further works started within 12 weeks.';
}

/**
 * Awaab's Law clocks for every hazard the case reports, whatever its category: a first report of
 * mould is a service request and a clock; a complaint about mould gets both clocks (S.I. 2025/1042:
 * the clock runs from awareness, through any channel).
 */
export function hazardClocks(profile: PolicyProfile, c: StructuredCase): { hazards: HazardClock[]; reasons: Reason[] } {
  const calendar = calendarFor(profile);
  const hazards: HazardClock[] = [];
  const reasons: Reason[] = [];
  for (const report of c.hazards) {
    const awareAt = awareness(report, c.receivedAt);
    const scope = hazardScope(profile, c.tenure, report, londonDate(awareAt));
    if (!scope.inScope) {
      reasons.push(reason('awaabs_law_out_of_scope', `${HAZARD_NAMES[report.hazard]}: ${scope.why} No Awaab's Law clock; it is handled as a repair under the landlord's policy.`, scope.sources));
      continue;
    }
    const clock: HazardClock = {
      hazard: report.hazard,
      category: scope.category,
      awareAt,
      deadlines: hazardDeadlines(scope.category, awareAt, calendar),
      sources: [...new Set(scope.sources)],
    };
    hazards.push(clock);
    reasons.push(reason('awaabs_law_clock', clockMessage(clock), clock.sources));
  }
  return { hazards, reasons };
}

import type { StructuredCase } from './caseSchema';
import type { Exclusion, Reason } from './decisionSchema';
import { explainExclusion } from './explainExclusion';
import type { PolicyProfile } from './profileSchema';
import { reason } from './reason';
import { londonDate } from './workingDays';

export interface TimeLimitFinding {
  exclusion?: Exclusion;
  reasons: Reason[];
}

/**
 * The day the time limit counts from. Code 2.3 allows "the issue occurring or the resident
 * becoming aware of it", so the later of the two (the one kinder to the resident); an ongoing
 * issue counts from its latest occurrence, taken to be the day of receipt when not given.
 */
export function timeLimitStart(c: StructuredCase): string | undefined {
  const received = londonDate(c.receivedAt);
  if (c.incident.ongoing) return c.incident.lastOccurredOn ?? received;
  const dates = [c.incident.occurredOn, c.incident.becameAwareOn].filter((d): d is string => d !== undefined);
  return dates.length > 0 ? dates.sort().at(-1) : undefined;
}

/**
 * The same day `months` later, or the month's last day when it has no such day (31 August 2025 + 6
 * months is 28 February 2026), as luxon's calendar arithmetic gives; plain arithmetic, because triage
 * runs for every message and luxon's DateTime for this cost more than the rest of the check.
 */
export function plusMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const total = year * 12 + month - 1 + months;
  const [y, m] = [Math.floor(total / 12), (total % 12) + 1];
  const endOfMonth = new Date(0);
  endOfMonth.setUTCFullYear(y, m, 0); // day 0 of the next month
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, endOfMonth.getUTCDate())).padStart(2, '0')}`;
}

export function checkTimeLimit(profile: PolicyProfile, c: StructuredCase): TimeLimitFinding {
  const { months, late, exceptions, source } = profile.timeLimit;
  if (months === null) return { reasons: [] };
  const start = timeLimitStart(c);
  if (start === undefined) {
    return { reasons: [reason('time_limit_no_date', 'No date for the issue was given, so the time limit was not applied; ask when it happened.', source)] };
  }
  const lastDay = plusMonths(start, months);
  if (londonDate(c.receivedAt) <= lastDay) return { reasons: [] };

  const excepted = [
    exceptions.safeguarding && c.signals.safeguarding ? 'safeguarding' : undefined,
    exceptions.healthAndSafety && c.signals.healthAndSafety ? 'health and safety' : undefined,
  ].filter((e): e is string => e !== undefined);
  if (excepted.length > 0) {
    return {
      reasons: [reason('time_limit_exception', `Raised more than ${months} months after ${start}, but ${excepted.join(' and ')} issues are never excluded by the time limit.`, source)],
    };
  }
  if (late === 'discretionary') {
    // Chosen: a person decides. Code 2.3 requires the landlord to consider discretion for late
    // complaints and Code 2.5 forbids blanket exclusion, so excluding automatically would skip
    // that judgement; accepting automatically would ignore the landlord's own limit.
    return {
      reasons: [
        reason('time_limit_discretion', `Raised more than ${months} months after ${start}: consider whether there are good reasons to accept it anyway.`, [...source, 'Code 2.3', 'Code 2.5']),
      ],
    };
  }
  return {
    exclusion: {
      rule: 'time_limit',
      explanation: explainExclusion('time_limit', profile.ombudsman, { months }),
      sources: source,
    },
    reasons: [],
  };
}

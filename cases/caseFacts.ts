// What the tenant's words establish for a case, whichever channel they came by: one pure
// mapping from what understanding found in each message to case facts, and one way of adding
// those facts to a case. It leans to recall on safety: a false alarm costs a senior look, a
// missed danger costs far more.
import { DateTime } from 'luxon';
import type { HazardReport, StructuredCase } from '../triage/caseSchema';
import { londonDate } from '../triage/workingDays';
import { householdAtRisk } from '../understanding/householdAtRisk';
import { immediateDanger, type ImmediateDanger } from '../understanding/immediateDanger';
import type { Understanding } from '../understanding/understandingSchema';

/** One message the tenant wrote, when we received it, and what understanding made of it. */
export interface Said {
  text: string;
  at: Date;
  understanding: Understanding;
}

export interface CaseFacts {
  signals: Pick<StructuredCase['signals'], 'safeguarding' | 'healthAndSafety' | 'staffConduct'>;
  incident: StructuredCase['incident'];
  /** Each hazard once, from the first message that described it (Awaab's Law runs from awareness). */
  hazards: StructuredCase['hazards'];
  /** Danger to someone right now, in any message: the emergency advice every channel gives. */
  danger?: ImmediateDanger;
}

export function caseFacts(said: readonly Said[]): CaseFacts {
  const danger = mergedDanger(said.map((s) => immediateDanger(s.text)));
  const signalled = said.some((s) => s.understanding.signals.safeguarding_or_health_and_safety);
  const hazards = hazardsFrom(said);
  return {
    signals: {
      // A person at risk — from themselves, from someone else, alone, or vulnerable in the cold —
      // is a safeguarding matter; danger from the home is health and safety.
      safeguarding: danger !== undefined && (danger.selfHarm || danger.threat || danger.childAlone || danger.noHeatingVulnerable),
      // whg 2.5; Awaab's Law: a risk to health or safety is acted on at once.
      healthAndSafety: signalled || danger !== undefined || hazards.some((h) => h.emergency),
      staffConduct: said.some((s) => s.understanding.signals.staff_conduct),
    },
    incident: incidentFrom(said.flatMap((s) => s.understanding.dates)),
    hazards,
    ...(danger ? { danger } : {}),
  };
}

/**
 * Code 2.3: the time limit runs from the latest occurrence, so the date taken is the LATEST the
 * words allow — "in 2022" is 31 December 2022, and of "last week" and "March 2023" the first.
 */
export function incidentFrom(dates: Understanding['dates']): StructuredCase['incident'] {
  const days = dates
    .map((d) => DateTime.fromISO(d.latest ?? d.date, { setZone: true }))
    .filter((d) => d.isValid)
    .map((d) => londonDate(d.toISO() as string))
    .sort();
  const ongoing = dates.some((d) => d.ongoing === true);
  return { ...(days.length > 0 ? { occurredOn: days[days.length - 1] } : {}), ...(ongoing ? { ongoing: true } : {}) };
}

function hazardsFrom(said: readonly Said[]): StructuredCase['hazards'] {
  const byHazard = new Map<string, StructuredCase['hazards'][number]>();
  for (const { text, at, understanding } of [...said].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    for (const h of understanding.hazards) {
      const seen = byHazard.get(h.hazard);
      byHazard.set(h.hazard, {
        hazard: h.hazard,
        emergency: h.emergency || (seen?.emergency ?? false),
        firstReportedAt: seen?.firstReportedAt ?? at.toISOString(),
        ...withAtRisk(seen?.atRisk, householdAtRisk(text, h.severityCues)),
      });
    }
  }
  return [...byHazard.values()];
}

/** Everyone at risk either list names, once; no field when nobody is (older cases have none). */
function withAtRisk(a: HazardReport['atRisk'], b: HazardReport['atRisk']): Pick<HazardReport, 'atRisk'> {
  const atRisk = [...new Set([...(a ?? []), ...(b ?? [])])];
  return atRisk.length > 0 ? { atRisk } : {};
}

function mergedDanger(found: readonly (ImmediateDanger | undefined)[]): ImmediateDanger | undefined {
  const present = found.filter((d): d is ImmediateDanger => d !== undefined);
  if (present.length === 0) return undefined;
  const keys = Object.keys(present[0]) as (keyof ImmediateDanger)[];
  return Object.fromEntries(keys.map((k) => [k, present.some((d) => d[k])])) as unknown as ImmediateDanger;
}

/**
 * The case with the facts added, never taken away: a flag the channel set stays set, a hazard it
 * reported keeps the earlier awareness, and a date it gave is kept.
 */
export function withFacts(caseData: StructuredCase, facts: CaseFacts): StructuredCase {
  const hazards = new Map(caseData.hazards.map((h) => [h.hazard, h]));
  for (const h of facts.hazards) {
    const given = hazards.get(h.hazard);
    const firstReportedAt = [given?.firstReportedAt, h.firstReportedAt].filter((t): t is string => t !== undefined).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    hazards.set(h.hazard, {
      hazard: h.hazard,
      emergency: h.emergency || (given?.emergency ?? false),
      ...(firstReportedAt ? { firstReportedAt } : {}),
      ...withAtRisk(given?.atRisk, h.atRisk),
    });
  }
  const signals = { ...caseData.signals };
  for (const key of ['safeguarding', 'healthAndSafety', 'staffConduct'] as const) signals[key] = signals[key] || facts.signals[key];
  const incident = caseData.incident.occurredOn ? caseData.incident : { ...facts.incident, ...caseData.incident };
  return { ...caseData, signals, incident, hazards: [...hazards.values()] };
}

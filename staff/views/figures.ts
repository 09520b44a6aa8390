// The figures the Code's self-assessment and the Regulator's Tenant Satisfaction Measures need,
// pure: cases with their state in, numbers out (Code 8.1; TSM CH01, CH02).
import { z } from 'zod';
import { calendarDay } from '../../triage/dateBounds';
import { CLOCK_STATES } from '../../triage/clockState';
import { DEFAULT_PROFILE_ID } from '../../triage/profiles';
import { londonDate } from '../../triage/workingDays';
import type { PolicyProfile } from '../../triage/profileSchema';
import { backdated, recordedLate } from '../../lifecycle/lifecycleSchema';
import type { StageStates } from '../../lifecycle/caseState';
import type { FigureLifecycle } from '../../lifecycle/figureFacts';
import type { FigureRow } from '../service/figureRows';
import type { HazardFigures } from '../hazards/hazardClockView';
import { remedySummary } from './remedySummary';

const isoDate = (what: string) => calendarDay(what, '2026-04-01');
/** A longer period is not a report anyone reads, and costs a working-day walk per day. */
const MAX_PERIOD_DAYS = 5 * 366;

export const FiguresQuerySchema = z
  .object({
    profile: z.string().max(64).default(DEFAULT_PROFILE_ID),
    from: isoDate('from').optional(),
    to: isoDate('to').optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: 'from must be on or before to', path: ['to'] })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= MAX_PERIOD_DAYS * 86_400_000, {
    error: 'the period from..to must be at most five years',
    path: ['to'],
  });
export type FiguresQuery = z.infer<typeof FiguresQuerySchema>;

export interface Period {
  from: string;
  to: string;
}

/** TSMs are reported per financial year (1 April – 31 March): the default period is the current one. */
export function periodFor(query: Pick<FiguresQuery, 'from' | 'to'>, now: Date): Period {
  const today = londonDate(now);
  const year = Number(today.slice(0, 4)) - (today.slice(5) < '04-01' ? 1 : 0);
  return { from: query.from ?? `${year}-04-01`, to: query.to ?? `${year + 1}-03-31` };
}

export interface Share {
  count: number;
  of: number;
  /** One decimal place; null when there is nothing to divide by. */
  percent: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const share = (count: number, of: number): Share => ({ count, of, percent: of === 0 ? null : round1((count / of) * 100) });

/** Each key with the number of cases it stands for, summed by key, most first. */
function tally(keys: [string, number][]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [k, n] of keys) counts[k] = (counts[k] ?? 0) + n;
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

/**
 * The Regulator's TSMs report low-cost rental accommodation and low-cost home ownership apart; each
 * tenure a case records falls in one group or neither (leaseholders and unknown tenures are counted
 * in the totals only). Landlords should check this against the TSM technical requirements.
 */
export const TENURE_GROUPS = {
  lowCostRental: ['social_tenancy', 'supported_accommodation', 'temporary_accommodation', 'licence'],
  lowCostHomeOwnership: ['shared_owner'],
} as const;
type TenureGroup = keyof typeof TENURE_GROUPS;

/**
 * The deadline a response is measured against: an extension moves it (Code 6.4) only when it was
 * recorded by the deadline it extends. One recorded after the deadline has passed is allowed (the
 * resident is told the new date) but the response still counts as late, so figures cannot be
 * improved after the fact.
 */
export function respondDeadlineInForce(clocks: { respondBy: string; respondDue: string }, extension: { recordedOn: string } | undefined): string {
  return extension && extension.recordedOn <= clocks.respondBy ? clocks.respondDue : clocks.respondBy;
}

/**
 * `hazards`: the Awaab's Law steps met, missed and still running for the same cases and period
 * (HazardService.figures), reported beside the complaint measures as the Ombudsman checks both;
 * clocks closed in error are counted apart, never as met or missed.
 */
/**
 * A kind of case as the figures read it: the columns they need and its figure facts
 * (staff/service/figureRows.ts), its stages' state from those facts, and how many cases are of
 * this kind, each counted as if read one by one.
 */
export interface FigureEntry {
  row: FigureRow;
  state: StageStates & { lifecycle: FigureLifecycle };
  cases: number;
}
const casesIn = (entries: readonly FigureEntry[]) => entries.reduce((n, e) => n + e.cases, 0);

export function figures(all: FigureEntry[], period: Period, landlord: Pick<PolicyProfile['landlord'], 'homes' | 'homesByTenure'>, hazards: HazardFigures) {
  const homes = landlord.homes;
  const within = (d: string | undefined): d is string => d !== undefined && d >= period.from && d <= period.to;
  // A duplicate merged into another case is that case's complaint, counted there: never received,
  // refused, withdrawn or resolved in its own right, only counted apart (`mergedDuplicates`).
  const entries = all.filter((e) => !e.state.lifecycle.mergedInto);
  const received = entries.filter((e) => within(londonDate(e.row.receivedAt)));
  const stage1Opened = entries.filter((e) => e.state.stage1 && within(e.state.lifecycle.stage1?.openedOn ?? londonDate(e.row.receivedAt)));
  const stage2Requested = entries.filter((e) => within(e.state.lifecycle.stage2?.requestedOn));
  const [stage1Cases, stage2Cases] = [casesIn(stage1Opened), casesIn(stage2Requested)];

  /**
   * Of the stage's events in the period, how many were on time against the deadline then in force,
   * judged by the later of the day they are dated and the day they were entered.
   */
  const timeliness = (stage: 'stage1' | 'stage2', event: 'acknowledgedOn' | 'respondedOn', e: FigureEntry): 'on_time' | 'late' | 'entered_late' => {
    const clocks = e.state[stage];
    const record = e.state.lifecycle[stage];
    const on = record?.[event] as string;
    if (clocks === undefined) return 'late';
    const due = event === 'acknowledgedOn' ? clocks.acknowledgeBy : respondDeadlineInForce(clocks, record?.extension);
    const recordedOn = event === 'acknowledgedOn' ? record?.acknowledgementRecordedOn : record?.responseRecordedOn;
    return on > due ? 'late' : recordedLate(on, recordedOn, due) ? 'entered_late' : 'on_time';
  };
  const done = (stage: 'stage1' | 'stage2', event: 'acknowledgedOn' | 'respondedOn', among = entries) => among.filter((e) => within(e.state.lifecycle[stage]?.[event]));
  const onTime = (stage: 'stage1' | 'stage2', event: 'acknowledgedOn' | 'respondedOn', among = entries) => {
    const all = done(stage, event, among);
    return share(casesIn(all.filter((e) => timeliness(stage, event, e) === 'on_time')), casesIn(all));
  };
  /** Dated within the deadline but entered after it: counted late, and counted here so it shows. */
  const enteredLate = (stage: 'stage1' | 'stage2', event: 'acknowledgedOn' | 'respondedOn') =>
    casesIn(done(stage, event).filter((e) => timeliness(stage, event, e) === 'entered_late'));
  const backdatedCount = (stage: 'stage1' | 'stage2') =>
    casesIn(entries.filter((e) => {
      const r = e.state.lifecycle[stage];
      return (within(r?.acknowledgedOn) && backdated(r?.acknowledgedOn, r?.acknowledgementRecordedOn)) || (within(r?.respondedOn) && backdated(r?.respondedOn, r?.responseRecordedOn));
    }));
  const inGroup = (group: TenureGroup) => (e: FigureEntry) => (TENURE_GROUPS[group] as readonly string[]).includes(e.row.caseData.tenure);
  /** CH01 and CH02 for one tenure group, from its own number of homes. */
  const byTenure = (group: TenureGroup) => {
    const s1 = casesIn(stage1Opened.filter(inGroup(group)));
    const s2 = casesIn(stage2Requested.filter(inGroup(group)));
    const groupHomes = landlord.homesByTenure?.[group];
    return {
      homes: groupHomes ?? null,
      stage1: s1,
      stage2: s2,
      ch01: groupHomes ? { stage1: round1((s1 / groupHomes) * 1000), stage2: round1((s2 / groupHomes) * 1000) } : null,
      ch02: { stage1: onTime('stage1', 'respondedOn', entries.filter(inGroup(group))), stage2: onTime('stage2', 'respondedOn', entries.filter(inGroup(group))) },
    };
  };
  const outcomes = (stage: 'stage1' | 'stage2') =>
    tally(entries.flatMap((e) => {
      const record = e.state.lifecycle[stage];
      return record?.outcome && within(record.respondedOn) ? [[record.outcome, e.cases] as [string, number]] : [];
    }));
  const quickFixes = received.filter((e) => e.row.facts.quickFix || e.state.lifecycle.quickFix !== undefined);
  const resolvedInWindow = quickFixes.filter((e) => {
    const resolvedOn = e.state.lifecycle.quickFix?.resolvedOn;
    const by = e.state.quickFix?.respondBy;
    return resolvedOn !== undefined && (by === undefined || resolvedOn <= by);
  });

  return {
    period,
    homes: homes ?? null,
    received: casesIn(received),
    stage1: stage1Cases,
    stage2: stage2Cases,
    // CH01: complaints per 1,000 homes, stage 1 and stage 2 separately.
    ch01: homes
      ? { stage1: round1((stage1Cases / homes) * 1000), stage2: round1((stage2Cases / homes) * 1000) }
      : null,
    // CH02: responses within the Code's timescales (an extension recorded in time moves the deadline, Code 6.4).
    ch02: { stage1: onTime('stage1', 'respondedOn'), stage2: onTime('stage2', 'respondedOn') },
    // The TSMs report low-cost rental and low-cost home ownership separately.
    byTenure: { lowCostRental: byTenure('lowCostRental'), lowCostHomeOwnership: byTenure('lowCostHomeOwnership') },
    acknowledgedOnTime: { stage1: onTime('stage1', 'acknowledgedOn'), stage2: onTime('stage2', 'acknowledgedOn') },
    extensions: {
      stage1: casesIn(entries.filter((e) => within(e.state.lifecycle.stage1?.extension?.recordedOn))),
      stage2: casesIn(entries.filter((e) => within(e.state.lifecycle.stage2?.extension?.recordedOn))),
    },
    // Recorded after the deadline they extend: allowed, but they do not move it (respondDeadlineInForce).
    lateExtensions: {
      stage1: casesIn(entries.filter((e) => lateExtension(e, 'stage1'))),
      stage2: casesIn(entries.filter((e) => lateExtension(e, 'stage2'))),
    },
    // Dated in time but entered after the deadline: counted late above, listed here so it shows.
    responsesEnteredLate: { stage1: enteredLate('stage1', 'respondedOn'), stage2: enteredLate('stage2', 'respondedOn') },
    acknowledgementsEnteredLate: { stage1: enteredLate('stage1', 'acknowledgedOn'), stage2: enteredLate('stage2', 'acknowledgedOn') },
    // Entered on a later day than they are dated (acknowledgements or responses): allowed, flagged.
    backdated: { stage1: backdatedCount('stage1'), stage2: backdatedCount('stage2') },
    // Code 8.1: refusals by reason.
    refusalsByReason: tally(received.filter((e) => e.row.outcome === 'not_accepted').flatMap((e) => e.row.facts.refusedBy.map((rule): [string, number] => [rule, e.cases]))),
    outcomes: { stage1: outcomes('stage1'), stage2: outcomes('stage2') },
    // Code 8.1: what the Ombudsman determined, by the date of its determination.
    ombudsmanDeterminations: tally(entries.flatMap((e) => {
      const d = e.state.lifecycle.ombudsmanDetermination;
      return d && within(d.on) ? [[d.finding, e.cases] as [string, number]] : [];
    })),
    // Code 8.1–8.2: what the responses sent in the period put right, and why things went wrong.
    remedies: remedySummary(entries.filter(responded).map((e) => ({ lifecycle: e.state.lifecycle, cases: e.cases })), within),
    // Withdrawn by the resident: closed with no outcome, so counted here and never among outcomes.
    withdrawn: casesIn(entries.filter((e) => within(e.state.lifecycle.withdrawn?.on))),
    mergedDuplicates: casesIn(all.filter((e) => within(e.state.lifecycle.mergedInto?.on))),
    byCategory: tally(received.map((e) => [e.row.category, e.cases])),
    byChannel: tally(received.map((e) => [e.row.channel, e.cases])),
    byServiceArea: tally(received.map((e) => [e.row.serviceArea ?? e.row.caseData.serviceArea ?? 'not recorded', e.cases])),
    byTheme: tally(received.map((e) => [e.row.theme ?? 'not recorded', e.cases])),
    quickFixes: { received: casesIn(quickFixes), resolvedInWindow: share(casesIn(resolvedInWindow), casesIn(quickFixes)) },
    hazardSteps: { met: hazards.met, missed: hazards.missed, due: hazards.due, overdue: hazards.overdue },
    hazardClocksClosedInError: hazards.closedInError,
  };
}
export type Figures = ReturnType<typeof figures>;

const responded = (e: FigureEntry) => e.state.lifecycle.stage1?.respondedOn !== undefined || e.state.lifecycle.stage2?.respondedOn !== undefined;

function lateExtension(e: FigureEntry, stage: 'stage1' | 'stage2'): boolean {
  const extension = e.state.lifecycle[stage]?.extension;
  const clocks = e.state[stage];
  return extension !== undefined && clocks !== undefined && extension.recordedOn > clocks.respondBy;
}

export const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // Quote, and defuse spreadsheet formulas in labels that came from data (=, +, -, @).
  return /^[=+\-@]/.test(s) || /[",\n]/.test(s) ? `"${s.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : s;
};

/** One row per figure: measure, breakdown, count, of, percent. */
export function figuresCsv(f: Figures): string {
  const rows: (string | number | null)[][] = [['measure', 'breakdown', 'count', 'of', 'percent']];
  const add = (measure: string, breakdown: string, count: number | null, s?: Share) => rows.push([measure, breakdown, count, s?.of ?? null, s?.percent ?? null]);
  add('period', `${f.period.from} to ${f.period.to}`, null);
  add('homes', '', f.homes);
  add('received', '', f.received);
  add('stage 1 complaints', '', f.stage1);
  add('stage 2 complaints', '', f.stage2);
  add('CH01 per 1,000 homes', 'stage 1', f.ch01?.stage1 ?? null);
  add('CH01 per 1,000 homes', 'stage 2', f.ch01?.stage2 ?? null);
  for (const [group, label] of [['lowCostRental', 'low-cost rental'], ['lowCostHomeOwnership', 'low-cost home ownership']] as const) {
    const t = f.byTenure[group];
    add('homes', label, t.homes);
    add('CH01 per 1,000 homes', `${label} stage 1`, t.ch01?.stage1 ?? null);
    add('CH01 per 1,000 homes', `${label} stage 2`, t.ch01?.stage2 ?? null);
    add('CH02 responded within timescale', `${label} stage1`, t.ch02.stage1.count, t.ch02.stage1);
    add('CH02 responded within timescale', `${label} stage2`, t.ch02.stage2.count, t.ch02.stage2);
  }
  for (const stage of ['stage1', 'stage2'] as const) {
    add('CH02 responded within timescale', stage, f.ch02[stage].count, f.ch02[stage]);
    add('acknowledged on time', stage, f.acknowledgedOnTime[stage].count, f.acknowledgedOnTime[stage]);
    add('extensions', stage, f.extensions[stage]);
    add('extensions recorded after the deadline', stage, f.lateExtensions[stage]);
    add('responses dated in time but entered after the deadline (counted late)', stage, f.responsesEnteredLate[stage]);
    add('acknowledgements dated in time but entered after the deadline (counted late)', stage, f.acknowledgementsEnteredLate[stage]);
    add('backdated entries', stage, f.backdated[stage]);
    for (const [k, v] of Object.entries(f.outcomes[stage])) add('outcome', `${stage} ${k}`, v);
  }
  for (const stage of ['stage1', 'stage2'] as const) {
    add('apologies', stage, f.remedies[stage].apologies);
    // In pence: whole numbers a spreadsheet adds up exactly.
    add('compensation offered (pence)', stage, f.remedies[stage].compensationPence);
  }
  add('withdrawn by the resident', '', f.withdrawn);
  add('duplicates merged into another case', '', f.mergedDuplicates);
  const breakdowns: [string, Record<string, number>][] = [
    ['refusals by reason', f.refusalsByReason],
    ['ombudsman determinations', f.ombudsmanDeterminations],
    ['category', f.byCategory],
    ['channel', f.byChannel],
    ['service area', f.byServiceArea],
    ['theme', f.byTheme],
    ['root cause', f.remedies.byRootCause],
  ];
  for (const [measure, counts] of breakdowns) for (const [k, v] of Object.entries(counts)) add(measure, k, v);
  add('quick fixes resolved in window', '', f.quickFixes.resolvedInWindow.count, f.quickFixes.resolvedInWindow);
  for (const state of CLOCK_STATES) add("Awaab's Law hazard clock steps", state, f.hazardSteps[state]);
  add("Awaab's Law hazard clocks closed in error", '', f.hazardClocksClosedInError);
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// The hazard shell: loads the Awaab's Law clocks the principal may see, runs the pure view
// and step rules, and writes through HazardStore. The JSON API and the console both go through here,
// so a step recorded in either is checked and audited the same way.
import { calendarFor } from '../../triage/calendarFor';
import { londonDate, type WorkingCalendar } from '../../triage/workingDays';
import type { Period } from '../views/figures';
import {
  closeInError,
  recordHazardStep,
  recordsOpen,
  type CloseInErrorBody,
  type HazardChange,
  type HazardRecord,
  type HazardRecordBody,
} from './hazardActions';
import { bySoonestDeadline, hazardClockView, hazardFigures, type HazardClockView, type HazardFigures } from './hazardClockView';
import { statusOf, type HazardQuery } from './hazardQuery';
import { HazardStore, type LoadedHazardClock } from './hazardStore';
import type { Principal } from '../access/roles';
import { StaleVersionError } from '../../store/versionedWrite';
import { profileOf } from '../../lifecycle/caseProfile';
import { refuse, type Refused } from '../../lifecycle/refusal';

/** A clock as staff see it, with the calendar its working-day deadlines count on and what can still be recorded. */
export interface SeenHazardClock {
  view: HazardClockView;
  calendar: WorkingCalendar;
  open: HazardRecord[];
}

export interface HazardClockPage {
  clocks: SeenHazardClock[];
  total: number;
  page: number;
  pageSize: number;
}

export type RecordOutcome = { ok: true; clock: HazardClockView } | Refused;

// The later clocks count on the calendar of the profile the case was triaged under.
const calendarOf = (loaded: LoadedHazardClock) => calendarFor(profileOf(loaded));

export class HazardService {
  constructor(
    private readonly store: HazardStore,
    private readonly now: () => Date,
  ) {}

  /** One page of the clocks the query asks for, soonest deadline first, so the clock about to run out is at the top. */
  async clocks(principal: Principal, query: HazardQuery): Promise<HazardClockPage> {
    const now = this.now();
    const matching = (await this.store.list(principal, { status: statusOf(query), hazard: query.hazard }))
      .map((loaded) => ({ view: hazardClockView(loaded.row, loaded.caseReference, now), calendar: calendarOf(loaded), open: recordsOpen(loaded.row) }))
      .filter((c) => query.overdue !== 'true' || c.view.steps.some((s) => s.state === 'overdue'))
      .sort((a, b) => bySoonestDeadline(a.view, b.view));
    const start = (query.page - 1) * query.pageSize;
    return { clocks: matching.slice(start, start + query.pageSize), total: matching.length, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Steps met and missed (and still running). With a profile and period, only clocks on that
   * profile's cases whose landlord became aware in the period, as the complaint figures count receipt.
   */
  async figures(scope?: { profile: string; period: Period }): Promise<HazardFigures> {
    const now = this.now();
    const inScope = (l: LoadedHazardClock) => {
      if (!scope) return true;
      const aware = londonDate(l.row.awareAt);
      return l.profileId === scope.profile && aware >= scope.period.from && aware <= scope.period.to;
    };
    const loaded = (await this.store.list('counting')).filter(inScope);
    return hazardFigures(loaded.map((l) => hazardClockView(l.row, l.caseReference, now)));
  }

  /** Records one step if the clock is still at the version the person saw; each step is an audit event. */
  async record(principal: Principal, id: number, record: HazardRecord, body: HazardRecordBody): Promise<RecordOutcome> {
    const at = new Date(body.at);
    return this.change(principal, id, body.version, `hazard.${record}`, (loaded, now) => {
      const result = recordHazardStep(loaded.row, record, at, now, calendarOf(loaded));
      return result.ok ? { ...result, details: { at: at.toISOString(), deadlines: result.change.deadlines } } : result;
    });
  }

  /** Closes a clock that should never have started, with the reason; audited, and counted apart in the figures. */
  async closeInError(principal: Principal, id: number, body: CloseInErrorBody): Promise<RecordOutcome> {
    return this.change(principal, id, body.version, 'hazard.closed-in-error', (loaded, now) => {
      const result = closeInError(loaded.row, body.reason, now);
      return result.ok ? { ...result, details: { reason: body.reason } } : result;
    });
  }

  /** The one write path for a clock: at the version the person saw, with its audit event. */
  private async change(
    principal: Principal,
    id: number,
    version: number,
    action: string,
    decide: (
      loaded: LoadedHazardClock,
      now: Date,
    ) => { ok: true; change: HazardChange; details: Record<string, unknown> } | Refused,
  ): Promise<RecordOutcome> {
    const loaded = await this.store.find(principal, id);
    if (!loaded) return refuse('not_found', `No hazard clock you can see has the id "${id}".`);
    const stale = (): RecordOutcome =>
      refuse('stale', `Hazard clock ${id} on case ${loaded.caseReference} was changed by someone else (you had version ${version}). Reload it and try again.`);
    if (loaded.row.version !== version) return stale();
    const now = this.now();
    const result = decide(loaded, now);
    if (!result.ok) return result;
    try {
      const row = await this.store.apply(
        loaded.row,
        version,
        result.change,
        { actor: `staff:${principal.subject}`, action, details: { hazard: loaded.row.hazard, hazardClockId: id, ...result.details, by: principal.name } },
        now,
      );
      return { ok: true, clock: hazardClockView(row, loaded.caseReference, now) };
    } catch (err) {
      if (err instanceof StaleVersionError) return stale();
      throw err;
    }
  }
}

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
import { HazardStore, type LoadedHazardClock } from './hazardStore';
import type { Principal } from '../access/roles';
import { StaleVersionError } from '../../store/versionedWrite';
import { profileOf } from '../../lifecycle/caseProfile';

/** A clock as staff see it, with the calendar its working-day deadlines count on and what can still be recorded. */
export interface SeenHazardClock {
  view: HazardClockView;
  calendar: WorkingCalendar;
  open: HazardRecord[];
}

export type RecordOutcome = { ok: true; clock: HazardClockView } | { ok: false; status: 404 | 409 | 422; message: string };

// The later clocks count on the calendar of the profile the case was triaged under.
const calendarOf = (loaded: LoadedHazardClock) => calendarFor(profileOf(loaded));

export class HazardService {
  constructor(
    private readonly store: HazardStore,
    private readonly now: () => Date,
  ) {}

  /** Soonest deadline first, so the clock about to run out is at the top. */
  async clocks(principal: Principal, includeClosed = false): Promise<SeenHazardClock[]> {
    const now = this.now();
    return (await this.store.list(principal, includeClosed))
      .map((loaded) => ({ view: hazardClockView(loaded.row, loaded.caseReference, now), calendar: calendarOf(loaded), open: recordsOpen(loaded.row) }))
      .sort((a, b) => bySoonestDeadline(a.view, b.view));
  }

  /**
   * Steps met and missed (and still running). With a profile and period, only clocks on that
   * profile's cases whose landlord became aware in the period, as the complaint figures count receipt.
   */
  async figures(principal: Principal, scope?: { profile: string; period: Period }): Promise<HazardFigures> {
    const now = this.now();
    const inScope = (l: LoadedHazardClock) => {
      if (!scope) return true;
      const aware = londonDate(l.row.awareAt);
      return l.profileId === scope.profile && aware >= scope.period.from && aware <= scope.period.to;
    };
    const loaded = (await this.store.list(principal, true)).filter(inScope);
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
    ) => { ok: true; change: HazardChange; details: Record<string, unknown> } | { ok: false; status: 422; message: string },
  ): Promise<RecordOutcome> {
    const loaded = await this.store.find(principal, id);
    if (!loaded) return { ok: false, status: 404, message: `No hazard clock you can see has the id "${id}".` };
    const stale = (): RecordOutcome => ({
      ok: false,
      status: 409,
      message: `Hazard clock ${id} on case ${loaded.caseReference} was changed by someone else (you had version ${version}). Reload it and try again.`,
    });
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

// Awaab's Law clocks as staff see them: only on cases the principal may see, and each step written
// through the one versioned-write gate (store/versionedWrite.ts).
import { and, eq, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../store/database';
import { cases, hazardClocks } from '../../store/schema';
import { applyVersioned, type AuditEntry } from '../../store/versionedWrite';
import type { HazardChange } from './hazardActions';
import type { HazardClockRow } from './hazardClockView';
import type { HazardListStatus } from './hazardQuery';
import type { Hazard } from '../../triage/vocabulary';
import { canSeeRestricted, type Principal } from '../access/roles';

export interface LoadedHazardClock {
  row: HazardClockRow;
  caseReference: string;
  profileId: string;
}

export class HazardStore {
  constructor(private readonly db: Db) {}

  private select(principal: Principal | 'counting', where?: SQL) {
    // Restricted cases do not exist for roles that may not see them (Greatwell 3, 5.1); figures
    // (`counting`) count every clock for everyone and show no case's details.
    const visible = principal === 'counting' || canSeeRestricted(principal) ? undefined : eq(cases.restricted, false);
    return this.db
      .select({ row: hazardClocks, caseReference: cases.reference, profileId: cases.profileId })
      .from(hazardClocks)
      .innerJoin(cases, eq(cases.id, hazardClocks.caseId))
      .where(and(visible, where));
  }

  /** Clocks on cases the principal may see (every case when counting); closed means every step done or closed in error. */
  async list(principal: Principal | 'counting', filter: { status?: HazardListStatus; hazard?: Hazard } = {}): Promise<LoadedHazardClock[]> {
    const status = filter.status ?? 'all';
    return this.select(
      principal,
      and(
        status === 'open' ? eq(hazardClocks.status, 'open') : status === 'closed' ? ne(hazardClocks.status, 'open') : undefined,
        filter.hazard ? eq(hazardClocks.hazard, filter.hazard) : undefined,
      ),
    );
  }

  async find(principal: Principal, id: number): Promise<LoadedHazardClock | undefined> {
    const [found] = await this.select(principal, eq(hazardClocks.id, id));
    return found;
  }

  /** Writes the change if the clock is still at `version` (store/versionedWrite.ts). */
  apply(row: HazardClockRow, version: number, change: HazardChange, event: AuditEntry, at: Date): Promise<HazardClockRow> {
    return applyVersioned(this.db, { kind: 'hazard_clock', row }, version, change, event, at);
  }
}

// Awaab's Law clocks as staff see them: only on cases the principal may see, and each step written
// through the one versioned-write gate (store/versionedWrite.ts).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../store/database';
import { cases, hazardClocks } from '../../store/schema';
import { applyVersioned, type AuditEntry } from '../../store/versionedWrite';
import type { HazardChange } from './hazardActions';
import type { HazardClockRow } from './hazardClockView';
import { canSeeRestricted, type Principal } from '../access/roles';

export interface LoadedHazardClock {
  row: HazardClockRow;
  caseReference: string;
  profileId: string;
}

export class HazardStore {
  constructor(private readonly db: Db) {}

  private select(principal: Principal, where?: ReturnType<typeof eq>) {
    // Restricted cases do not exist for roles that may not see them (Greatwell 3, 5.1).
    const visible = canSeeRestricted(principal) ? undefined : eq(cases.restricted, false);
    return this.db
      .select({ row: hazardClocks, caseReference: cases.reference, profileId: cases.profileId })
      .from(hazardClocks)
      .innerJoin(cases, eq(cases.id, hazardClocks.caseId))
      .where(and(visible, where));
  }

  async list(principal: Principal, includeClosed: boolean): Promise<LoadedHazardClock[]> {
    return this.select(principal, includeClosed ? undefined : eq(hazardClocks.status, 'open'));
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

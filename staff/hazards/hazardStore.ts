// Awaab's Law clocks as staff see them: only on cases the principal may see, and each step written
// with optimistic concurrency and its audit event in one transaction.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../store/database';
import { auditEvents, cases, hazardClocks } from '../../store/schema';
import type { HazardChange } from './hazardActions';
import type { HazardClockRow } from './hazardClockView';
import { canSeeRestricted, type Principal } from '../access/roles';
import { StaleVersionError } from '../service/staffCaseStore';

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

  /** Writes the change if the clock is still at `version`; otherwise throws StaleVersionError. */
  async apply(
    row: HazardClockRow,
    version: number,
    change: HazardChange,
    event: { actor: string; action: string; details: Record<string, unknown> },
    at: Date,
  ): Promise<HazardClockRow> {
    return this.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(hazardClocks)
        .set({ ...change, version: sql`${hazardClocks.version} + 1`, updatedAt: at })
        .where(and(eq(hazardClocks.id, row.id), eq(hazardClocks.version, version)))
        .returning();
      if (!updated) throw new StaleVersionError();
      await tx.insert(auditEvents).values({ caseId: row.caseId, at, ...event });
      return updated;
    });
  }
}

// Every write to an opened case, in one place. A change to a case or to one of its hazard clocks is
// written only if the row is still at the version its writer read — a member of staff, the quick-fix
// sweep or the tenant asking for stage 2 — and always together with its audit event, in one
// transaction. A stale version changes nothing and throws StaleVersionError, which each caller turns
// into its `stale` result. An event that changes none of the case's fields (words the tenant added,
// a request noted) is only audited. Either write keeps the case's queue columns in step
// (store/queueColumns.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { NextState } from '../lifecycle/actionResult';
import type { Db } from './database';
import { auditEvents, cases, hazardClocks } from './schema';
import { caseQueueColumns, hazardQueueColumns } from './queueColumns';

export class StaleVersionError extends Error {
  constructor() {
    super('The record has changed since it was read.');
  }
}

export interface AuditEntry {
  actor: string;
  action: string;
  details: Record<string, unknown>;
}

type CaseRow = typeof cases.$inferSelect;
type HazardClockRow = typeof hazardClocks.$inferSelect;
type CaseChange = Partial<Omit<typeof cases.$inferInsert, 'id' | 'version' | 'updatedAt'>>;
type HazardClockChange = Partial<Omit<typeof hazardClocks.$inferInsert, 'id' | 'version' | 'updatedAt'>>;

/** Writes `change` to the case if it is still at `version`, with the audit event; else StaleVersionError. */
export function applyVersioned(db: Db, target: { kind: 'case'; row: CaseRow }, version: number, change: CaseChange, event: AuditEntry, at: Date): Promise<CaseRow>;
/** Writes `change` to the hazard clock if it is still at `version`, with the audit event on its case. */
export function applyVersioned(db: Db, target: { kind: 'hazard_clock'; row: HazardClockRow }, version: number, change: HazardClockChange, event: AuditEntry, at: Date): Promise<HazardClockRow>;
export function applyVersioned(
  db: Db,
  target: { kind: 'case'; row: CaseRow } | { kind: 'hazard_clock'; row: HazardClockRow },
  version: number,
  change: CaseChange | HazardClockChange,
  event: AuditEntry,
  at: Date,
): Promise<CaseRow | HazardClockRow> {
  // Both tables carry id, version and updated_at; drizzle cannot type an update over a union of tables.
  const table = (target.kind === 'case' ? cases : hazardClocks) as typeof cases;
  const caseId = target.kind === 'case' ? target.row.id : target.row.caseId;
  // A case's queue columns are worked out from the row as it will be: the row read at `version`
  // with the change applied (every writer reads the case before changing it).
  if (target.kind === 'case' && target.row.version !== version) return Promise.reject(new StaleVersionError());
  const queued = target.kind === 'case' ? caseQueueColumns({ ...target.row, ...(change as CaseChange) }) : {};
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(table)
      .set({ ...(change as CaseChange), ...queued, version: sql`${table.version} + 1`, updatedAt: at })
      .where(and(eq(table.id, target.row.id), eq(table.version, version)))
      .returning();
    if (!updated) throw new StaleVersionError();
    await tx.insert(auditEvents).values({ caseId, at, ...event });
    if (target.kind === 'hazard_clock') await refreshHazardColumns(tx, caseId);
    return updated;
  });
}

/** A hazard clock changed: its case's hazard queue columns, from all of the case's clocks as they now are. */
async function refreshHazardColumns(tx: Db, caseId: number): Promise<void> {
  const clocks = await tx.select().from(hazardClocks).where(eq(hazardClocks.caseId, caseId));
  await tx.update(cases).set(hazardQueueColumns(clocks)).where(eq(cases.id, caseId));
}

/** A lifecycle step's next state (lifecycle/caseActions.ts), written through the gate. */
export function applyNextState(db: Db, row: CaseRow, version: number, next: NextState, event: AuditEntry, at: Date): Promise<CaseRow> {
  return applyVersioned(db, { kind: 'case', row }, version, caseChange(next), event, at);
}

/** The case's columns a lifecycle step's next state sets. */
function caseChange(next: NextState): CaseChange {
  return {
    decision: next.decision,
    outcome: next.decision.outcome,
    category: next.decision.category,
    lifecycle: next.lifecycle,
    closed: next.closed,
    serviceArea: next.serviceArea,
    theme: next.theme,
    ...(next.restricted === undefined ? {} : { restricted: next.restricted }),
    ...(next.caseData === undefined ? {} : { caseData: next.caseData }),
  };
}

/**
 * Two cases changed together or not at all (a duplicate merged into the case kept): each written
 * only if still at the version its writer read, each with its audit event, in one transaction.
 */
export function applyNextStates(
  db: Db,
  writes: readonly [CaseWrite, CaseWrite],
  at: Date,
): Promise<[CaseRow, CaseRow]> {
  return db.transaction(async (tx) => {
    const written: CaseRow[] = [];
    for (const { row, version, next, event } of writes) {
      if (row.version !== version) throw new StaleVersionError();
      const change = caseChange(next);
      const [updated] = await tx
        .update(cases)
        .set({ ...change, ...caseQueueColumns({ ...row, ...change }), version: sql`${cases.version} + 1`, updatedAt: at })
        .where(and(eq(cases.id, row.id), eq(cases.version, version)))
        .returning();
      if (!updated) throw new StaleVersionError();
      await tx.insert(auditEvents).values({ caseId: row.id, at, ...event });
      written.push(updated);
    }
    return written as [CaseRow, CaseRow];
  });
}

export interface CaseWrite {
  row: CaseRow;
  version: number;
  next: NextState;
  event: AuditEntry;
}

/** An event on a case that changes none of its fields: audited, with no new version (the database's clock dates it). */
export async function recordCaseEvent(db: Db, caseId: number, event: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({ caseId, ...event });
}

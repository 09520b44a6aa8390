// The one way a lifecycle step reaches a stored case, whoever takes it — a member of staff, the
// quick-fix sweep, or the resident asking for stage 2: the pure step decided under the case's
// profile, then written at the version its actor read, with its audit event (store/versionedWrite.ts).
import type { ActionInput } from '../lifecycle/actionSchemas';
import type { ActionResult } from '../lifecycle/actionResult';
import { applyAction } from '../lifecycle/caseActions';
import { profileOf } from '../lifecycle/caseProfile';
import { refuse, type Refused } from '../lifecycle/refusal';
import type { StoredCase } from '../store/caseStore';
import type { Db } from '../store/database';
import type { MergeResult } from '../lifecycle/merge';
import { applyNextState, applyNextStates, StaleVersionError } from '../store/versionedWrite';

/** Who takes the step: the audit's actor, the name a review is recorded under, and what else the audit keeps. */
export interface StepActor {
  actor: string;
  by: string;
  details?: Record<string, unknown>;
}

export type StepOutcome = { ok: true; row: StoredCase } | Refused;
export type MergeOutcome = { ok: true; duplicate: StoredCase; kept: StoredCase } | Refused;

export class CaseLifecycle {
  constructor(private readonly db: Db) {}

  /** An action from the catalogue (lifecycle/actionCatalogue.ts) on the case, at the version in `input`. */
  act(row: StoredCase, input: ActionInput, who: StepActor, now: Date): Promise<StepOutcome> {
    return this.change(row, input.body.version, () => applyAction(profileOf(row), row, input, { now, by: who.by, actor: who.actor }), who, now);
  }

  /** A pure step on the case at `version`, written with its audit event; stale when someone else got there first. */
  async change(row: StoredCase, version: number, decide: () => ActionResult, who: StepActor, now: Date): Promise<StepOutcome> {
    const stale = () =>
      refuse('stale', `Case ${row.reference} was changed by someone else (you had version ${version}). Reload it, check what changed, and try again.`);
    if (row.version !== version) return stale();
    const result = decide();
    if (!result.ok) return result;
    const event = { actor: who.actor, action: result.event.action, details: { ...result.event.details, ...who.details } };
    try {
      return { ok: true, row: await applyNextState(this.db, row, version, result.next, event, now) };
    } catch (err) {
      if (err instanceof StaleVersionError) return stale();
      throw err;
    }
  }

  /** A duplicate merged into the case kept (lifecycle/merge.ts): both written at the versions read, or neither. */
  async merge(duplicate: StoredCase, kept: StoredCase, versions: { duplicate: number; kept: number }, decide: () => MergeResult, who: StepActor, now: Date): Promise<MergeOutcome> {
    const stale = () =>
      refuse(
        'stale',
        `Case ${duplicate.reference} or ${kept.reference} was changed by someone else (you had versions ${versions.duplicate} and ${versions.kept}). Reload them, check what changed, and try again.`,
      );
    if (duplicate.version !== versions.duplicate || kept.version !== versions.kept) return stale();
    const result = decide();
    if (!result.ok) return result;
    const audited = (e: { action: string; details: Record<string, unknown> }) => ({ actor: who.actor, action: e.action, details: { ...e.details, ...who.details } });
    try {
      const [d, k] = await applyNextStates(
        this.db,
        [
          { row: duplicate, version: versions.duplicate, next: result.duplicate.next, event: audited(result.duplicate.event) },
          { row: kept, version: versions.kept, next: result.kept.next, event: audited(result.kept.event) },
        ],
        now,
      );
      return { ok: true, duplicate: d, kept: k };
    } catch (err) {
      if (err instanceof StaleVersionError) return stale();
      throw err;
    }
  }
}

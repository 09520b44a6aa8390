// The automatic quick-fix escalation (Greatwell 2.2: a customer concern not resolved within
// 3 working days "must" be formally escalated to a stage 1 complaint; the profile setting
// quickFix.autoEscalatesToStage1). The shell around the pure 'escalate-quick-fix' action staff
// use: same version check, same audit event, with the system as the actor. Profiles that do not
// auto-escalate are left to staff (the queue's "quick fixes past their window").
import type { Logger } from 'pino';
import { knownProfiles } from '../../triage/profiles';
import type { PolicyProfile } from '../../triage/profileSchema';
import { londonDate } from '../../triage/workingDays';
import type { ActionCase } from '../../lifecycle/actionResult';
import { caseState } from '../../lifecycle/caseState';
import type { ScheduledJob } from '../../store/scheduledJobs';
import type { StaffCaseStore } from './staffCaseStore';

export const SWEEP_ACTOR = 'system:quick-fix-sweep';

/**
 * The day an open quick fix became a stage 1 complaint by itself, once that day has come.
 * It is the first working day after the window (triage/quickFix.ts), not the day the sweep
 * happens to run: the action opens stage 1 on `on` and its clocks count from then (Greatwell 2.2).
 */
export function autoEscalationDay(profile: PolicyProfile, c: ActionCase, now: Date): string | undefined {
  if (!profile.quickFix.autoEscalatesToStage1) return undefined;
  const state = caseState(profile, c, now);
  const on = state.quickFix?.escalatesToStage1On;
  return state.phase === 'quick_fix' && on !== undefined && on <= londonDate(now) ? on : undefined;
}

export interface SweepResult {
  escalated: string[];
  /** Changed by someone else between reading and writing: looked at again on the next run. */
  stale: string[];
}

export async function sweepQuickFixes(store: StaffCaseStore, now: Date): Promise<SweepResult> {
  const profiles = new Map(knownProfiles().filter((p) => p.quickFix.autoEscalatesToStage1).map((p) => [p.id, p]));
  const result: SweepResult = { escalated: [], stale: [] };
  for (const row of await store.openQuickFixes([...profiles.keys()])) {
    const profile = profiles.get(row.profileId) as PolicyProfile;
    const on = autoEscalationDay(profile, row, now);
    if (!on) continue;
    const sweep = { actor: SWEEP_ACTOR, by: SWEEP_ACTOR, details: { automatic: true, sources: profile.quickFix.source } };
    const outcome = await store.lifecycle.act(row, { action: 'escalate-quick-fix', body: { version: row.version, on } }, sweep, now);
    if (outcome.ok) {
      result.escalated.push(row.reference);
    } else if (outcome.refusal.kind === 'stale') {
      result.stale.push(row.reference);
    } else {
      // autoEscalationDay already asked what the action checks (an open quick fix, a date not in the future).
      throw new Error(`Automatic escalation of ${row.reference} refused: ${outcome.refusal.message}`);
    }
  }
  return result;
}

/**
 * The sweep as a scheduled job (store/scheduledJobs.ts): every `everyMinutes`, on one replica at a
 * time. Two runs at once would only race for the same cases; the version check makes the loser stale.
 */
export function quickFixSweepJob(options: { store: StaffCaseStore; now: () => Date; everyMinutes: number; logger: Logger }): ScheduledJob {
  const { store, now, everyMinutes, logger } = options;
  return {
    name: 'quick-fix-sweep',
    everyMinutes,
    async run() {
      const { escalated, stale } = await sweepQuickFixes(store, now());
      if (escalated.length > 0 || stale.length > 0) logger.info({ escalated, stale }, 'quick fixes past their window escalated to stage 1');
    },
  };
}

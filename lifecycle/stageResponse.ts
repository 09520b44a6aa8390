// What a stage response or closure adds to the stage record beyond its date: the remedy as data
// (Code 7), the root causes from the case's profile (Code 8.1–8.2), and who recorded it, so that
// stage 2 is considered by someone not involved at stage 1 (Code 6.13). Pure.
import type { PolicyProfile } from '../triage/profileSchema';
import type { Lifecycle, RemedyAction, StageRecord } from './lifecycleSchema';
import { refuse, type Refused } from './refusal';
import { MAX_REMEDY_ACTIONS, type RemedyRequest } from './remedySchemas';

type Said = { remedy?: string; reasons?: string; nextSteps?: string };

export interface StageResponse {
  stage: 1 | 2;
  lifecycle: Lifecycle;
  record: StageRecord | undefined;
  /** The staff actor recording it (`staff:<subject>`). */
  actor: string;
  /** Which of the two records who did it. */
  as: 'respondedBy' | 'closedBy';
}

export type Recorded = { ok: true; record: StageRecord; details: Record<string, unknown> };

function unknownRootCauses(profile: PolicyProfile, codes: readonly string[] | undefined): Refused | undefined {
  const allowed = profile.rootCauses.codes;
  const unknown = (codes ?? []).filter((code) => !allowed.some((c) => c.code === code));
  if (unknown.length === 0) return undefined;
  return refuse(
    'not_allowed',
    `Not a root cause under this case's policy: ${unknown.join(', ')}. Choose from: ${allowed.map((c) => `${c.code} (${c.label})`).join(', ')} (${profile.rootCauses.source.join(', ')}).`,
  );
}

/** Code 6.13: recording stage 2 by whoever recorded the stage 1 response or closure, with no reason yet on record. */
const needsReason = ({ stage, lifecycle, record, actor }: StageResponse) =>
  stage === 2 && !record?.sameHandlerReason && [lifecycle.stage1?.respondedBy, lifecycle.stage1?.closedBy].includes(actor);

function sameHandler(at: StageResponse, reason: string | undefined): Refused | undefined {
  if (reason || !needsReason(at)) return undefined;
  return refuse(
    'same_handler',
    'You recorded the stage 1 response or closure of this complaint: stage 2 is considered by someone not involved at stage 1 (Code 6.13). Ask a colleague to record it, or give sameHandlerReason saying why it has to be you.',
  );
}

const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** The stage record with the response's remedy, root causes and who recorded it; or why not. */
export function recordResponse(profile: PolicyProfile, at: StageResponse, body: RemedyRequest & Said): Recorded | Refused {
  const refused = unknownRootCauses(profile, body.rootCauses) ?? sameHandler(at, body.sameHandlerReason);
  if (refused) return refused;
  const before = at.record?.actions ?? [];
  const added: RemedyAction[] = body.actions ?? [];
  if (before.length + added.length > MAX_REMEDY_ACTIONS) {
    return refuse('not_allowed', `A stage holds at most ${MAX_REMEDY_ACTIONS} remedy actions; ${before.length} are recorded already.`);
  }
  const given = defined({
    remedy: body.remedy,
    reasons: body.reasons,
    nextSteps: body.nextSteps,
    apology: body.apology,
    compensationPence: body.compensation,
    rootCauses: body.rootCauses,
    noRemedyReason: body.noRemedyReason,
    // Kept only where it was needed: the stage 1 handler recording stage 2.
    sameHandlerReason: needsReason(at) ? body.sameHandlerReason : undefined,
  });
  const record: StageRecord = { ...at.record, ...given, ...(added.length ? { actions: [...before, ...added] } : {}), [at.as]: at.actor };
  return { ok: true, record, details: { ...given, ...(added.length ? { actions: added } : {}) } };
}

// What each stage response put right, for the case page, the case JSON and the letters (Code 6.9,
// 7): apology, compensation in pounds, the promised actions with whether each is done or overdue,
// the root causes by their profile labels, and who recorded it. Pure.
import type { Lifecycle, StageRecord } from '../../lifecycle/lifecycleSchema';
import type { PolicyProfile } from '../../triage/profileSchema';
import { pounds } from './pounds';

export interface RemedyActionView {
  /** 1 for the first: the number `complete-remedy-action` takes. */
  number: number;
  what: string;
  owner: string;
  due: string;
  doneOn: string | null;
  /** Still to do and its date has passed. */
  overdue: boolean;
}

export interface StageRemedyView {
  stage: 1 | 2;
  outcome: string | null;
  /** null when the response did not say. */
  apology: boolean | null;
  compensation: string | null;
  compensationPence: number | null;
  actions: RemedyActionView[];
  rootCauses: { code: string; label: string }[];
  /** Who recorded the response and the closure, by name as the audit trail has it (their account id when it has none). */
  respondedBy: string | null;
  closedBy: string | null;
  sameHandlerReason: string | null;
  /** Why no remedy is offered, when the stage was upheld without one. */
  noRemedyReason: string | null;
}

/** An account id (`staff:<subject>`) to the name it acted under. */
export type NameOf = (actor: string) => string | undefined;

function stageView(stage: 1 | 2, record: StageRecord, profile: PolicyProfile, today: string, nameOf: NameOf): StageRemedyView {
  const who = (actor: string | undefined) => (actor === undefined ? null : (nameOf(actor) ?? actor));
  // A code since retired from the profile still shows, by its code.
  const label = (code: string) => profile.rootCauses.codes.find((c) => c.code === code)?.label ?? code;
  return {
    stage,
    outcome: record.outcome ?? null,
    apology: record.apology ?? null,
    compensation: record.compensationPence === undefined ? null : pounds(record.compensationPence),
    compensationPence: record.compensationPence ?? null,
    actions: (record.actions ?? []).map((a, i) => ({ number: i + 1, what: a.what, owner: a.owner, due: a.due, doneOn: a.doneOn ?? null, overdue: !a.doneOn && a.due < today })),
    rootCauses: (record.rootCauses ?? []).map((code) => ({ code, label: label(code) })),
    respondedBy: who(record.respondedBy),
    closedBy: who(record.closedBy),
    sameHandlerReason: record.sameHandlerReason ?? null,
    noRemedyReason: record.noRemedyReason ?? null,
  };
}

const hasRemedy = (r: StageRecord) =>
  r.respondedBy !== undefined ||
  r.apology !== undefined || r.compensationPence !== undefined || (r.actions?.length ?? 0) > 0 || (r.rootCauses?.length ?? 0) > 0 || r.sameHandlerReason !== undefined || r.noRemedyReason !== undefined;

/** The stages that recorded any remedy or root cause, stage 1 first, with the case's totals. */
export function remedyView(lifecycle: Lifecycle, profile: PolicyProfile, today: string, nameOf: NameOf = () => undefined) {
  const stages = ([[1, lifecycle.stage1], [2, lifecycle.stage2]] as const).flatMap(([stage, record]) =>
    record && hasRemedy(record) ? [stageView(stage, record, profile, today, nameOf)] : [],
  );
  const totalPence = stages.reduce((sum, st) => sum + (st.compensationPence ?? 0), 0);
  return {
    stages,
    compensationTotal: pounds(totalPence),
    compensationTotalPence: totalPence,
    outstandingActions: stages.reduce((n, st) => n + st.actions.filter((a) => !a.doneOn).length, 0),
  };
}
export type RemedyView = ReturnType<typeof remedyView>;

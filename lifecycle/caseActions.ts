// Staff actions as pure functions: (profile, case, action, now) → the case's next state and the
// audit event that records it, or a refusal a person can act on. The store applies the result.
import type { StructuredCase } from '../triage/caseSchema';
import type { ExclusionRule, TriageDecision } from '../triage/decisionSchema';
import { explainExclusion } from '../triage/explainExclusion';
import type { PolicyProfile } from '../triage/profileSchema';
import { quickFixDeadline } from '../triage/quickFix';
import { extensionDeadline, stage1Deadlines } from '../triage/stage1Deadlines';
import { stage2RequestWindow } from '../triage/stage2Deadlines';
import { triage } from '../triage/triage';
import { londonDate } from '../triage/workingDays';
import type { ActionInput } from './actionSchemas';
import { caseState, type CaseState } from './caseState';
import type { Lifecycle } from './lifecycleSchema';

export interface ActionCase {
  receivedAt: Date;
  caseData: StructuredCase;
  decision: TriageDecision;
  lifecycle: unknown;
  serviceArea: string | null;
  theme: string | null;
}

export interface NextState {
  decision: TriageDecision;
  lifecycle: Lifecycle;
  closed: boolean;
  serviceArea: string | null;
  theme: string | null;
  /** Only a change of access sets this (lifecycle/restriction.ts); the case actions leave it as it is. */
  restricted?: boolean;
}

export type ActionResult =
  | { ok: true; next: NextState; event: { action: string; details: Record<string, unknown> } }
  | { ok: false; status: 409 | 422; message: string };

const refuse = (status: 409 | 422, message: string): ActionResult => ({ ok: false, status, message });

/** A decision changed by a person: the same shape as triage's, with its clocks recomputed. */
function overriddenDecision(
  profile: PolicyProfile,
  c: ActionCase,
  change: { outcome?: Exclude<TriageDecision['outcome'], 'needs_review'>; category?: TriageDecision['category']; refusalReason?: ExclusionRule },
  now: Date,
): TriageDecision {
  if (!change.outcome && change.category) {
    // A new category alone: triage decides again with what the reviewer says the contact is.
    return triage(profile, { ...c.caseData, category: change.category }, now);
  }
  const outcome = change.outcome ?? c.decision.outcome;
  const { screenBy } = c.decision.deadlines;
  const deadlines = outcome === 'stage1_opened' ? stage1Deadlines(profile, c.receivedAt) : {};
  const kept = c.decision.exclusions.filter((e) => e.rule === change.refusalReason);
  const exclusions =
    outcome !== 'not_accepted' || !change.refusalReason
      ? []
      : kept.length > 0
        ? kept
        : [{ rule: change.refusalReason, explanation: explainExclusion(change.refusalReason), sources: ['Code 2.1', 'Code 2.4'] }];
  const quickFix = outcome === 'quick_fix' ? quickFixDeadline(profile, c.receivedAt) : undefined;
  return {
    ...c.decision,
    outcome,
    category: change.category ?? c.decision.category,
    exclusions,
    deadlines: screenBy ? { ...deadlines, screenBy } : deadlines,
    quickFix,
    review: { required: false, because: c.decision.review.because },
    decidedAt: now.toISOString(),
  };
}

function openStage(state: CaseState): 1 | 2 | undefined {
  return state.phase === 'stage1' ? 1 : state.phase === 'stage2' ? 2 : undefined;
}

const stageKey = (stage: 1 | 2) => (stage === 1 ? 'stage1' : 'stage2');

export function applyAction(
  profile: PolicyProfile,
  c: ActionCase,
  input: ActionInput,
  { now, by }: { now: Date; by: string },
): ActionResult {
  const today = londonDate(now);
  const state = caseState(profile, c, now);
  const lifecycle = state.lifecycle;
  const same: NextState = { decision: c.decision, lifecycle, closed: false, serviceArea: c.serviceArea, theme: c.theme };
  const done = (action: string, next: Partial<NextState>, details: Record<string, unknown>): ActionResult => ({
    ok: true,
    next: { ...same, ...next },
    event: { action, details },
  });

  if (state.phase === 'closed' && input.action !== 'escalate-stage2') {
    return refuse(409, 'This case is closed. Only a request for stage 2 can reopen it.');
  }
  const datedOn = 'on' in input.body ? input.body.on : 'requestedOn' in input.body ? input.body.requestedOn : undefined;
  if (datedOn !== undefined) {
    if (datedOn > today) return refuse(422, `The date ${datedOn} is in the future: record what has happened, on the day it happened.`);
    if (datedOn < londonDate(c.receivedAt)) return refuse(422, `The date ${datedOn} is before the case was received (${londonDate(c.receivedAt)}).`);
  }
  const labels = (b: { serviceArea?: string; theme?: string }) => ({
    serviceArea: b.serviceArea ?? c.serviceArea,
    theme: b.theme ?? c.theme,
  });

  switch (input.action) {
    case 'approve': {
      if (state.phase === 'needs_review') {
        return refuse(422, `Triage left this to a person (${c.decision.review.because.join(', ')}): choose the outcome with an override and say why.`);
      }
      if (state.reviewed) return refuse(409, 'This decision has already been reviewed.');
      return done(
        'case.approved',
        { lifecycle: { ...lifecycle, reviewed: { by, on: today, how: 'approved' } }, ...labels(input.body) },
        { outcome: c.decision.outcome, category: c.decision.category, ...labels(input.body) },
      );
    }
    case 'override': {
      const decision = overriddenDecision(profile, c, input.body, now);
      return done(
        'case.overridden',
        { decision, lifecycle: { ...lifecycle, reviewed: { by, on: today, how: 'overridden' } }, ...labels(input.body) },
        {
          reason: input.body.reason,
          from: { outcome: c.decision.outcome, category: c.decision.category },
          to: { outcome: decision.outcome, category: decision.category },
          ...(input.body.refusalReason ? { refusalReason: input.body.refusalReason } : {}),
          deadlines: decision.deadlines,
        },
      );
    }
    case 'acknowledge':
    case 'respond': {
      const stage = openStage(state);
      if (!stage) return refuse(409, 'There is no open stage 1 or stage 2 complaint to record this against.');
      const record = lifecycle[stageKey(stage)];
      const field = input.action === 'acknowledge' ? 'acknowledgedOn' : 'respondedOn';
      if (record?.[field]) return refuse(409, `The stage ${stage} ${input.action === 'acknowledge' ? 'acknowledgement' : 'response'} was already recorded (${record[field]}).`);
      if (field === 'respondedOn' && !record?.acknowledgedOn) return refuse(422, `Record the stage ${stage} acknowledgement first.`);
      const clocks = stage === 1 ? state.stage1 : state.stage2;
      const due = field === 'acknowledgedOn' ? clocks?.acknowledgeBy : clocks?.respondDue;
      return done(
        `stage${stage}.${input.action === 'acknowledge' ? 'acknowledged' : 'responded'}`,
        { lifecycle: { ...lifecycle, [stageKey(stage)]: { ...record, [field]: input.body.on } } as Lifecycle },
        { on: input.body.on, due, onTime: due !== undefined && input.body.on <= due },
      );
    }
    case 'extend': {
      const stage = openStage(state);
      const clocks = stage === 1 ? state.stage1 : state.stage2;
      if (!stage || !clocks) return refuse(409, 'There is no open stage 1 or stage 2 complaint to extend.');
      const record = lifecycle[stageKey(stage)];
      if (record?.respondedOn) return refuse(409, `The stage ${stage} response was already sent.`);
      if (input.body.to <= clocks.respondDue) return refuse(422, `The new date must be after the current response date, ${clocks.respondDue}.`);
      const limit = extensionDeadline(profile, stage, clocks.respondBy);
      const beyondLimit = input.body.to > limit;
      if (beyondLimit && !input.body.residentAgreed) {
        // Code 6.4–6.5: no more than the profile's extension without good reason, agreed with the resident.
        return refuse(422, `${input.body.to} is beyond the longest extension the policy allows (${limit}). Agree it with the resident first and set residentAgreed; the letter then gives the Housing Ombudsman's details (Code 6.4–6.5).`);
      }
      const extension = { to: input.body.to, reason: input.body.reason, residentAgreed: input.body.residentAgreed, beyondLimit, recordedOn: today };
      return done(
        `stage${stage}.extended`,
        { lifecycle: { ...lifecycle, [stageKey(stage)]: { ...record, extension } } as Lifecycle },
        { ...extension, previousDue: clocks.respondDue, limit },
      );
    }
    case 'resolve-quick-fix':
    case 'escalate-quick-fix': {
      if (state.phase !== 'quick_fix') return refuse(409, 'This case is not an open quick fix.');
      const respondBy = state.quickFix?.respondBy;
      const withinWindow = respondBy === undefined || input.body.on <= respondBy;
      if (input.action === 'resolve-quick-fix') {
        return done(
          'quick_fix.resolved',
          { lifecycle: { ...lifecycle, quickFix: { resolvedOn: input.body.on } }, closed: true },
          { on: input.body.on, respondBy, withinWindow },
        );
      }
      // Greatwell 2.2: unresolved in its window, or the resident is not happy, it becomes stage 1;
      // its clocks count from the day it is escalated.
      return done(
        'quick_fix.escalated',
        { lifecycle: { ...lifecycle, quickFix: { escalatedOn: input.body.on }, stage1: { openedOn: input.body.on } } },
        { on: input.body.on, respondBy, windowPassed: !withinWindow, deadlines: stage1Deadlines(profile, input.body.on) },
      );
    }
    case 'escalate-stage2': {
      const respondedOn = lifecycle.stage1?.respondedOn;
      const atStage1 = state.phase === 'stage1' || lifecycle.closed?.stage === 1;
      if (!atStage1 || !respondedOn) return refuse(409, 'Stage 2 follows the stage 1 response: record that first.');
      const { requestBy } = stage2RequestWindow(profile, respondedOn);
      const { closed: _closed, ...open } = lifecycle;
      return done(
        'stage2.requested',
        { lifecycle: { ...open, stage2: { requestedOn: input.body.requestedOn } } },
        // Code 6.12: no reasons are asked for; a late request is flagged for discretion, not refused.
        { requestedOn: input.body.requestedOn, requestBy, withinWindow: requestBy === null || input.body.requestedOn <= requestBy },
      );
    }
    case 'close': {
      const stage = openStage(state);
      if (!stage) return refuse(409, 'Only an open stage 1 or stage 2 complaint is closed with an outcome.');
      const record = lifecycle[stageKey(stage)];
      if (!record?.respondedOn) return refuse(422, `Record the stage ${stage} response first: the outcome is part of it (Code 6.9).`);
      const { outcome, remedy, on } = input.body;
      return done(
        'case.closed',
        { lifecycle: { ...lifecycle, [stageKey(stage)]: { ...record, outcome, remedy }, closed: { on, stage } } as Lifecycle, closed: true },
        { stage, outcome, ...(remedy ? { remedy } : {}), on },
      );
    }
  }
}

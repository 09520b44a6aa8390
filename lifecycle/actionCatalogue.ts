// The staff case actions, one entry each: where the case must stand for it (`available`: the core
// refuses with it, and the console offers the action's form only when it says yes) and what it
// changes (`apply`, pure, once the action is available and its dates are plausible).
import type { PolicyProfile } from '../triage/profileSchema';
import { extensionDeadline, stage1Deadlines } from '../triage/stage1Deadlines';
import { stage2RequestWindow } from '../triage/stage2Deadlines';
import { ACTION_NAMES, type ActionBody, type ActionName } from './actionSchemas';
import type { ActionCase, ActionResult, NextState } from './actionResult';
import type { CaseState, StageClocks } from './caseState';
import { backdated, recordedLate, type Lifecycle, type StageRecord } from './lifecycleSchema';
import { overriddenDecision } from './overriddenDecision';
import { consentGiven } from './consentGiven';
import { contactUpdated } from './contactUpdated';
import { determinationAvailable, withDetermination } from './ombudsmanDetermination';
import { refuse, type Refused } from './refusal';
import { recordResponse } from './stageResponse';
import { remedyWarning, upheldWithoutRemedy } from './remedyWarning';

/** What an action is applied to: the case, where it stands, and who acts when. */
export interface ActionContext {
  profile: PolicyProfile;
  c: ActionCase;
  state: CaseState;
  now: Date;
  /** `now` as a London calendar date. */
  today: string;
  by: string;
  /** Who acts, as an id that stays the same when a name changes (`staff:<subject>`). */
  actor: string;
}

export type Availability = { ok: true } | Refused;

export interface CaseAction<K extends ActionName> {
  available(state: CaseState): Availability;
  apply(ctx: ActionContext, body: ActionBody<K>): ActionResult;
}

const AVAILABLE: Availability = { ok: true };

/** Most actions need the case open; reopening it, or a request for stage 2 after stage 1, opens a closed case. */
function whileOpen(state: CaseState, also: (state: CaseState) => Availability = () => AVAILABLE): Availability {
  return state.phase === 'closed' ? refuse('not_allowed_in_state', 'This case is closed: reopen it first (after a stage 1 response, a request for stage 2 reopens it too).') : also(state);
}

/** The stage a case stands at, as a closure records it: 0 before any complaint stage. */
const stageNow = (phase: CaseState['phase']): 0 | 1 | 2 => (phase === 'stage1' ? 1 : phase === 'stage2' ? 2 : 0);

interface OpenStage {
  stage: 1 | 2;
  key: 'stage1' | 'stage2';
  record: StageRecord | undefined;
  clocks: StageClocks;
}

type LastStage = Omit<OpenStage, 'clocks' | 'record'> & { record: StageRecord };

/** The stage whose dates were recorded last, open or closed: stage 2 once asked for, else stage 1. */
function lastStage(lifecycle: Lifecycle): LastStage | undefined {
  if (lifecycle.stage2) return { stage: 2, key: 'stage2', record: lifecycle.stage2 };
  if (lifecycle.stage1) return { stage: 1, key: 'stage1', record: lifecycle.stage1 };
  return undefined;
}

function openStage(state: CaseState): OpenStage | undefined {
  if (state.phase === 'stage1' && state.stage1) return { stage: 1, key: 'stage1', record: state.lifecycle.stage1, clocks: state.stage1 };
  if (state.phase === 'stage2' && state.stage2) return { stage: 2, key: 'stage2', record: state.lifecycle.stage2, clocks: state.stage2 };
  return undefined;
}

/** The open stage an available stage action works on (`available` has already refused without one). */
function theOpenStage(state: CaseState): OpenStage {
  const open = openStage(state);
  if (!open) throw new Error('A stage action was applied with no open stage: its `available` should have refused.');
  return open;
}

/** A stage action's guard: an open stage, and then what that stage's record must show. */
function withOpenStage(noStage: string, check: (open: OpenStage) => Availability = () => AVAILABLE) {
  return (state: CaseState) =>
    whileOpen(state, () => {
      const open = openStage(state);
      return open ? check(open) : refuse('not_allowed_in_state', noStage);
    });
}

function done(ctx: ActionContext, action: string, next: Partial<NextState>, details: Record<string, unknown>): ActionResult {
  const { c, state } = ctx;
  // A closed case stays closed unless the action says otherwise (a changed contact or a corrected date does not reopen it).
  const same: NextState = { decision: c.decision, lifecycle: state.lifecycle, closed: state.phase === 'closed', serviceArea: c.serviceArea, theme: c.theme };
  return { ok: true, next: { ...same, ...next }, event: { action, details } };
}

const labels = (c: ActionCase, b: { serviceArea?: string; theme?: string }) => ({ serviceArea: b.serviceArea ?? c.serviceArea, theme: b.theme ?? c.theme });

const withStage = (lifecycle: Lifecycle, key: OpenStage['key'], record: StageRecord): Lifecycle => ({ ...lifecycle, [key]: record }) as Lifecycle;

/** The audit details of a dated step: backdated when entered after its date, late by the later of the two. */
const entered = (on: string, recordedOn: string, due: string) => ({ on, due, recordedOn, onTime: !recordedLate(on, recordedOn, due), backdated: backdated(on, recordedOn) });

const quickFix = (state: CaseState) => whileOpen(state, (s) => (s.phase === 'quick_fix' ? AVAILABLE : refuse('not_allowed_in_state', 'This case is not an open quick fix.')));

export const CASE_ACTIONS: { [K in ActionName]: CaseAction<K> } = {
  approve: {
    available: (state) =>
      whileOpen(state, (s) =>
        s.phase === 'needs_review'
          ? refuse('not_allowed', 'Triage left this to a person: choose the outcome with an override and say why.')
          : s.reviewed
            ? refuse('already_recorded', 'This decision has already been reviewed.')
            : AVAILABLE,
      ),
    apply: (ctx, body) =>
      done(
        ctx,
        'case.approved',
        { lifecycle: { ...ctx.state.lifecycle, reviewed: { by: ctx.by, on: ctx.today, how: 'approved' } }, ...labels(ctx.c, body) },
        { outcome: ctx.c.decision.outcome, category: ctx.c.decision.category, ...labels(ctx.c, body) },
      ),
  },

  override: {
    available: (state) => whileOpen(state),
    apply: (ctx, body) => {
      const { c } = ctx;
      const decision = overriddenDecision(ctx.profile, c, body, ctx.now);
      return done(
        ctx,
        'case.overridden',
        { decision, lifecycle: { ...ctx.state.lifecycle, reviewed: { by: ctx.by, on: ctx.today, how: 'overridden' } }, ...labels(c, body) },
        {
          reason: body.reason,
          from: { outcome: c.decision.outcome, category: c.decision.category },
          to: { outcome: decision.outcome, category: decision.category },
          ...(body.refusalReason ? { refusalReason: body.refusalReason } : {}),
          deadlines: decision.deadlines,
        },
      );
    },
  },

  acknowledge: {
    available: withOpenStage('There is no open stage 1 or stage 2 complaint to record this against.', ({ stage, record }) =>
      record?.acknowledgedOn
        ? refuse('already_recorded', `The stage ${stage} acknowledgement was already recorded (${record.acknowledgedOn}).`)
        : AVAILABLE,
    ),
    apply: (ctx, body) => {
      const { stage, key, record, clocks } = theOpenStage(ctx.state);
      const due = clocks.acknowledgeBy;
      return done(
        ctx,
        `stage${stage}.acknowledged`,
        { lifecycle: withStage(ctx.state.lifecycle, key, { ...record, acknowledgedOn: body.on, acknowledgementRecordedOn: ctx.today }) },
        entered(body.on, ctx.today, due),
      );
    },
  },

  respond: {
    available: withOpenStage('There is no open stage 1 or stage 2 complaint to record this against.', ({ stage, record }) =>
      record?.respondedOn
        ? refuse('already_recorded', `The stage ${stage} response was already recorded (${record.respondedOn}).`)
        : !record?.acknowledgedOn
          ? refuse('out_of_order', `Record the stage ${stage} acknowledgement first.`)
          : AVAILABLE,
    ),
    apply: (ctx, { version: _version, on, ...said }) => {
      const { stage, key, record, clocks } = theOpenStage(ctx.state);
      const recorded = recordResponse(ctx.profile, { stage, lifecycle: ctx.state.lifecycle, record, actor: ctx.actor, as: 'respondedBy' }, said);
      if (!recorded.ok) return recorded;
      const due = clocks.respondDue;
      return done(
        ctx,
        `stage${stage}.responded`,
        { lifecycle: withStage(ctx.state.lifecycle, key, { ...recorded.record, respondedOn: on, responseRecordedOn: ctx.today }) },
        { ...entered(on, ctx.today, due), ...recorded.details },
      );
    },
  },

  extend: {
    available: withOpenStage('There is no open stage 1 or stage 2 complaint to extend.', ({ stage, record }) =>
      record?.respondedOn ? refuse('not_allowed_in_state', `The stage ${stage} response was already sent.`) : AVAILABLE,
    ),
    apply: (ctx, body) => {
      const { stage, key, record, clocks } = theOpenStage(ctx.state);
      if (body.to <= clocks.respondDue) return refuse('invalid_date', `The new date must be after the current response date, ${clocks.respondDue}.`);
      const limit = extensionDeadline(ctx.profile, stage, clocks.respondBy);
      const beyondLimit = body.to > limit;
      if (beyondLimit && !body.residentAgreed) {
        // Code 6.4–6.5: no more than the profile's extension without good reason, agreed with the resident.
        return refuse(
          'not_allowed',
          `${body.to} is beyond the longest extension the policy allows (${limit}). Agree it with the resident first and set residentAgreed; the letter then gives the ${ctx.profile.ombudsman.name}'s details (Code 6.4–6.5).`,
        );
      }
      const extension = { to: body.to, reason: body.reason, residentAgreed: body.residentAgreed, beyondLimit, recordedOn: ctx.today };
      return done(
        ctx,
        `stage${stage}.extended`,
        { lifecycle: withStage(ctx.state.lifecycle, key, { ...record, extension }) },
        { ...extension, previousDue: clocks.respondDue, limit },
      );
    },
  },

  'resolve-quick-fix': {
    available: quickFix,
    apply: (ctx, body) => {
      const respondBy = ctx.state.quickFix?.respondBy;
      return done(
        ctx,
        'quick_fix.resolved',
        { lifecycle: { ...ctx.state.lifecycle, quickFix: { resolvedOn: body.on } }, closed: true },
        { on: body.on, respondBy, withinWindow: respondBy === undefined || body.on <= respondBy },
      );
    },
  },

  'escalate-quick-fix': {
    available: quickFix,
    // Greatwell 2.2: unresolved in its window, or the resident is not happy, it becomes stage 1;
    // its clocks count from the day it is escalated.
    apply: (ctx, body) => {
      const respondBy = ctx.state.quickFix?.respondBy;
      return done(
        ctx,
        'quick_fix.escalated',
        { lifecycle: { ...ctx.state.lifecycle, quickFix: { escalatedOn: body.on }, stage1: { openedOn: body.on } } },
        { on: body.on, respondBy, windowPassed: respondBy !== undefined && body.on > respondBy, deadlines: stage1Deadlines(ctx.profile, body.on) },
      );
    },
  },

  'escalate-stage2': {
    available: ({ phase, lifecycle }) => {
      if (lifecycle.stage2) return refuse('already_recorded', `Stage 2 was already requested, on ${lifecycle.stage2.requestedOn}.`);
      if (lifecycle.withdrawn) return refuse('not_allowed_in_state', `The resident withdrew this complaint on ${lifecycle.withdrawn.on}: reopen it first.`);
      const atStage1 = phase === 'stage1' || lifecycle.closed?.stage === 1;
      return atStage1 && lifecycle.stage1?.respondedOn ? AVAILABLE : refuse('not_allowed_in_state', 'Stage 2 follows the stage 1 response: record that first.');
    },
    apply: (ctx, body) => {
      // `available` has checked there is a stage 1 response.
      const { requestBy } = stage2RequestWindow(ctx.profile, ctx.state.lifecycle.stage1?.respondedOn as string);
      const { closed: _closed, ...open } = ctx.state.lifecycle;
      return done(
        ctx,
        'stage2.requested',
        { lifecycle: { ...open, stage2: { requestedOn: body.requestedOn } }, closed: false },
        // Code 6.12: no reasons are asked for; a late request is flagged for discretion, not refused.
        { requestedOn: body.requestedOn, requestBy, withinWindow: requestBy === null || body.requestedOn <= requestBy },
      );
    },
  },

  close: {
    available: withOpenStage('Only an open stage 1 or stage 2 complaint is closed with an outcome.', ({ stage, record }) =>
      record?.respondedOn ? AVAILABLE : refuse('out_of_order', `Record the stage ${stage} response first: the outcome is part of it (Code 6.9).`),
    ),
    apply: (ctx, { version: _version, outcome, on, ...said }) => {
      const { stage, key, record } = theOpenStage(ctx.state);
      const recorded = recordResponse(ctx.profile, { stage, lifecycle: ctx.state.lifecycle, record, actor: ctx.actor, as: 'closedBy' }, said);
      if (!recorded.ok) return recorded;
      const closed = { ...recorded.record, outcome };
      // Saved all the same; the audit trail keeps that it was saved with the warning showing.
      const warned = upheldWithoutRemedy(closed) ? { warnings: [remedyWarning(stage, outcome)] } : {};
      return done(
        ctx,
        'case.closed',
        { lifecycle: { ...withStage(ctx.state.lifecycle, key, closed), closed: { on, stage } }, closed: true },
        { stage, outcome, ...recorded.details, on, ...warned },
      );
    },
  },

  'complete-remedy-action': {
    // Remedy actions are often done after the case is closed: open or closed, any waiting action.
    available: ({ lifecycle }) =>
      [lifecycle.stage1, lifecycle.stage2].some((r) => r?.actions?.some((a) => !a.doneOn))
        ? AVAILABLE
        : refuse('not_allowed_in_state', 'No remedy action on this case is waiting to be marked done.'),
    apply: (ctx, { stage, action: n, on }) => {
      const key = stage === 1 ? 'stage1' : 'stage2';
      const record = ctx.state.lifecycle[key];
      const actions = record?.actions ?? [];
      const action = actions[n - 1];
      if (!record || !action) {
        return refuse('not_allowed', actions.length ? `Stage ${stage} has actions 1 to ${actions.length}: there is no action ${n}.` : `Stage ${stage} has no remedy actions.`);
      }
      if (action.doneOn) return refuse('already_recorded', `Stage ${stage} action ${n} was already marked done on ${action.doneOn}.`);
      if (record.respondedOn && on < record.respondedOn) {
        return refuse('invalid_date', `The action was promised in the stage ${stage} response of ${record.respondedOn}: it cannot be done before that.`);
      }
      const next = actions.map((a, i) => (i === n - 1 ? { ...a, doneOn: on } : a));
      return done(ctx, 'remedy.action_done', { lifecycle: withStage(ctx.state.lifecycle, key, { ...record, actions: next }) }, { stage, action: n, what: action.what, owner: action.owner, due: action.due, on });
    },
  },

  withdraw: {
    // A routed contact (a service request, an ASB report) is not a complaint to withdraw.
    available: (state) =>
      whileOpen(state, (s) => (s.phase === 'routed' ? refuse('not_allowed_in_state', 'Only a complaint, a quick fix or a case under review can be withdrawn.') : AVAILABLE)),
    apply: (ctx, { on, reason }) => {
      const stage = stageNow(ctx.state.phase);
      return done(
        ctx,
        'case.withdrawn',
        { lifecycle: { ...ctx.state.lifecycle, withdrawn: { on, reason }, closed: { on, stage } }, closed: true },
        { stage, on, reason },
      );
    },
  },

  reopen: {
    available: (state) => {
      // A merged duplicate's complaint goes on in the case it was merged into.
      const merged = state.lifecycle.mergedInto;
      if (merged) return refuse('not_allowed_in_state', `This case was merged into ${merged.reference} on ${merged.on}: work on ${merged.reference} instead.`);
      return state.phase === 'closed' ? AVAILABLE : refuse('not_allowed_in_state', 'Only a closed case can be reopened.');
    },
    // Back where it was closed from: the phase follows from what is recorded once the closure is set aside.
    apply: (ctx, { on, reason }) => {
      const { closed, withdrawn, ...open } = ctx.state.lifecycle;
      if (!closed) throw new Error('A case was reopened with no closure: `available` should have refused.');
      if (on < closed.on) return refuse('invalid_date', `The case was closed on ${closed.on}: it cannot be reopened before that.`);
      const undone = { on, reason, closedOn: closed.on, stage: closed.stage, withdrawn: withdrawn !== undefined };
      return done(
        ctx,
        'case.reopened',
        { lifecycle: { ...open, reopened: [...(open.reopened ?? []), undone] }, closed: false },
        { on, reason, closedOn: closed.on, stage: closed.stage, wasWithdrawn: withdrawn !== undefined },
      );
    },
  },

  'correct-date': {
    available: ({ lifecycle }) => {
      const last = lastStage(lifecycle);
      return last && (last.record.acknowledgedOn || last.record.respondedOn)
        ? AVAILABLE
        : refuse('out_of_order', 'No acknowledgement or response date has been recorded yet: there is nothing to correct.');
    },
    apply: (ctx, { which, on, reason }) => {
      const { stage, key, record } = lastStage(ctx.state.lifecycle) as LastStage;
      const field = which === 'acknowledgement' ? 'acknowledgedOn' : 'respondedOn';
      const from = record[field];
      if (!from) return refuse('out_of_order', `No stage ${stage} ${which} date has been recorded: record it instead.`);
      if (on === from) return refuse('invalid_date', `The stage ${stage} ${which} is already recorded as ${on}.`);
      const begun = key === 'stage2' ? ctx.state.lifecycle.stage2?.requestedOn : ctx.state.lifecycle.stage1?.openedOn;
      if (begun && on < begun) return refuse('invalid_date', `Stage ${stage} began on ${begun}: its ${which} cannot be before that.`);
      if (field === 'acknowledgedOn' && record.respondedOn && on > record.respondedOn) {
        return refuse('invalid_date', `The stage ${stage} response is recorded as ${record.respondedOn}: the acknowledgement cannot be after it.`);
      }
      if (field === 'respondedOn' && record.acknowledgedOn && on < record.acknowledgedOn) {
        return refuse('invalid_date', `The stage ${stage} acknowledgement is recorded as ${record.acknowledgedOn}: the response cannot be before it.`);
      }
      return done(ctx, `stage${stage}.date_corrected`, { lifecycle: withStage(ctx.state.lifecycle, key, { ...record, [field]: on }) }, { stage, which, from, to: on, reason });
    },
  },

  'consent-received': {
    available: (state) =>
      state.consent === 'pending'
        ? AVAILABLE
        : refuse('not_allowed_in_state', state.consent === 'given' ? "The resident's consent is already recorded." : "This case has no representative waiting for the resident's consent."),
    apply: (ctx, { on, method }) => {
      const { caseData, decision } = consentGiven(ctx.profile, ctx.c, { on, method });
      return done(ctx, 'case.consent_received', { decision, caseData }, { on, ...(method ? { method } : {}), disclosure: decision.disclosure.toRepresentative });
    },
  },
  // Usually long after the case closed: the Ombudsman decides after the landlord's final response.
  'record-ombudsman-determination': {
    available: determinationAvailable,
    apply: (ctx, body) => {
      const lifecycle = withDetermination(ctx.state.lifecycle, body, ctx.today);
      return done(ctx, 'case.ombudsman_determination', { lifecycle }, { ...lifecycle.ombudsmanDetermination });
    },
  },
  // Any phase: a resident may move, or tell us what they need, after the case is closed too.
  'update-contact': {
    available: () => AVAILABLE,
    apply: (ctx, { version: _version, ...contact }) => {
      const { caseData, changed } = contactUpdated(ctx.c.caseData, contact);
      if (changed.length === 0) return refuse('already_recorded', 'The contact is already as given: nothing changed.');
      // Personal data: the audit names the fields that changed, never their values.
      return done(ctx, 'case.contact_updated', { caseData }, { changed });
    },
  },
};

/** The actions a case offers where it stands, in the catalogue's order: the console shows a form for each. */
export function availableActions(state: CaseState): ActionName[] {
  return ACTION_NAMES.filter((name) => CASE_ACTIONS[name].available(state).ok);
}

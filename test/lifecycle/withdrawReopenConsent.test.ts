// Withdrawal, reopening and the resident's consent, as the pure core decides them:
// (profile, case, action, now) → next state and the audit event, or a refusal a person can act on.
import type { ActionCase } from '../../lifecycle/actionResult';
import type { ActionInput } from '../../lifecycle/actionSchemas';
import { applyAction } from '../../lifecycle/caseActions';
import { caseState } from '../../lifecycle/caseState';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { exampleCase } from '../support/fixtures';

const code = getProfile('code-2024')!;
const by = 'Test reviewer';
// A complaint received Thursday 26 November 2026, seen on Friday 18 December.
const SEEN = new Date('2026-12-18T10:00:00Z');
const answered = { acknowledgedOn: '2026-11-27', respondedOn: '2026-12-10' };

function aCase(name: string, lifecycle: unknown = {}): ActionCase {
  const caseData = StructuredCaseSchema.parse(exampleCase(name, { receivedAt: '2026-11-26T10:00:00Z' }));
  return { receivedAt: new Date(caseData.receivedAt), caseData, decision: triage(code, caseData, new Date(caseData.receivedAt)), lifecycle, serviceArea: null, theme: null };
}
const act = (c: ActionCase, input: ActionInput) => applyAction(code, c, input, { now: SEEN, by });
const phaseAfter = (c: ActionCase, input: ActionInput) => {
  const result = act(c, input);
  if (!result.ok) throw new Error(result.refusal.message);
  return { result, phase: caseState(code, { ...c, lifecycle: result.next.lifecycle, decision: result.next.decision }, SEEN).phase };
};

describe('withdraw: the resident withdrew', () => {
  it.each([
    ['at stage 1, just opened', {}, 1],
    ['at stage 1, acknowledged', { stage1: { acknowledgedOn: '2026-11-27' } }, 1],
    ['at stage 2', { stage1: answered, stage2: { requestedOn: '2026-12-14' } }, 2],
  ])('%s: closes the case at the stage it stood, with no outcome', (_where, lifecycle, stage) => {
    const { result, phase } = phaseAfter(aCase('complaint-repair-delay', lifecycle), { action: 'withdraw', body: { version: 1, on: '2026-12-17', reason: 'Rang to say it is sorted' } });
    expect(phase).toBe('closed');
    expect(result.next).toMatchObject({ closed: true, lifecycle: { withdrawn: { on: '2026-12-17', reason: 'Rang to say it is sorted' }, closed: { on: '2026-12-17', stage } } });
    expect(result.next.lifecycle.stage1?.outcome).toBeUndefined();
    expect(result.event).toEqual({ action: 'case.withdrawn', details: { stage, on: '2026-12-17', reason: 'Rang to say it is sorted' } });
  });

  it('a withdrawn complaint does not go to stage 2 until it is reopened', () => {
    const c = aCase('complaint-repair-delay', { stage1: answered, withdrawn: { on: '2026-12-11', reason: 'Withdrawn' }, closed: { on: '2026-12-11', stage: 1 } });
    expect(act(c, { action: 'escalate-stage2', body: { version: 1, requestedOn: '2026-12-17' } })).toEqual({
      ok: false,
      refusal: { kind: 'not_allowed_in_state', message: 'The resident withdrew this complaint on 2026-12-11: reopen it first.' },
    });
  });
});

describe('reopen: a closed case goes back to where it was closed from', () => {
  it.each([
    ['closed at stage 1 with an outcome', { stage1: { ...answered, outcome: 'not_upheld' }, closed: { on: '2026-12-10', stage: 1 } }, 'stage1', false],
    ['withdrawn at stage 1', { stage1: { acknowledgedOn: '2026-11-27' }, withdrawn: { on: '2026-12-01', reason: 'Withdrawn' }, closed: { on: '2026-12-01', stage: 1 } }, 'stage1', true],
    ['withdrawn at stage 2', { stage1: answered, stage2: { requestedOn: '2026-12-14' }, withdrawn: { on: '2026-12-15', reason: 'Withdrawn' }, closed: { on: '2026-12-15', stage: 2 } }, 'stage2', true],
  ])('%s → %s, the closure kept in the record', (_closed, lifecycle, phase, wasWithdrawn) => {
    const { result, phase: now } = phaseAfter(aCase('complaint-repair-delay', lifecycle), { action: 'reopen', body: { version: 1, on: '2026-12-17', reason: 'New evidence from the resident' } });
    expect(now).toBe(phase);
    expect(result.next.closed).toBe(false);
    expect(result.next.lifecycle.withdrawn).toBeUndefined();
    expect(result.next.lifecycle.reopened).toEqual([{ on: '2026-12-17', reason: 'New evidence from the resident', closedOn: (lifecycle as { closed: { on: string } }).closed.on, stage: phase === 'stage1' ? 1 : 2, withdrawn: wasWithdrawn }]);
    expect(result.event.action).toBe('case.reopened');
  });

  it.each([
    ['an open case', {}, 'not_allowed_in_state', 'Only a closed case can be reopened.'],
    ['a date before the closure', { stage1: answered, closed: { on: '2026-12-10', stage: 1 } }, 'invalid_date', 'The case was closed on 2026-12-10: it cannot be reopened before that.'],
  ])('refuses %s', (_what, lifecycle, kind, message) => {
    expect(act(aCase('complaint-repair-delay', lifecycle), { action: 'reopen', body: { version: 1, on: '2026-12-09', reason: 'Reopen please' } })).toEqual({ ok: false, refusal: { kind, message } });
  });
});

describe("consent-received: the resident's permission for their representative arrived (Code 1.3)", () => {
  it('records it on the case, and the representative may now be told about it', () => {
    const c = aCase('representative-pending');
    expect(c.decision.disclosure.toRepresentative).toBe('nothing');
    const result = act(c, { action: 'consent-received', body: { version: 1, on: '2026-12-17', method: 'signed form by post' } });
    if (!result.ok) throw new Error(result.refusal.message);
    expect(result.next.caseData?.representative).toMatchObject({ consent: 'given', consentRecordedOn: '2026-12-17', consentMethod: 'signed form by post' });
    expect(result.next.decision).toMatchObject({ consent: 'given', disclosure: { toRepresentative: 'case_details', stillNeeded: [] }, outcome: c.decision.outcome });
    expect(result.next.decision.reasons.filter((r) => r.rule === 'consent_gate').map((r) => r.message)).toEqual([
      'The resident has given permission for A. Member MP (mp) to act for them.',
    ]);
    expect(result.event).toEqual({ action: 'case.consent_received', details: { on: '2026-12-17', method: 'signed form by post', disclosure: 'case_details' } });
  });

  it.each([
    ['no representative', 'complaint-repair-delay', "This case has no representative waiting for the resident's consent."],
  ])('is refused on a case with %s', (_what, name, message) => {
    expect(act(aCase(name), { action: 'consent-received', body: { version: 1, on: '2026-12-17' } })).toEqual({ ok: false, refusal: { kind: 'not_allowed_in_state', message } });
  });
});

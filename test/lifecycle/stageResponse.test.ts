// Recording a stage response as data (Code 6.9, 7, 8.1–8.2) and stage 2 considered by someone not
// involved at stage 1 (Code 6.13), through the pure core: one row per rule.
import type { ActionCase } from '../../lifecycle/actionResult';
import type { ActionInput } from '../../lifecycle/actionSchemas';
import { ACTION_SCHEMAS } from '../../lifecycle/actionSchemas';
import { applyAction } from '../../lifecycle/caseActions';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { PolicyProfileSchema, type PolicyProfile } from '../../triage/profileSchema';
import { triage } from '../../triage/triage';
import { exampleCase } from '../support/fixtures';

const code = getProfile('code-2024')!;
const NOW = new Date('2026-12-18T10:00:00Z');
const PRIYA = 'staff:priya';
const GARETH = 'staff:gareth';

function aCase(lifecycle: unknown): ActionCase {
  const caseData = StructuredCaseSchema.parse(exampleCase('complaint-repair-delay'));
  return { receivedAt: new Date(caseData.receivedAt), caseData, decision: triage(code, caseData, new Date(caseData.receivedAt)), lifecycle, serviceArea: null, theme: null };
}

const acknowledged = { acknowledgedOn: '2026-11-27' };
const answeredBy = (who: string) => ({ acknowledgedOn: '2026-11-27', respondedOn: '2026-12-10', respondedBy: who, outcome: 'partly_upheld', closedBy: who });
const atStage1 = aCase({ stage1: acknowledged });
const stage2Acknowledged = (stage1: object) => aCase({ stage1, stage2: { requestedOn: '2026-12-11', acknowledgedOn: '2026-12-14' } });

/** The body as the API would parse it, so compensation is in pence as the core sees it. */
function act(c: ActionCase, action: 'respond' | 'close', body: Record<string, unknown>, actor = PRIYA, profile: PolicyProfile = code) {
  const parsed = ACTION_SCHEMAS[action].parse({ version: 1, on: '2026-12-17', ...(action === 'close' ? { outcome: 'upheld' } : {}), ...body });
  return applyAction(profile, c, { action, body: parsed } as ActionInput, { now: NOW, by: actor, actor });
}

describe('a stage response records the remedy as data (Code 6.9, 7)', () => {
  it.each([
    ['apology and compensation', { apology: true, compensation: '£150.00' }, { apology: true, compensationPence: 15000 }],
    ['compensation of nothing, said as such', { compensation: 0 }, { compensationPence: 0 }],
    ['actions with owners and dates', { actions: [{ what: 'Replace the window', owner: 'Sam Lee', due: '2027-01-15' }] }, { actions: [{ what: 'Replace the window', owner: 'Sam Lee', due: '2027-01-15' }] }],
    ['root causes from the profile', { rootCauses: ['communication', 'delays'] }, { rootCauses: ['communication', 'delays'] }],
    ['who recorded it', {}, { respondedBy: PRIYA }],
  ])('%s', (_what, body, expected) => {
    const result = act(atStage1, 'respond', body);
    expect(result.ok && result.next.lifecycle.stage1).toMatchObject({ respondedOn: '2026-12-17', ...expected });
  });

  it('a case recorded before remedies existed still reads, and closes with them', () => {
    const result = act(aCase({ stage1: { acknowledgedOn: '2026-11-27', respondedOn: '2026-12-10', remedy: 'Sorry' } }), 'close', { compensation: 50, actions: [{ what: 'Call back', owner: 'Sam', due: '2027-01-04' }] });
    expect(result.ok && result.next.lifecycle.stage1).toMatchObject({ remedy: 'Sorry', outcome: 'upheld', compensationPence: 5000, closedBy: PRIYA, actions: [{ what: 'Call back' }] });
  });

  it('actions given at the close are added to those of the response', () => {
    const responded = { ...acknowledged, respondedOn: '2026-12-10', actions: [{ what: 'First', owner: 'A', due: '2027-01-04' }] };
    const result = act(aCase({ stage1: responded }), 'close', { actions: [{ what: 'Second', owner: 'B', due: '2027-01-05' }] });
    expect(result.ok && result.next.lifecycle.stage1?.actions?.map((a) => a.what)).toEqual(['First', 'Second']);
  });

  it.each([
    ['a root cause not in the profile', { rootCauses: ['contractor'] }, 'not_allowed', /contractor.*Choose from: communication \(Communication\)/],
    ['more than 20 actions in all', { actions: Array.from({ length: 20 }, () => ({ what: 'x', owner: 'y', due: '2027-01-04' })) }, 'not_allowed', /at most 20/],
  ])('refused: %s', (_what, body, kind, message) => {
    const c = _what.startsWith('more') ? aCase({ stage1: { ...acknowledged, respondedOn: '2026-12-10', actions: [{ what: 'x', owner: 'y', due: '2027-01-04' }] } }) : atStage1;
    const result = act(c, _what.startsWith('more') ? 'close' : 'respond', body);
    expect(result).toMatchObject({ ok: false, refusal: { kind, message: expect.stringMatching(message) } });
  });

  it("a profile's own root causes replace the defaults", () => {
    const own = PolicyProfileSchema.parse({ ...code, rootCauses: { codes: [{ code: 'contractor', label: 'Contractor' }], source: ['Own policy 9.1'] } });
    expect(act(atStage1, 'respond', { rootCauses: ['contractor'] }, PRIYA, own).ok).toBe(true);
    expect(act(atStage1, 'respond', { rootCauses: ['communication'] }, PRIYA, own)).toMatchObject({ ok: false, refusal: { message: expect.stringMatching(/contractor \(Contractor\) \(Own policy 9\.1\)/) } });
  });
});

describe('stage 2 is considered by someone not involved at stage 1 (Code 6.13)', () => {
  const REASON = 'The only other officer is on long-term sick leave';
  it.each([
    ['the stage 1 handler responds at stage 2', stage2Acknowledged(answeredBy(PRIYA)), 'respond', PRIYA, {}, 'same_handler'],
    ['the stage 1 handler responds at stage 2, saying why', stage2Acknowledged(answeredBy(PRIYA)), 'respond', PRIYA, { sameHandlerReason: REASON }, 'ok'],
    ['someone else responds at stage 2', stage2Acknowledged(answeredBy(PRIYA)), 'respond', GARETH, {}, 'ok'],
    ['whoever closed stage 1 responds at stage 2', stage2Acknowledged({ ...answeredBy(GARETH), closedBy: PRIYA }), 'respond', PRIYA, {}, 'same_handler'],
    ['a stage 1 recorded before who responded was kept', stage2Acknowledged({ acknowledgedOn: '2026-11-27', respondedOn: '2026-12-10' }), 'respond', PRIYA, {}, 'ok'],
    ['the stage 1 handler closes stage 2', aCase({ stage1: answeredBy(PRIYA), stage2: { requestedOn: '2026-12-11', acknowledgedOn: '2026-12-14', respondedOn: '2026-12-16', respondedBy: GARETH } }), 'close', PRIYA, {}, 'same_handler'],
    ['the stage 1 handler closes stage 2 once a reason is on record', aCase({ stage1: answeredBy(PRIYA), stage2: { requestedOn: '2026-12-11', acknowledgedOn: '2026-12-14', respondedOn: '2026-12-16', respondedBy: PRIYA, sameHandlerReason: REASON } }), 'close', PRIYA, {}, 'ok'],
  ] as const)('%s → %s', (_what, c, action, actor, body, expected) => {
    const result = act(c, action, body, actor);
    expect(result.ok ? 'ok' : result.refusal.kind).toBe(expected);
  });

  it('the reason is kept on the stage and in the audit event; not asked for, it is not kept', () => {
    const own = act(stage2Acknowledged(answeredBy(PRIYA)), 'respond', { sameHandlerReason: REASON });
    expect(own.ok && [own.next.lifecycle.stage2?.sameHandlerReason, own.event.details.sameHandlerReason]).toEqual([REASON, REASON]);
    const other = act(stage2Acknowledged(answeredBy(PRIYA)), 'respond', { sameHandlerReason: REASON }, GARETH);
    expect(other.ok && other.next.lifecycle.stage2?.sameHandlerReason).toBeUndefined();
  });
});

describe('marking a remedy action done', () => {
  const closed = aCase({
    stage1: { ...answeredBy(PRIYA), actions: [{ what: 'Replace the window', owner: 'Sam Lee', due: '2027-01-15' }, { what: 'Call back', owner: 'Ann', due: '2026-12-20', doneOn: '2026-12-12' }] },
    closed: { on: '2026-12-10', stage: 1 },
  });
  const done = (stage: 1 | 2, n: number, on: string) => applyAction(code, closed, { action: 'complete-remedy-action', body: { version: 1, stage, action: n, on } }, { now: NOW, by: 'Priya' });
  it.each([
    ['a waiting action, on a closed case', 1, 1, '2026-12-17', 'ok'],
    ['an action already done', 1, 2, '2026-12-17', 'already_recorded'],
    ['an action that does not exist', 1, 3, '2026-12-17', 'not_allowed'],
    ['a stage with no actions', 2, 1, '2026-12-17', 'not_allowed'],
    ['a day before the response promised it', 1, 1, '2026-12-09', 'invalid_date'],
    ['a day in the future', 1, 1, '2026-12-19', 'invalid_date'],
  ] as const)('%s → %s', (_what, stage, n, on, expected) => {
    const result = done(stage, n, on);
    expect(result.ok ? 'ok' : result.refusal.kind).toBe(expected);
  });

  it('records the day on the action and audits what was done; a closed case stays closed', () => {
    const result = done(1, 1, '2026-12-17');
    expect(result.ok && [result.next.lifecycle.stage1?.actions?.[0].doneOn, result.next.closed, result.event]).toEqual([
      '2026-12-17',
      true,
      { action: 'remedy.action_done', details: { stage: 1, action: 1, what: 'Replace the window', owner: 'Sam Lee', due: '2027-01-15', on: '2026-12-17' } },
    ]);
  });
});

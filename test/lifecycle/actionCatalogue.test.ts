// The action catalogue: where a case stands decides which actions it offers. The core refuses every
// other action with the catalogue's reason, and the console offers a form for exactly these.
import type { ActionCase } from '../../lifecycle/actionResult';
import { availableActions, CASE_ACTIONS } from '../../lifecycle/actionCatalogue';
import { ACTION_NAMES, type ActionInput, type ActionName } from '../../lifecycle/actionSchemas';
import { applyAction } from '../../lifecycle/caseActions';
import { caseState, type CaseState } from '../../lifecycle/caseState';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { londonDate } from '../../triage/workingDays';
import { caseForms } from '../../web/console/caseForms';
import { exampleCase } from '../support/fixtures';

const by = 'Test reviewer';

function aCase(name: string, lifecycle: unknown, decided?: 'needs_review'): ActionCase {
  const caseData = StructuredCaseSchema.parse(exampleCase(name));
  const profile = getProfile(caseData.profile)!;
  const decision = triage(profile, caseData, new Date(caseData.receivedAt));
  return {
    receivedAt: new Date(caseData.receivedAt),
    caseData,
    decision: decided ? { ...decision, outcome: decided, review: { required: true, because: ['category'] } } : decision,
    lifecycle,
    serviceArea: null,
    theme: null,
  };
}

const reviewed = { by, on: '2026-11-27', how: 'approved' } as const;
const acknowledged = { acknowledgedOn: '2026-11-27' };
const answered = { acknowledgedOn: '2026-11-27', respondedOn: '2026-12-10' };
const atStage2 = { reviewed, stage1: answered, stage2: { requestedOn: '2026-12-14' } };

// A complaint received Thursday 26 November 2026 (code-2024), seen on Friday 18 December;
// a Greatwell customer concern received Wednesday 23 December 2026, seen on Tuesday 5 January.
const COMPLAINT_SEEN = new Date('2026-12-18T10:00:00Z');
const CONCERN_SEEN = new Date('2027-01-05T10:00:00Z');

const PHASES: [string, ActionCase, Date, ActionName[]][] = [
  ['left to a person', aCase('complaint-repair-delay', {}, 'needs_review'), COMPLAINT_SEEN, ['override', 'withdraw']],
  ['routed as a service request', aCase('damp-and-mould-repair', {}), new Date('2026-12-21T10:00:00Z'), ['approve', 'override']],
  ['an open quick fix', aCase('greatwell-concern', {}), CONCERN_SEEN, ['approve', 'override', 'resolve-quick-fix', 'escalate-quick-fix', 'withdraw']],
  ['stage 1, just opened', aCase('complaint-repair-delay', {}), COMPLAINT_SEEN, ['approve', 'override', 'acknowledge', 'extend', 'withdraw']],
  ['stage 1, reviewed and acknowledged', aCase('complaint-repair-delay', { reviewed, stage1: acknowledged }), COMPLAINT_SEEN, ['override', 'respond', 'extend', 'withdraw', 'correct-date']],
  ['stage 1, answered', aCase('complaint-repair-delay', { reviewed, stage1: answered }), COMPLAINT_SEEN, ['override', 'escalate-stage2', 'close', 'withdraw', 'correct-date', 'record-ombudsman-determination']],
  ['closed at stage 1', aCase('complaint-repair-delay', { reviewed, stage1: { ...answered, outcome: 'not_upheld' }, closed: { on: '2026-12-10', stage: 1 } }), COMPLAINT_SEEN, ['escalate-stage2', 'reopen', 'correct-date', 'record-ombudsman-determination']],
  ['stage 2, just asked for', aCase('complaint-repair-delay', atStage2), COMPLAINT_SEEN, ['override', 'acknowledge', 'extend', 'withdraw', 'record-ombudsman-determination']],
  ['stage 2, answered', aCase('complaint-repair-delay', { ...atStage2, stage2: { requestedOn: '2026-12-14', acknowledgedOn: '2026-12-15', respondedOn: '2026-12-17' } }), COMPLAINT_SEEN, ['override', 'close', 'withdraw', 'correct-date', 'record-ombudsman-determination']],
  ['closed at stage 2', aCase('complaint-repair-delay', { ...atStage2, stage2: { requestedOn: '2026-12-14', acknowledgedOn: '2026-12-15', respondedOn: '2026-12-17', outcome: 'upheld' }, closed: { on: '2026-12-17', stage: 2 } }), COMPLAINT_SEEN, ['reopen', 'correct-date', 'record-ombudsman-determination']],
  ['withdrawn at stage 1 after the response', aCase('complaint-repair-delay', { reviewed, stage1: answered, withdrawn: { on: '2026-12-11', reason: 'Resident rang to withdraw' }, closed: { on: '2026-12-11', stage: 1 } }), COMPLAINT_SEEN, ['reopen', 'correct-date', 'record-ombudsman-determination']],
  ['brought by a representative whose consent is pending', aCase('representative-pending', {}), CONCERN_SEEN, ['approve', 'override', 'acknowledge', 'extend', 'withdraw', 'consent-received']],
];

const dayBefore = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A body each action would accept on the day the case is seen. */
function inputFor(action: ActionName, state: CaseState, today: string): ActionInput {
  const version = 1;
  const acknowledgedOn = (state.lifecycle.stage2 ?? state.lifecycle.stage1)?.acknowledgedOn;
  const due = (state.phase === 'stage2' ? state.stage2 : state.stage1)?.respondDue ?? today;
  const bodies = {
    approve: { version },
    override: { version, outcome: 'service_request', reason: 'It is a repair request' },
    acknowledge: { version, on: today },
    respond: { version, on: today },
    extend: { version, to: dayAfter(due), reason: 'Waiting for a surveyor', residentAgreed: true },
    'resolve-quick-fix': { version, on: today },
    'escalate-quick-fix': { version, on: today },
    'escalate-stage2': { version, requestedOn: today },
    close: { version, outcome: 'upheld', on: today },
    withdraw: { version, on: today, reason: 'Resident rang to withdraw' },
    reopen: { version, on: today, reason: 'Resident came back with new evidence' },
    'consent-received': { version, on: today },
    'correct-date': { version, which: 'acknowledgement', on: dayBefore(acknowledgedOn ?? today), reason: 'Typed the wrong day' },
    'record-ombudsman-determination': { version, on: today, finding: 'maladministration', orders: 'Apologise and pay £300' },
    'update-contact': { version, name: 'Ms A Resident', address: ['1 High Street'], postcode: 'SW1A 1AA' },
  };
  return { action, body: bodies[action] } as ActionInput;
}

// A resident may move or tell us what they need at any point, so every phase offers a change of contact, last.
const OFFERED = PHASES.map(([phase, c, now, expected]): (typeof PHASES)[number] => [phase, c, now, [...expected, 'update-contact']]);

describe.each(OFFERED)('a case %s', (_phase, c, now, expected) => {
  const profile = getProfile(c.caseData.profile)!;
  const state = caseState(profile, c, now);
  const today = londonDate(now);

  it(`offers ${expected.join(', ') || 'nothing'}`, () => {
    expect(availableActions(state)).toEqual(expected);
  });

  it('the console shows a form for exactly those actions', () => {
    expect(caseForms(state, today).map((form) => form.action)).toEqual(expected);
  });

  it.each(ACTION_NAMES)('%s: applied if offered, else refused with the reason the catalogue gives', (action) => {
    const result = applyAction(profile, c, inputFor(action, state, today), { now, by });
    const availability = CASE_ACTIONS[action].available(state);
    expect(result.ok ? { ok: true } : result).toEqual(expected.includes(action) ? { ok: true } : availability);
  });
});

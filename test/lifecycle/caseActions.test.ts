// The staff core without a database or a server: (profile, case, action, now) → next state.
import type { ActionCase } from '../../lifecycle/actionResult';
import { applyAction } from '../../lifecycle/caseActions';
import { caseState, relativeDue } from '../../lifecycle/caseState';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { exampleCase } from '../support/fixtures';

const code = getProfile('code-2024')!;
const greatwell = getProfile('greatwell')!;
const by = 'Test reviewer';

function aCase(name: string, profile = code, lifecycle: unknown = {}): ActionCase {
  const caseData = StructuredCaseSchema.parse(exampleCase(name, { profile: profile.id }));
  return {
    receivedAt: new Date(caseData.receivedAt),
    caseData,
    decision: triage(profile, caseData, new Date(caseData.receivedAt)),
    lifecycle,
    serviceArea: null,
    theme: null,
  };
}

describe('deadlines in words', () => {
  it.each([
    [3, 'in 3 working days'],
    [1, 'in 1 working day'],
    [0, 'due today'],
    [-1, '1 working day overdue'],
    [-2, '2 working days overdue'],
  ])('%i working days left reads "%s"', (n, words) => {
    expect(relativeDue(n)).toBe(words);
  });

  it('a Friday deadline seen at the weekend is overdue, though no working day has passed since', () => {
    const caseData = StructuredCaseSchema.parse(exampleCase('complaint-repair-delay', { receivedAt: '2026-11-27T10:00:00Z' }));
    const received = { ...aCase('complaint-repair-delay'), caseData, receivedAt: new Date(caseData.receivedAt), decision: triage(code, caseData, new Date(caseData.receivedAt)) };
    expect(caseState(code, received, '2026-12-04').next).toMatchObject({ due: '2026-12-04', workingDaysLeft: 0, overdue: false });
    expect(caseState(code, received, '2026-12-05').next).toMatchObject({ due: '2026-12-04', workingDaysLeft: 0, overdue: true });
    expect(relativeDue(0, true)).toBe('overdue since the last working day');
  });
});

describe('stage 1 clocks as staff record events (Code 6.2–6.4)', () => {
  const complaint = aCase('complaint-repair-delay'); // received Thursday 26 November 2026

  it('a late acknowledgement does not move the response deadline later', () => {
    const late = caseState(code, { ...complaint, lifecycle: { stage1: { acknowledgedOn: '2026-12-08' } } }, '2026-12-08');
    const onTime = caseState(code, complaint, '2026-11-27');
    expect(late.stage1?.respondBy).toBe(onTime.stage1?.respondBy);
    expect(late.next).toMatchObject({ what: 'respond', stage: 1, due: '2026-12-17' });
  });

  it("an extension within the profile's limit needs no agreement; beyond it, the resident's (Code 6.4–6.5)", () => {
    const acknowledged = { ...complaint, lifecycle: { stage1: { acknowledgedOn: '2026-11-27' } } };
    const now = new Date('2026-12-01T10:00:00Z');
    const within = applyAction(code, acknowledged, { action: 'extend', body: { version: 2, to: '2026-12-18', reason: 'Surveyor', residentAgreed: false } }, { now, by });
    expect(within).toMatchObject({ ok: true, event: { action: 'stage1.extended', details: { beyondLimit: false } } });
    const beyond = applyAction(code, acknowledged, { action: 'extend', body: { version: 2, to: '2027-03-01', reason: 'Surveyor', residentAgreed: false } }, { now, by });
    expect(beyond).toMatchObject({ ok: false, refusal: { kind: 'not_allowed', message: expect.stringMatching(/Agree it with the resident first/) } });
  });

  it('stage 2 is asked for without reasons, and only after the stage 1 response (Code 6.12)', () => {
    const now = new Date('2026-12-20T10:00:00Z');
    const early = applyAction(code, complaint, { action: 'escalate-stage2', body: { version: 1, requestedOn: '2026-12-18' } }, { now, by });
    expect(early).toMatchObject({ ok: false, refusal: { kind: 'not_allowed_in_state' } });
    const answered = { ...complaint, lifecycle: { stage1: { acknowledgedOn: '2026-11-27', respondedOn: '2026-12-10' } } };
    const result = applyAction(code, answered, { action: 'escalate-stage2', body: { version: 3, requestedOn: '2026-12-18' } }, { now, by });
    expect(result.ok && result.next.lifecycle.stage2).toEqual({ requestedOn: '2026-12-18' });
  });

  it('asked for again at stage 2, or once stage 2 is closed, says stage 2 is already recorded', () => {
    const now = new Date('2026-12-20T10:00:00Z');
    const atStage2 = { stage1: { acknowledgedOn: '2026-11-27', respondedOn: '2026-12-10' }, stage2: { requestedOn: '2026-12-14' } };
    for (const lifecycle of [atStage2, { ...atStage2, closed: { on: '2026-12-18', stage: 2 } }]) {
      const again = applyAction(code, { ...complaint, lifecycle }, { action: 'escalate-stage2', body: { version: 4, requestedOn: '2026-12-18' } }, { now, by });
      expect(again).toMatchObject({ ok: false, refusal: { kind: 'already_recorded', message: 'Stage 2 was already requested, on 2026-12-14.' } });
    }
  });
});

describe('quick fixes (Greatwell 2.2)', () => {
  const concern = aCase('greatwell-concern', greatwell); // received Wednesday 23 December 2026

  it('past its window it shows as overdue in the queue, and escalation opens stage 1 from that day', () => {
    const state = caseState(greatwell, concern, '2027-01-05');
    expect(state.phase).toBe('quick_fix');
    expect(state.next?.workingDaysLeft).toBeLessThan(0);
    const result = applyAction(greatwell, concern, { action: 'escalate-quick-fix', body: { version: 1, on: '2027-01-05' } }, { now: new Date('2027-01-05T10:00:00Z'), by });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = caseState(greatwell, { ...concern, lifecycle: result.next.lifecycle }, '2027-01-05');
    expect(after.phase).toBe('stage1');
    expect((after.stage1?.acknowledgeBy ?? '') > '2027-01-05').toBe(true);
    expect(result.event.details).toMatchObject({ windowPassed: true });
  });
});

describe('recording dates', () => {
  it('refuses a date in the future, and one before the case arrived', () => {
    const complaint = aCase('complaint-repair-delay');
    const now = new Date('2026-12-01T10:00:00Z');
    expect(applyAction(code, complaint, { action: 'acknowledge', body: { version: 1, on: '2026-12-02' } }, { now, by })).toMatchObject({ ok: false, refusal: { kind: 'invalid_date' } });
    expect(applyAction(code, complaint, { action: 'acknowledge', body: { version: 1, on: '2026-11-25' } }, { now, by })).toMatchObject({ ok: false, refusal: { kind: 'invalid_date' } });
  });
});

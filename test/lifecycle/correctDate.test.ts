// Correcting a recorded date: the acknowledgement or response date of the open or last stage is
// replaced with a reason, never in the future, and the audit keeps the old and the new dates.
import type { ActionCase } from '../../lifecycle/actionResult';
import { applyAction } from '../../lifecycle/caseActions';
import { caseState } from '../../lifecycle/caseState';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { exampleCase } from '../support/fixtures';

const code = getProfile('code-2024')!;
// Received Thursday 26 November 2026, seen on Friday 18 December.
const SEEN = new Date('2026-12-18T10:00:00Z');
const answered = { acknowledgedOn: '2026-11-27', respondedOn: '2026-12-10' };
const atStage2 = { stage1: answered, stage2: { requestedOn: '2026-12-14', acknowledgedOn: '2026-12-15' } };

function aCase(lifecycle: unknown): ActionCase {
  const caseData = StructuredCaseSchema.parse(exampleCase('complaint-repair-delay', { receivedAt: '2026-11-26T10:00:00Z' }));
  return { receivedAt: new Date(caseData.receivedAt), caseData, decision: triage(code, caseData, new Date(caseData.receivedAt)), lifecycle, serviceArea: null, theme: null };
}
const correct = (lifecycle: unknown, which: 'acknowledgement' | 'response', on: string) =>
  applyAction(code, aCase(lifecycle), { action: 'correct-date', body: { version: 1, which, on, reason: 'Typed the wrong day' } }, { now: SEEN, by: 'Test reviewer' });

describe('correct-date', () => {
  it.each([
    ['the stage 1 acknowledgement', { stage1: { acknowledgedOn: '2026-11-30' } }, 'acknowledgement', '2026-11-27', 1, '2026-11-30'],
    ['the stage 1 response of a closed case', { stage1: { ...answered, outcome: 'upheld' }, closed: { on: '2026-12-10', stage: 1 } }, 'response', '2026-12-09', 1, '2026-12-10'],
    ['the stage 2 acknowledgement', atStage2, 'acknowledgement', '2026-12-14', 2, '2026-12-15'],
  ])('replaces %s and audits old and new', (_what, lifecycle, which, on, stage, from) => {
    const result = correct(lifecycle, which as 'acknowledgement' | 'response', on);
    if (!result.ok) throw new Error(result.refusal.message);
    const key = stage === 1 ? 'stage1' : 'stage2';
    expect(result.next.lifecycle[key]?.[which === 'acknowledgement' ? 'acknowledgedOn' : 'respondedOn']).toBe(on);
    expect(result.event).toEqual({ action: `stage${stage}.date_corrected`, details: { stage, which, from, to: on, reason: 'Typed the wrong day' } });
  });

  it('moves the clocks that count from the corrected date', () => {
    const c = aCase({ stage1: { acknowledgedOn: '2026-12-04' } });
    const result = correct(c.lifecycle, 'acknowledgement', '2026-11-27');
    if (!result.ok) throw new Error(result.refusal.message);
    const before = caseState(code, c, SEEN).stage1?.respondBy;
    const after = caseState(code, { ...c, lifecycle: result.next.lifecycle }, SEEN).stage1?.respondBy;
    expect(after! < before!).toBe(true);
  });

  it.each([
    ['a date in the future', { stage1: answered }, 'response', '2026-12-19', 'invalid_date', /in the future/],
    ['a date before the case was received', { stage1: answered }, 'acknowledgement', '2026-11-25', 'invalid_date', /before the case was received/],
    ['the same date', { stage1: answered }, 'response', '2026-12-10', 'invalid_date', /already recorded as 2026-12-10/],
    ['an acknowledgement after the response', { stage1: answered }, 'acknowledgement', '2026-12-11', 'invalid_date', /cannot be after it/],
    ['a response before the acknowledgement', { stage1: answered }, 'response', '2026-11-26', 'invalid_date', /cannot be before it/],
    ['a stage 2 date before stage 2 began', atStage2, 'acknowledgement', '2026-12-13', 'invalid_date', /Stage 2 began on 2026-12-14/],
    ['a date never recorded', { stage1: { acknowledgedOn: '2026-11-27' } }, 'response', '2026-12-01', 'out_of_order', /record it instead/],
    ['a case with no dates at all', {}, 'acknowledgement', '2026-11-27', 'out_of_order', /nothing to correct/],
  ])('refuses %s', (_what, lifecycle, which, on, kind, message) => {
    const result = correct(lifecycle, which as 'acknowledgement' | 'response', on);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.kind).toBe(kind);
      expect(result.refusal.message).toMatch(message);
    }
  });
});

// An upheld or partly upheld stage with nothing to put it right is warned about, never refused: the
// landlord sets out what it will do to put things right (Code 7.1; BCHG 8.1–8.2), unless there is a
// recorded reason to offer nothing.
import type { StageRecord } from '../../lifecycle/lifecycleSchema';
import { remedyWarnings, upheldWithoutRemedy } from '../../lifecycle/remedyWarning';

describe('an upheld stage with no remedy (Code 7.1; BCHG 8.1–8.2)', () => {
  const action = { what: 'Repair the door lock', owner: 'Repairs', due: '2026-12-04' };
  it.each<[string, StageRecord, boolean]>([
    ['upheld, nothing offered', { outcome: 'upheld' }, true],
    ['partly upheld, nothing offered', { outcome: 'partly_upheld' }, true],
    ['upheld, apology said to be "no"', { outcome: 'upheld', apology: false }, true],
    ['upheld, £0 compensation', { outcome: 'upheld', compensationPence: 0 }, true],
    ['upheld, a reason of only spaces', { outcome: 'upheld', noRemedyReason: '   ' }, true],
    ['upheld with an apology', { outcome: 'upheld', apology: true }, false],
    ['upheld with compensation', { outcome: 'upheld', compensationPence: 5000 }, false],
    ['upheld with an action', { outcome: 'upheld', actions: [action] }, false],
    ['upheld with the remedy in words', { outcome: 'upheld', remedy: 'The lock was replaced on 2 December.' }, false],
    ['upheld with a reason for no remedy', { outcome: 'upheld', noRemedyReason: 'The resident asked us to close it with nothing further.' }, false],
    ['not upheld, nothing offered', { outcome: 'not_upheld' }, false],
    ['no outcome yet', {}, false],
  ])('%s → warned: %s', (_what, record, warned) => {
    expect(upheldWithoutRemedy(record)).toBe(warned);
  });

  it('names each stage it applies to, in words an officer acts on', () => {
    const warnings = remedyWarnings({ stage1: { outcome: 'upheld', apology: true }, stage2: { outcome: 'partly_upheld', requestedOn: '2026-12-01' } });
    expect(warnings).toEqual([{ code: 'upheld_without_remedy', stage: 2, message: expect.stringMatching(/^Stage 2 is partly upheld but no remedy is recorded\..*Add one, or record why none is offered\.$/) }]);
  });
});

// The learning figures from stage responses (Code 8.1–8.2), pure: outcomes by stage, apologies,
// compensation to the penny and root causes, over the responses a period counts.
import type { Lifecycle } from '../../lifecycle/lifecycleSchema';
import { remedySummary } from '../../staff/views/remedySummary';

const responded = (on: string, extra: object = {}) => ({ acknowledgedOn: '2026-11-27', respondedOn: on, ...extra });

/** Each case read on its own. */
const one = (lifecycle: Lifecycle) => ({ lifecycle, cases: 1 });

const CASES: Lifecycle[] = [
  { stage1: responded('2026-12-10', { outcome: 'upheld', apology: true, compensationPence: 10, rootCauses: ['communication', 'delays'] }) },
  { stage1: responded('2026-12-11', { outcome: 'not_upheld', compensationPence: 20, remedy: 'goodwill gesture', rootCauses: ['communication'] }) },
  {
    stage1: responded('2026-12-01', { outcome: 'partly_upheld', compensationPence: 27550, rootCauses: ['appointment_missed'], actions: [{ what: 'a', owner: 'b', due: '2027-01-01', doneOn: '2026-12-20' }] }),
    stage2: { requestedOn: '2026-12-02', ...responded('2026-12-17', { outcome: 'upheld', apology: true, compensationPence: 15000, rootCauses: ['repair_quality'], actions: [{ what: 'c', owner: 'd', due: '2027-01-01' }] }) },
  },
  // A code since retired from the profile is still counted: past figures never change.
  { stage1: responded('2026-12-12', { outcome: 'upheld', rootCauses: ['retired_code'] }) },
  // Acknowledged, not yet answered: not a response.
  { stage1: { acknowledgedOn: '2026-12-01' } },
  // Recorded before remedies existed.
  { stage1: responded('2026-12-05', { outcome: 'not_upheld', remedy: 'Sorry' }) },
];

describe('remedySummary', () => {
  it('counts every stage response, each stage apart, compensation exactly in pence', () => {
    expect(remedySummary(CASES.map(one))).toEqual({
      stage1: { responses: 5, outcomes: { upheld: 2, partly_upheld: 1, not_upheld: 2 }, apologies: 1, compensationPence: 27580, actions: { promised: 1, done: 1 } },
      stage2: { responses: 1, outcomes: { upheld: 1, partly_upheld: 0, not_upheld: 0 }, apologies: 1, compensationPence: 15000, actions: { promised: 1, done: 0 } },
      compensationPence: 42580,
      byRootCause: { communication: 2, appointment_missed: 1, delays: 1, repair_quality: 1, retired_code: 1 },
    });
  });

  it.each([
    ['10 December only', (d: string) => d === '2026-12-10', { stage1: 1, stage2: 0, pence: 10 }],
    ['10 and 11 December: £0.10 and £0.20 make £0.30', (d: string) => d >= '2026-12-10' && d <= '2026-12-11', { stage1: 2, stage2: 0, pence: 30 }],
    ['from 13 December: the stage 2 response only', (d: string) => d >= '2026-12-13', { stage1: 0, stage2: 1, pence: 15000 }],
    ['nothing', () => false, { stage1: 0, stage2: 0, pence: 0 }],
  ])('a period counts the responses sent in it: %s', (_what, counts, expected) => {
    const s = remedySummary(CASES.map(one), counts);
    expect({ stage1: s.stage1.responses, stage2: s.stage2.responses, pence: s.compensationPence }).toEqual(expected);
  });

  it('a goodwill payment on a complaint not upheld counts as not upheld, and in the compensation', () => {
    const s = remedySummary([one(CASES[1])]);
    expect([s.stage1.outcomes, s.compensationPence]).toEqual([{ upheld: 0, partly_upheld: 0, not_upheld: 1 }, 20]);
  });

  it('a lifecycle standing for three alike cases counts as the three', () => {
    expect(remedySummary(CASES.map((lifecycle) => ({ lifecycle, cases: 3 })))).toEqual(remedySummary([...CASES, ...CASES, ...CASES].map(one)));
  });
});

// The new response fields and the mark-done action over HTTP, fuzzed: near-valid bodies with
// hostile values in every remedy field. The property: never a 5xx; a 4xx says what is wrong; a
// 200 keeps the money in whole pence within bounds and at most 20 actions a stage.
import fc from 'fast-check';
import { startStaff, type Staff } from './staffHarness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

const hostile = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', '\uD800', '£', '£-1', '1e400', 'NaN', '9'.repeat(400), '<b>1</b>', '100000.01', '0.001', '£1,2,3.4', null, true, [], {}),
  fc.double(),
  fc.integer({ min: -2, max: 20_000_000 }),
  fc.string({ maxLength: 30 }),
);
const action = fc.record(
  { what: fc.oneof(fc.string({ maxLength: 600 }), hostile), owner: fc.oneof(fc.string({ maxLength: 130 }), hostile), due: fc.oneof(fc.constantFrom('2027-01-15', '2026-02-30', '9999-12-31'), hostile) },
  { requiredKeys: [] },
);
const remedyFields = fc.record(
  {
    apology: fc.oneof(fc.boolean(), hostile),
    compensation: fc.oneof(fc.constantFrom('150', '£1,250.50', 0.1, 100000, 100000.01), hostile),
    actions: fc.oneof(fc.array(action, { maxLength: 25 }), hostile),
    rootCauses: fc.oneof(fc.array(fc.oneof(fc.constantFrom('communication', 'delays', 'contractor'), fc.string({ maxLength: 45 })), { maxLength: 22 }), hostile),
    sameHandlerReason: fc.oneof(fc.string({ maxLength: 40 }), hostile),
  },
  { requiredKeys: [] },
);

describe('fuzzed responses, closures and mark-done never answer 5xx', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-18T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  async function check(reference: string, name: string, body: Record<string, unknown>) {
    const res = await s.act(reference, name, body);
    expect(res.status).toBeLessThan(500);
    const json = await res.json();
    if (res.status === 200) {
      for (const record of [json.lifecycle.stage1, json.lifecycle.stage2]) {
        if (record?.compensationPence !== undefined) expect(Number.isInteger(record.compensationPence) && record.compensationPence >= 0 && record.compensationPence <= 10_000_000).toBe(true);
        expect((record?.actions ?? []).length).toBeLessThanOrEqual(20);
      }
    } else {
      expect(typeof json.error.message).toBe('string');
    }
  }

  it('respond, then close, with generated remedy fields', async () => {
    await fc.assert(
      fc.asyncProperty(remedyFields, remedyFields, async (responded, closed) => {
        const reference = await s.open('complaint-repair-delay');
        expect((await s.act(reference, 'acknowledge', { version: 1, on: '2026-11-27' })).status).toBe(200);
        await check(reference, 'respond', { version: 2, on: '2026-12-10', ...responded });
        const { version } = await s.detail(reference);
        await check(reference, 'close', { version, outcome: 'upheld', on: '2026-12-10', ...closed });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('complete-remedy-action with generated stage, number and day', async () => {
    const reference = await s.open('complaint-repair-delay');
    expect((await s.act(reference, 'acknowledge', { version: 1, on: '2026-11-27' })).status).toBe(200);
    const actions = Array.from({ length: 20 }, (_, i) => ({ what: `Action ${i + 1}`, owner: 'Sam Lee', due: '2027-01-15' }));
    expect((await s.act(reference, 'respond', { version: 2, on: '2026-12-10', actions })).status).toBe(200);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(1, 2), hostile), fc.oneof(fc.integer({ min: -1, max: 45 }), hostile), fc.oneof(fc.constantFrom('2026-12-11', '2026-12-19', '2026-12-01'), hostile), async (stage, n, on) => {
        const { version } = await s.detail(reference);
        await check(reference, 'complete-remedy-action', { version, stage, action: n, on });
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});

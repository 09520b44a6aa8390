// What the Ombudsman determined is recorded on the case (Code 8.1: the annual complaint performance
// report gives the determinations): once, on any complaint, without reopening a closed one.
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';

describe("an ombudsman's determination on a case", () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2027-02-10T12:00:00Z');
  });
  afterAll(() => s.t.stop());

  async function act(ref: string, action: string, body: Record<string, unknown>) {
    const version = (await s.detail(ref, 'complaints_manager')).version;
    return s.act(ref, action, { version, ...body }, 'complaints_manager');
  }

  async function closedAtStage1(): Promise<string> {
    const ref = await s.open(COMPLAINT, { receivedAt: '2026-12-01T10:00:00Z' });
    for (const [action, body] of [
      ['acknowledge', { on: '2026-12-02' }],
      ['respond', { on: '2026-12-10' }],
      ['close', { outcome: 'not_upheld', reasons: 'The repair was done on time.', on: '2026-12-10' }],
    ] as const) expect((await act(ref, action, body)).status).toBe(200);
    return ref;
  }

  it('is recorded on a closed complaint, which stays closed and out of the queue, and is counted by finding', async () => {
    const ref = await closedAtStage1();
    const res = await act(ref, 'record-ombudsman-determination', { on: '2027-02-03', finding: 'maladministration', ombudsmanReference: '202412345', orders: 'Apologise and pay £300.' });
    expect(res.status).toBe(200);
    const detail = await s.detail(ref, 'complaints_manager');
    expect(detail.lifecycle.ombudsmanDetermination).toMatchObject({ on: '2027-02-03', finding: 'maladministration', ombudsmanReference: '202412345', recordedOn: '2027-02-10' });
    expect(detail.phase).toBe('closed');
    const queue = await (await s.get('/api/staff/queue', 'complaints_manager')).json();
    expect(JSON.stringify(queue)).not.toContain(ref);
    const f = await (await s.get('/api/staff/figures?from=2026-04-01&to=2027-03-31', 'admin')).json();
    expect(f.ombudsmanDeterminations).toEqual({ maladministration: 1 });
  });

  it('is final: a second one is refused and changes nothing', async () => {
    const ref = await closedAtStage1();
    expect((await act(ref, 'record-ombudsman-determination', { on: '2027-02-03', finding: 'no_maladministration' })).status).toBe(200);
    const again = await act(ref, 'record-ombudsman-determination', { on: '2027-02-04', finding: 'severe_maladministration' });
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toMatch(/already recorded/);
    expect((await s.detail(ref, 'complaints_manager')).lifecycle.ombudsmanDetermination.finding).toBe('no_maladministration');
  });

  it.each([
    ['a finding the Ombudsman does not make', { on: '2027-02-03', finding: 'guilty' }, 400, /finding must be one of/],
    ['a date in the future', { on: '2027-03-01', finding: 'maladministration' }, 422, /future/],
  ])('refuses %s with a message', async (_what, body, status, message) => {
    const ref = await closedAtStage1();
    const res = await act(ref, 'record-ombudsman-determination', body);
    expect(res.status).toBe(status);
    expect(JSON.stringify(await res.json())).toMatch(message);
  });

  it.each([
    ['a changed contact', 'update-contact', { name: 'Ms Grace Obi', email: 'grace@example.com' }],
    ['a corrected date', 'correct-date', { which: 'response', on: '2026-12-09', reason: 'Typed the wrong day' }],
    ['a determination', 'record-ombudsman-determination', { on: '2027-02-01', finding: 'service_failure' }],
  ])('%s on a closed case leaves it closed where the team looks for it', async (_what, action, body) => {
    const ref = await closedAtStage1();
    expect((await act(ref, action, body)).status).toBe(200);
    expect((await s.detail(ref, 'complaints_manager')).phase).toBe('closed');
    const found = await (await s.get(`/api/staff/search?q=${ref}`, 'complaints_manager')).json();
    expect(found.items.find((i: { reference: string }) => i.reference === ref)).toMatchObject({ phase: 'closed', closed: true });
  });
});

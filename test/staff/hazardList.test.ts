import { startStaff, type Staff } from './staffHarness';

// GET /api/staff/hazards as a list to work through: open by default, closed or all on request,
// one hazard, only overdue, a page at a time, soonest deadline first.
describe('the hazard list filtered and paged (GET /api/staff/hazards)', () => {
  let s: Staff;
  let gas: string;
  let damp: string;
  let closedDamp: string;
  const list = async (query = '') => {
    const res = await s.get(`/api/staff/hazards${query}`);
    expect(res.status).toBe(200);
    return res.json();
  };
  const refs = (body: { clocks: { caseReference: string }[] }) => body.clocks.map((c) => c.caseReference);

  beforeAll(async () => {
    s = await startStaff();
    gas = await s.open('gas-smell-emergency');
    damp = await s.open('damp-and-mould-repair');
    closedDamp = await s.open('damp-and-mould-repair');
    s.pinNow('2026-12-21T10:00:00Z');
    const clock = (await list()).clocks.find((c: { caseReference: string }) => c.caseReference === closedDamp);
    const res = await fetch(`${s.t.baseUrl}/api/staff/hazards/${clock.id}/close-in-error`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer')}` },
      body: JSON.stringify({ version: clock.version, reason: 'The tenant says the mould was at a previous address.' }),
    });
    expect(res.status).toBe(200);
  });
  afterAll(() => s.t.stop());

  it.each([
    ['', () => [gas, damp]],
    ['?status=closed', () => [closedDamp]],
    ['?status=all', () => [gas, damp, closedDamp]],
    ['?includeClosed=true', () => [gas, damp, closedDamp]],
    ['?hazard=damp_mould', () => [damp]],
    ['?status=all&hazard=damp_mould', () => [damp, closedDamp]],
    ['?overdue=true', () => [gas]],
  ])('%s lists the clocks it asks for, soonest deadline first', async (query, expected) => {
    const body = await list(query);
    expect(refs(body)).toEqual(expected());
    expect(body.total).toBe(expected().length);
  });

  it('pages: each page holds pageSize clocks and says how many there are in all', async () => {
    const [first, second] = [await list('?status=all&pageSize=2'), await list('?status=all&pageSize=2&page=2')];
    expect([...refs(first), ...refs(second)]).toEqual([gas, damp, closedDamp]);
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
  });

  it('answers 400 naming the choices for a status or hazard it does not know', async () => {
    const res = await s.get('/api/staff/hazards?status=shut');
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].message).toBe('status must be one of: open, closed, all');
    expect((await s.get('/api/staff/hazards?hazard=ghosts')).status).toBe(400);
  });

  it("shows every clock of a case on its detail, open and closed, each step's deadline and state", async () => {
    const detail = await s.detail(closedDamp);
    expect(detail.hazardClocks).toEqual([
      expect.objectContaining({ hazard: 'damp_mould', status: 'closed_in_error', closedInError: expect.objectContaining({ reason: expect.stringMatching(/previous address/) }) }),
    ]);
    const [gasClock] = (await s.detail(gas)).hazardClocks;
    expect(gasClock).toMatchObject({ category: 'emergency', status: 'open' });
    expect(gasClock.steps.find((st: { step: string }) => st.step === 'make_safe')).toMatchObject({ state: 'overdue', doneAt: null });
  });
});

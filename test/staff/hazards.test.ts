import { startStaff, type Staff } from './staffHarness';

// Awaab's Law clocks in the staff API (S.I. 2025/1042).
describe("the staff hazard view and its steps (Awaab's Law, S.I. 2025/1042)", () => {
  let s: Staff;
  let damp: string;
  let gas: string;
  const clocks = async () => (await (await s.get('/api/staff/hazards')).json()).clocks;
  const post = async (id: number, record: string, body: object) =>
    fetch(`${s.t.baseUrl}/api/staff/hazards/${id}/${record}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer')}` },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    s = await startStaff();
    damp = await s.open('damp-and-mould-repair');
    gas = await s.open('gas-smell-emergency');
    await s.open('complaint-repair-delay');
    s.pinNow('2026-12-21T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it('lists the clocks soonest deadline first, each step with its state (met / due / overdue)', async () => {
    const list = await clocks();
    expect(list.map((c: { caseReference: string }) => c.caseReference)).toEqual([gas, damp]);
    expect(list[0]).toMatchObject({ category: 'emergency', nextDeadline: '2026-10-25T20:30:00+00:00' });
    expect(list[0].steps.map((st: { step: string; state: string }) => [st.step, st.state])).toEqual([['investigate', 'overdue'], ['make_safe', 'overdue']]);
    expect(list[1].steps).toEqual([{ step: 'investigate', deadline: '2027-01-06', doneAt: null, state: 'due' }]);
  });

  it('records the investigation: the summary, safety-work and further-works clocks start, and the audit trail says so', async () => {
    const [, clock] = await clocks();
    const res = await post(clock.id, 'investigation-concluded', { version: clock.version, at: '2026-12-21T09:30:00Z' });
    expect(res.status).toBe(200);
    const updated = await res.json();
    expect(updated.steps.map((st: { step: string; deadline: string; state: string }) => [st.step, st.deadline, st.state])).toEqual([
      ['investigate', '2027-01-06', 'met'],
      ['summary', '2026-12-24', 'due'],
      ['safety_work', '2026-12-30', 'due'],
      ['further_works', '2027-03-15', 'due'],
    ]);
    const audit = (await s.detail(damp)).audit.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['case.created', 'understanding.suggested', 'hazard.investigation-concluded']);
  });

  it('refuses a stale version (409), a step out of order or in the future (422), and an unknown step (404)', async () => {
    const [emergency, significant] = await clocks();
    expect((await post(significant.id, 'summary-sent', { version: 1, at: '2026-12-21T09:45:00Z' })).status).toBe(409);
    expect((await post(emergency.id, 'summary-sent', { version: emergency.version, at: '2026-12-21T09:45:00Z' })).status).toBe(422);
    expect((await post(emergency.id, 'safety-work-done', { version: emergency.version, at: '2026-12-22T09:45:00Z' })).status).toBe(422);
    expect((await post(emergency.id, 'tea-made', { version: emergency.version, at: '2026-12-21T09:45:00Z' })).status).toBe(404);
  });

  it('a make-safe after 24 hours is missed, and the figures count hazard clocks met and missed', async () => {
    const [emergency] = await clocks();
    expect((await post(emergency.id, 'safety-work-done', { version: emergency.version, at: '2026-10-26T09:00:00Z' })).status).toBe(200);
    const res = await s.get('/api/staff/figures/hazards', 'admin');
    expect(await res.json()).toEqual({ met: 1, missed: 1, due: 3, overdue: 1, closedInError: 0 });
  });

  it('needs a signed-in caseworker', async () => {
    expect((await s.get('/api/staff/hazards', null)).status).toBe(401);
    expect((await s.get('/api/staff/hazards', 'admin')).status).toBe(403);
  });
});

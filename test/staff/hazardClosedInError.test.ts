import { startStaff, type Staff } from './staffHarness';

// A clock that should never have started is closed by staff with a reason, version-checked and
// audited, and counted apart from the clocks met and missed (S.I. 2025/1042 figures stay true).
describe('closing a hazard clock started in error', () => {
  let s: Staff;
  let wrong: string;
  let right: string;
  const clockOf = async (reference: string, query = '') =>
    (await (await s.get(`/api/staff/hazards${query}`)).json()).clocks.find((c: { caseReference: string }) => c.caseReference === reference);
  const close = async (id: number | string, body: object) =>
    fetch(`${s.t.baseUrl}/api/staff/hazards/${id}/close-in-error`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer', 'Cleo Closer')}` },
      body: JSON.stringify(body),
    });
  const hazardFigures = async () => (await s.get('/api/staff/figures/hazards', 'admin')).json();
  const REASON = 'The tenant told us the gas smell was last year and was fixed then.';

  beforeAll(async () => {
    s = await startStaff();
    right = await s.open('damp-and-mould-repair');
    wrong = await s.open('gas-smell-emergency', { summary: 'There was a smell last year and it was dealt with.' });
    s.pinNow('2026-12-21T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it('before: the wrong clock counts as overdue in the figures and puts its case at the top of the queue', async () => {
    expect(await hazardFigures()).toEqual({ met: 0, missed: 0, due: 1, overdue: 2, closedInError: 0 });
    const queue = await (await s.get('/api/staff/cases?view=today')).json();
    expect(queue.items[0]).toMatchObject({ reference: wrong, urgent: ['emergency_hazard'] });
  });

  it('needs a reason (400) and the version seen (409 when stale)', async () => {
    const clock = await clockOf(wrong);
    expect((await close(clock.id, { version: clock.version })).status).toBe(400);
    expect((await close(clock.id, { version: clock.version, reason: '   ' })).status).toBe(400);
    expect((await close(clock.id, { version: clock.version + 1, reason: REASON })).status).toBe(409);
    expect((await close(999999, { version: 1, reason: REASON })).status).toBe(404);
  });

  it('closes it with the reason, as an audit event on the case', async () => {
    const clock = await clockOf(wrong);
    const res = await close(clock.id, { version: clock.version, reason: REASON });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'closed_in_error', version: clock.version + 1, closedInError: { at: '2026-12-21T10:00:00.000Z', reason: REASON } });
    const audit = (await s.detail(wrong)).audit.at(-1);
    expect(audit).toMatchObject({ action: 'hazard.closed-in-error', details: { hazard: 'gas', hazardClockId: clock.id, reason: REASON, by: 'Cleo Closer' } });
  });

  it('after: off the hazard list and the queue top, nothing more can be recorded on it or close it again (422)', async () => {
    expect(await clockOf(wrong)).toBeUndefined();
    const closed = await clockOf(wrong, '?includeClosed=true');
    expect(closed.status).toBe('closed_in_error');
    expect((await close(closed.id, { version: closed.version, reason: REASON })).status).toBe(422);
    const step = await fetch(`${s.t.baseUrl}/api/staff/hazards/${closed.id}/safety-work-done`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer')}` },
      body: JSON.stringify({ version: closed.version, at: '2026-12-21T09:00:00Z' }),
    });
    expect(step.status).toBe(422);
    const item = (await (await s.get('/api/staff/cases?view=today&pageSize=100')).json()).items.find((i: { reference: string }) => i.reference === wrong);
    expect(item).toMatchObject({ urgent: [], hazardClock: null });
  });

  it('the figures count it apart: its steps are neither met nor missed', async () => {
    expect(await hazardFigures()).toEqual({ met: 0, missed: 0, due: 1, overdue: 0, closedInError: 1 });
    const f = await (await s.get('/api/staff/figures?from=2026-04-01&to=2027-03-31', 'admin')).json();
    expect(f).toMatchObject({ hazardSteps: { met: 0, missed: 0, due: 1, overdue: 0 }, hazardClocksClosedInError: 1 });
    expect(await (await s.get('/api/staff/figures.csv?from=2026-04-01&to=2027-03-31', 'admin')).text()).toContain("Awaab's Law hazard clocks closed in error,,1,,");
    expect(await (await s.get('/console/reports?from=2026-04-01&to=2027-03-31', 'admin')).text()).toMatch(/Clocks closed in error[^:]*: 1\./);
  });

  it('the console closes one through its form, with the same check and audit', async () => {
    const clock = await clockOf(right);
    const post = async (fields: Record<string, string>) =>
      fetch(`${s.t.baseUrl}/console/hazards/${clock.id}/close-in-error`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
        body: new URLSearchParams(fields).toString(),
      });
    expect(await (await s.get('/console/hazards')).text()).toContain(`action="/console/hazards/${clock.id}/close-in-error"`);
    expect((await post({ version: String(clock.version), reason: '' })).status).toBe(400);
    const res = await post({ version: String(clock.version), reason: 'Another address: the tenant reported a neighbour’s flat.' });
    expect(res.status).toBe(303);
    expect(await (await s.get(res.headers.get('location') as string)).text()).toContain(`Saved: clock closed in error on case ${right}.`);
    expect((await s.detail(right)).audit.at(-1).action).toBe('hazard.closed-in-error');
  });
});

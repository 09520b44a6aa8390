import { startStaff, type Staff } from './staffHarness';

// Withdraw, reopen and consent received through the staff API, as stored: a withdrawn case is
// closed and counted apart from outcomes; reopened, it is back at its stage; the resident's consent
// is kept on the case and the representative may then be told.
describe('withdraw, reopen and consent received (POST /api/staff/cases/{reference}/{action})', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it('a withdrawn complaint is closed, counted as withdrawn and not as an outcome; reopened, it is back at stage 1', async () => {
    const reference = await s.open('complaint-repair-delay');
    const withdrawn = await s.act(reference, 'withdraw', { version: 1, on: '2026-11-30', reason: 'The resident rang: the repair is done' });
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({ version: 2, phase: 'closed', lifecycle: { withdrawn: { on: '2026-11-30' } } });
    const f = await (await s.get('/api/staff/figures?from=2026-11-01&to=2026-11-30', 'complaints_manager')).json();
    expect(f.withdrawn).toBe(1);
    expect(f.outcomes.stage1).toEqual({});
    const reports = await (await s.get('/console/reports?from=2026-11-01&to=2026-11-30', 'complaints_manager')).text();
    expect(reports).toMatch(/Withdrawn by the resident in the period \(closed with no outcome, so not among the outcomes\): 1\./);
    const csv = await (await s.get('/api/staff/figures.csv?from=2026-11-01&to=2026-11-30', 'complaints_manager')).text();
    expect(csv).toMatch(/withdrawn by the resident,,1/);

    expect((await s.act(reference, 'acknowledge', { version: 2, on: '2026-11-30' })).status).toBe(409);
    const reopened = await s.act(reference, 'reopen', { version: 2, on: '2026-12-01', reason: 'The repair failed again' });
    expect(reopened.status).toBe(200);
    const detail = await reopened.json();
    expect(detail).toMatchObject({ version: 3, phase: 'stage1' });
    expect(detail.audit.slice(-2).map((e: { action: string }) => e.action)).toEqual(['case.withdrawn', 'case.reopened']);
  });

  it("consent received: kept on the case, the decision lets the representative be told, and the consent letter is no longer offered", async () => {
    const reference = await s.open('representative-pending', { receivedAt: '2026-11-26T10:00:00Z' });
    const before = await s.detail(reference);
    expect(before.consent.disclosure.toRepresentative).toBe('nothing');
    expect(before.letters).toContain('consent-request');
    const res = await s.act(reference, 'consent-received', { version: 1, on: '2026-11-30', method: 'email from the resident' });
    expect(res.status).toBe(200);
    const after = await s.detail(reference);
    expect(after.consent).toMatchObject({ state: 'given', representative: { consent: 'given', consentRecordedOn: '2026-11-30', consentMethod: 'email from the resident' }, disclosure: { toRepresentative: 'case_details' } });
    expect(after.letters).not.toContain('consent-request');
    expect((await s.act(reference, 'consent-received', { version: 2, on: '2026-11-30' })).status).toBe(409);
  });

  it.each([
    ['withdraw', { version: 1, on: '2026-11-30', reason: 'no' }, /reason must say why, in at least 5 characters/],
    ['reopen', { version: 1, on: '2026-11-30' }, /reason/],
    ['consent-received', { version: 1 }, /on must be a date/],
  ])('%s without what it needs is refused with 400 and a message', async (action, body, message) => {
    const reference = await s.open('complaint-repair-delay');
    const res = await s.act(reference, action, body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(message);
  });
});

// Figures from a seeded set of cases with known answers, through the real API and store.
import { figures, figuresCsv, periodFor } from '../../staff/views/figures';
import { StaffCaseStore } from '../../staff/service/staffCaseStore';
import { StaffService } from '../../staff/service/staffService';
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';

describe('complaint figures (Code 8.1; TSM CH01, CH02)', () => {
  let s: Staff;
  let version: Record<string, number>;

  async function act(ref: string, action: string, body: Record<string, unknown>) {
    const res = await s.act(ref, action, { version: version[ref] ?? 1, ...body });
    if (res.status !== 200) throw new Error(`${action} on ${ref}: ${res.status} ${await res.text()}`);
    version[ref] = (await res.json()).version;
  }

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2027-01-20T12:00:00Z');
    version = {};
    // A: acknowledged and answered on time, upheld.
    const a = await s.open(COMPLAINT, { receivedAt: '2026-11-26T10:00:00Z', channel: 'email' });
    await act(a, 'acknowledge', { on: '2026-11-27' });
    await act(a, 'respond', { on: '2026-12-10' });
    await act(a, 'close', { outcome: 'upheld', remedy: 'Repair and £25', on: '2026-12-10' });
    // B: late at stage 1 on both counts, not upheld; then stage 2 on time, partly upheld.
    const b = await s.open(COMPLAINT, { receivedAt: '2026-11-26T11:00:00Z' });
    await act(b, 'acknowledge', { on: '2026-12-04' });
    await act(b, 'respond', { on: '2026-12-18' });
    await act(b, 'close', { outcome: 'not_upheld', on: '2026-12-18' });
    await act(b, 'escalate-stage2', { requestedOn: '2026-12-21' });
    await act(b, 'acknowledge', { on: '2026-12-22' });
    await act(b, 'respond', { on: '2027-01-15' });
    await act(b, 'close', { outcome: 'partly_upheld', on: '2027-01-15' });
    // C: extended within the policy's limit and answered by the extended date.
    const c = await s.open(COMPLAINT, { receivedAt: '2026-12-01T10:00:00Z', serviceArea: 'gas servicing' });
    await act(c, 'acknowledge', { on: '2026-12-02' });
    await act(c, 'extend', { to: '2026-12-23', reason: 'Contractor report awaited' });
    await act(c, 'respond', { on: '2026-12-22' });
    // D and E: not accepted, one by a reviewer's override and one by triage.
    const d = await s.open(COMPLAINT, { receivedAt: '2026-12-02T10:00:00Z' });
    await act(d, 'override', { outcome: 'not_accepted', refusalReason: 'time_limit', reason: 'The issue dates from 2024' });
    await s.open(COMPLAINT, { receivedAt: '2026-12-03T10:00:00Z', signals: { legalProceedingsFiled: true } });
    // F: a quick fix put right.
    const f = await s.open(COMPLAINT, { receivedAt: '2026-12-04T10:00:00Z', category: 'quick_fix', priorServiceRequest: undefined, channel: 'phone' });
    await act(f, 'resolve-quick-fix', { on: '2026-12-04' });
    // G: restricted, so only a complaints manager counts it. H: outside the period.
    await s.open(COMPLAINT, { receivedAt: '2026-12-01T10:00:00Z', signals: { staffConduct: true } });
    await s.open(COMPLAINT, { receivedAt: '2026-03-20T10:00:00Z' });
  });
  afterAll(() => s.t.stop());

  it('counts, timeliness, extensions, refusals and outcomes for the financial year', async () => {
    const res = await s.get('/api/staff/figures');
    expect(res.status).toBe(200);
    const f = await res.json();
    expect(f.period).toEqual({ from: '2026-04-01', to: '2027-03-31' });
    expect(f).toMatchObject({
      homes: null,
      ch01: null,
      received: 6,
      stage1: 3,
      stage2: 1,
      ch02: { stage1: { count: 2, of: 3, percent: 66.7 }, stage2: { count: 1, of: 1, percent: 100 } },
      acknowledgedOnTime: { stage1: { count: 2, of: 3, percent: 66.7 }, stage2: { count: 1, of: 1, percent: 100 } },
      extensions: { stage1: 1, stage2: 0 },
      refusalsByReason: { legal_proceedings: 1, time_limit: 1 },
      outcomes: { stage1: { not_upheld: 1, upheld: 1 }, stage2: { partly_upheld: 1 } },
      byCategory: { complaint: 5, quick_fix: 1 },
      byChannel: { webchat: 4, email: 1, phone: 1 },
      byServiceArea: { repairs: 5, 'gas servicing': 1 },
      quickFixes: { received: 1, resolvedInWindow: { count: 1, of: 1, percent: 100 } },
    });
  });

  it('a complaints manager also counts the restricted case', async () => {
    const f = await (await s.get('/api/staff/figures', 'complaints_manager')).json();
    expect(f).toMatchObject({ received: 7, stage1: 4 });
  });

  it('CH01 is per 1,000 homes, from the number of homes the profile gives', async () => {
    const service = new StaffService(new StaffCaseStore(s.t.app.context.database.db), s.t.app.context.caseStore, () => s.t.app.context.now());
    const reviewer = { subject: 'figures-test', name: 'Figures test', roles: ['reviewer' as const] };
    const entries = await service.entries(reviewer, { includeClosed: true, profile: 'code-2024' });
    const f = figures(entries, periodFor({}, s.t.app.context.now()), 2500, { met: 0, missed: 0, due: 0, overdue: 0, closedInError: 0 });
    expect(f.ch01).toEqual({ stage1: 1.2, stage2: 0.4 });
    const csv = figuresCsv(f);
    expect(csv).toContain('"CH01 per 1,000 homes",stage 1,1.2,,\r\n');
    expect(csv).toContain('CH02 responded within timescale,stage1,2,3,66.7\r\n');
    expect(csv).toContain('refusals by reason,legal_proceedings,1,,\r\n');
  });

  it('another period counts only what happened in it', async () => {
    const f = await (await s.get('/api/staff/figures?from=2025-04-01&to=2026-03-31')).json();
    expect(f).toMatchObject({ received: 1, stage1: 1, stage2: 0 });
    const bad = await s.get('/api/staff/figures?from=2026-04-01&to=2025-01-01');
    expect(bad.status).toBe(400);
  });

  it('exports CSV for spreadsheets', async () => {
    const res = await s.get('/api/staff/figures.csv');
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/complaint-figures-2026-04-01-2027-03-31\.csv/);
    expect(await res.text()).toContain('stage 1 complaints,,3,,\r\n');
  });
});

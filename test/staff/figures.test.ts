// Figures from a seeded set of cases with known answers, through the real API and store.
import { figures, figuresCsv, periodFor } from '../../staff/views/figures';
import { StaffCaseStore } from '../../staff/service/staffCaseStore';
import { StaffService } from '../../staff/service/staffService';
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';

describe('complaint figures (Code 8.1; TSM CH01, CH02)', () => {
  let s: Staff;
  let version: Record<string, number>;

  /** Each step entered on the day it is dated, as a team working the case would: backdated entries are their own spec. */
  async function act(ref: string, action: string, body: Record<string, unknown>, role: 'reviewer' | 'complaints_manager' = 'reviewer') {
    const day = (body.on ?? body.requestedOn) as string | undefined;
    const pinned = s.t.app.context.now;
    if (day) s.pinNow(`${day}T16:00:00Z`);
    const res = await s.act(ref, action, { version: version[ref] ?? 1, ...body }, role).finally(() => {
      s.t.app.context.now = pinned;
    });
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
    await act(a, 'respond', { on: '2026-12-10', apology: true, compensation: '25.00', rootCauses: ['delays', 'communication'] });
    await act(a, 'close', { outcome: 'upheld', remedy: 'Repair and £25', on: '2026-12-10' });
    // B: late at stage 1 on both counts, not upheld; then stage 2 on time, partly upheld.
    const b = await s.open(COMPLAINT, { receivedAt: '2026-11-26T11:00:00Z' });
    await act(b, 'acknowledge', { on: '2026-12-04' });
    await act(b, 'respond', { on: '2026-12-18' });
    await act(b, 'close', { outcome: 'not_upheld', on: '2026-12-18' });
    await act(b, 'escalate-stage2', { requestedOn: '2026-12-21' });
    await act(b, 'acknowledge', { on: '2026-12-22' });
    // Code 6.13: stage 2 by someone not involved at stage 1.
    await act(b, 'respond', { on: '2027-01-15', compensation: 40.1, rootCauses: ['delays'] }, 'complaints_manager');
    await act(b, 'close', { outcome: 'partly_upheld', on: '2027-01-15' }, 'complaints_manager');
    // C: extended, on 10 December, within the policy's limit and answered by the extended date.
    const c = await s.open(COMPLAINT, { receivedAt: '2026-12-01T10:00:00Z', serviceArea: 'gas servicing' });
    await act(c, 'acknowledge', { on: '2026-12-02' });
    s.pinNow('2026-12-10T12:00:00Z');
    await act(c, 'extend', { to: '2026-12-23', reason: 'Contractor report awaited' });
    s.pinNow('2027-01-20T12:00:00Z');
    await act(c, 'respond', { on: '2026-12-22' });
    // D and E: not accepted, one by a reviewer's override and one by triage.
    const d = await s.open(COMPLAINT, { receivedAt: '2026-12-02T10:00:00Z' });
    await act(d, 'override', { outcome: 'not_accepted', refusalReason: 'time_limit', reason: 'The issue dates from 2024' });
    await s.open(COMPLAINT, { receivedAt: '2026-12-03T10:00:00Z', signals: { legalProceedingsFiled: true } });
    // F: a quick fix put right.
    const f = await s.open(COMPLAINT, { receivedAt: '2026-12-04T10:00:00Z', category: 'quick_fix', priorServiceRequest: undefined, channel: 'phone' });
    await act(f, 'resolve-quick-fix', { on: '2026-12-04' });
    // G: restricted: counted for everyone, though only a complaints manager can open it. H: outside the period.
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
      received: 7,
      stage1: 4,
      stage2: 1,
      ch02: { stage1: { count: 2, of: 3, percent: 66.7 }, stage2: { count: 1, of: 1, percent: 100 } },
      acknowledgedOnTime: { stage1: { count: 2, of: 3, percent: 66.7 }, stage2: { count: 1, of: 1, percent: 100 } },
      extensions: { stage1: 1, stage2: 0 },
      refusalsByReason: { legal_proceedings: 1, time_limit: 1 },
      outcomes: { stage1: { not_upheld: 1, upheld: 1 }, stage2: { partly_upheld: 1 } },
      byCategory: { complaint: 6, quick_fix: 1 },
      byChannel: { webchat: 5, email: 1, phone: 1 },
      byServiceArea: { repairs: 6, 'gas servicing': 1 },
      quickFixes: { received: 1, resolvedInWindow: { count: 1, of: 1, percent: 100 } },
      // Code 8.1–8.2: what the responses in the period put right, and why things went wrong.
      remedies: {
        stage1: { responses: 3, outcomes: { upheld: 1, partly_upheld: 0, not_upheld: 1 }, apologies: 1, compensationPence: 2500 },
        stage2: { responses: 1, outcomes: { upheld: 0, partly_upheld: 1, not_upheld: 0 }, apologies: 0, compensationPence: 4010 },
        compensationPence: 6510,
        byRootCause: { delays: 2, communication: 1 },
      },
    });
  });

  it('are the same whoever looks: the restricted case is counted for every role, its details shown to none who may not see it', async () => {
    const seen = await Promise.all(
      (['reviewer', 'complaints_manager', 'admin'] as const).map(async (role) => ({ role, figures: await (await s.get('/api/staff/figures', role)).json() })),
    );
    for (const { figures: f } of seen) expect(f).toEqual(seen[0]?.figures);
    expect(seen[0]?.figures).toMatchObject({ received: 7, stage1: 4 });
    const csvs = await Promise.all((['reviewer', 'admin'] as const).map(async (role) => (await s.get('/api/staff/figures.csv', role)).text()));
    expect(csvs[0]).toBe(csvs[1]);
  });

  it('CH01 is per 1,000 homes, from the number of homes the profile gives', async () => {
    const service = new StaffService(new StaffCaseStore(s.t.app.context.database.db), s.t.app.context.caseStore, () => s.t.app.context.now());
    const period = periodFor({}, s.t.app.context.now());
    const entries = await service.figureEntries('code-2024', period);
    const f = figures(entries, period, { homes: 2500 }, { met: 0, missed: 0, due: 0, overdue: 0, closedInError: 0 });
    expect(f.ch01).toEqual({ stage1: 1.6, stage2: 0.4 });
    const csv = figuresCsv(f);
    expect(csv).toContain('"CH01 per 1,000 homes",stage 1,1.6,,\r\n');
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
    const csv = await res.text();
    expect(csv).toContain('stage 1 complaints,,4,,\r\n');
    expect(csv).toContain('compensation offered (pence),stage2,4010,,\r\n');
    expect(csv).toContain('root cause,delays,2,,\r\n');
  });
});

describe('figures that cannot be improved after the fact, by tenure (TSM CH01, CH02)', () => {
  let s: Staff;
  const PROFILE = 'whg'; // apart from the cases above, so their figures stay as they are
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-03T12:00:00Z');
  });
  afterAll(() => s.t.stop());

  async function act(ref: string, action: string, body: Record<string, unknown>) {
    const version = (await s.detail(ref)).version;
    const res = await s.act(ref, action, { version, ...body });
    if (res.status !== 200) throw new Error(`${action} on ${ref}: ${res.status} ${await res.text()}`);
    return res.json();
  }

  it('an extension recorded after the response deadline is allowed but the response counts as late; tenure groups are reported apart', async () => {
    // A social tenant's complaint, answered only after an extension recorded once the deadline had passed.
    const late = await s.open(COMPLAINT, { profile: PROFILE, tenure: 'social_tenancy', receivedAt: '2026-12-01T10:00:00Z' } as never);
    await act(late, 'acknowledge', { on: '2026-12-02' });
    const respondBy: string = (await s.detail(late)).decision.deadlines.respondBy;
    // A shared owner's complaint, answered on time.
    const onTime = await s.open(COMPLAINT, { profile: PROFILE, tenure: 'shared_owner', receivedAt: '2026-12-01T11:00:00Z' } as never);
    await act(onTime, 'acknowledge', { on: '2026-12-02' });
    await act(onTime, 'respond', { on: '2026-12-03' });

    const sixWorkingDaysLater = new Date(Date.parse(`${respondBy}T12:00:00Z`) + 8 * 86_400_000);
    s.pinNow(sixWorkingDaysLater.toISOString());
    const today = sixWorkingDaysLater.toISOString().slice(0, 10);
    const extended = await act(late, 'extend', { to: new Date(sixWorkingDaysLater.getTime() + 5 * 86_400_000).toISOString().slice(0, 10), reason: 'Surveyor delayed', residentAgreed: true });
    expect(extended.version).toBeGreaterThan(1); // allowed: the resident is told the new date
    await act(late, 'respond', { on: today });

    const f = await (await s.get(`/api/staff/figures?profile=${PROFILE}`, 'admin')).json();
    expect(f.ch02.stage1).toEqual({ count: 1, of: 2, percent: 50 });
    expect(f.lateExtensions).toEqual({ stage1: 1, stage2: 0 });
    expect(f.byTenure.lowCostRental).toMatchObject({ stage1: 1, homes: null, ch01: null, ch02: { stage1: { count: 0, of: 1, percent: 0 } } });
    expect(f.byTenure.lowCostHomeOwnership).toMatchObject({ stage1: 1, ch02: { stage1: { count: 1, of: 1, percent: 100 } } });
    const csv = await (await s.get(`/api/staff/figures.csv?profile=${PROFILE}`, 'admin')).text();
    expect(csv).toContain('extensions recorded after the deadline,stage1,1,,\r\n');
    expect(csv).toContain('CH02 responded within timescale,low-cost rental stage1,0,1,0\r\n');
  });

  it('CH01 per tenure group comes from the homes the profile gives for each', () => {
    // Two social tenancies alike come as one kind of case standing for both.
    const entry = (tenure: string, cases = 1) =>
      ({ row: { receivedAt: new Date('2026-12-01T10:00:00Z'), caseData: { tenure }, facts: { quickFix: false, refusedBy: [] }, outcome: 'stage1_opened' }, state: { stage1: {}, lifecycle: { stage1: { openedOn: '2026-12-01' } } }, cases }) as never;
    const f = figures([entry('social_tenancy', 2), entry('shared_owner'), entry('long_leaseholder')], { from: '2026-04-01', to: '2027-03-31' },
      { homes: 5000, homesByTenure: { lowCostRental: 4000, lowCostHomeOwnership: 500 } }, { met: 0, missed: 0, due: 0, overdue: 0, closedInError: 0 });
    expect(f.ch01).toEqual({ stage1: 0.8, stage2: 0 });
    expect(f.byTenure.lowCostRental.ch01).toEqual({ stage1: 0.5, stage2: 0 });
    expect(f.byTenure.lowCostHomeOwnership.ch01).toEqual({ stage1: 2, stage2: 0 });
  });
});

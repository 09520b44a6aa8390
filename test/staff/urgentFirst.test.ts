import { eq } from 'drizzle-orm';
import { StaffCaseStore } from '../../staff/service/staffCaseStore';
import { cases } from '../../store/schema';
import { startStaff, type Staff } from './staffHarness';

// Every staff list puts emergency hazards, safeguarding, danger and damp harming the health of
// someone at greater risk above everything else, with the running hazard clock in words
// (S.I. 2025/1042: 24 clock hours from awareness).
describe('urgent cases first, in the staff API and the console', () => {
  let s: Staff;
  const refs: Record<string, string> = {};
  const items = async (view = 'today') =>
    (await (await s.get(`/api/staff/cases?view=${view}&pageSize=100`)).json()).items as {
      reference: string;
      urgent: string[];
      hazardClock: { hazard: string; step: string; inWords: string; overdue: boolean } | null;
      next: unknown;
    }[];
  const order = (list: { reference: string }[]) => list.map((i) => Object.entries(refs).find(([, r]) => r === i.reference)?.[0]);

  beforeAll(async () => {
    s = await startStaff();
    // An ordinary complaint whose acknowledgement is long overdue: before the urgent ones in the old order.
    refs.overdueComplaint = await s.open('complaint-repair-delay', { receivedAt: '2026-11-02T10:00:00Z' });
    // "My baby sleeps in that room": damp harming a baby's health is looked at by a person promptly.
    refs.damp = await s.open('damp-and-mould-repair', { receivedAt: '2026-11-26T09:00:00Z' });
    refs.dampAlone = await s.open('damp-and-mould-repair', {
      receivedAt: '2026-11-26T09:00:00Z',
      summary: 'Black mould is growing on the bedroom wall and around the window.',
      vulnerability: undefined,
    });
    refs.gas = await s.open('gas-smell-emergency', { receivedAt: '2026-11-27T06:00:00Z' });
    refs.coldElderly = await s.open('gas-smell-emergency', {
      receivedAt: '2026-11-26T06:00:00Z',
      summary: 'My father is 84 and has had no heating for three days.',
      hazards: [{ hazard: 'heating', emergency: true }],
    });
    refs.safeguarding = await s.open('complaint-repair-delay', { receivedAt: '2026-11-26T10:00:00Z', signals: { safeguarding: true } as never });
    refs.selfHarm = await s.open('complaint-repair-delay', {
      receivedAt: '2026-11-25T10:00:00Z',
      summary: 'Nobody has fixed the leak in months and I feel like ending it all.',
    });
    s.pinNow('2026-11-27T12:00:00Z');
  });
  afterAll(() => s.t.stop());

  it('finds the open hazard clocks of more cases than one statement may have parameters (65,535)', async () => {
    // The queue asks for the clocks of every open case it shows: at 100,000 cases, most of them open.
    const { db } = s.t.app.context.database;
    const [gas] = await db.select({ id: cases.id }).from(cases).where(eq(cases.reference, refs.gas));
    const many = [gas.id, ...Array.from({ length: 70_000 }, (_, i) => 10_000_000 + i)];
    const clocks = await new StaffCaseStore(db).openHazardClocks(many);
    expect(clocks.map((c) => [c.caseId, c.hazard])).toEqual([[gas.id, 'gas']]);
  });

  it('GET /api/staff/cases lists the urgent cases first, the clock about to run out at the top', async () => {
    const list = await items();
    // The overdue complaint came first before: now it follows every urgent case.
    expect(order(list)).toEqual(['coldElderly', 'gas', 'selfHarm', 'safeguarding', 'damp', 'overdueComplaint', 'dampAlone']);
  });

  it.each([
    // The one way in maps danger in the words to the safeguarding signal as well.
    ['coldElderly', ['emergency_hazard', 'safeguarding', 'danger'], { hazard: 'heating', step: 'investigate', inWords: 'overdue by 6 hours', overdue: true }],
    ['gas', ['emergency_hazard', 'danger'], { hazard: 'gas', step: 'investigate', inWords: 'in 18 hours', overdue: false }],
    ['safeguarding', ['safeguarding'], null],
    ['selfHarm', ['safeguarding', 'danger'], null],
    ['overdueComplaint', [], null],
    ['damp', ['damp_harms_health'], { hazard: 'damp_mould', step: 'investigate', inWords: 'in 9 working days', overdue: false }],
  ])('%s is urgent for %j, with its running hazard clock %j', async (name, urgent, hazardClock) => {
    const item = (await items()).find((i) => i.reference === refs[name]);
    expect(item?.urgent).toEqual(urgent);
    if (hazardClock) expect(item?.hazardClock).toMatchObject(hazardClock);
    else expect(item?.hazardClock).toBeNull();
  });

  it('shows a significant hazard clock in words too, though it is not urgent', async () => {
    const damp = (await items()).find((i) => i.reference === refs.dampAlone);
    expect(damp).toMatchObject({ urgent: [], hazardClock: { hazard: 'damp_mould', step: 'investigate', inWords: 'in 9 working days' } });
  });

  it('every view keeps the urgent cases on top, and the urgent view holds only them', async () => {
    expect(order(await items('needs_review'))[0]).toBe('coldElderly');
    expect(new Set(order(await items('urgent')))).toEqual(new Set(['coldElderly', 'gas', 'safeguarding', 'selfHarm', 'damp']));
  });

  it('the case detail says why it is urgent and which hazard clock runs', async () => {
    const detail = await s.detail(refs.gas);
    expect(detail.urgent).toEqual(['emergency_hazard', 'danger']);
    expect(detail.hazardClock).toMatchObject({ hazard: 'gas', inWords: 'in 18 hours' });
    const page = await (await s.get(`/console/cases/${refs.coldElderly}`)).text();
    expect(page).toContain('Urgent: emergency hazard');
    expect(page).toMatch(/<strong>Overdue:<\/strong> investigate \(heating, emergency\) overdue by 6 hours/);
  });

  it('the console queue shows the urgent case first, its clock in words, and never "No clock running" beside a hazard clock', async () => {
    const html = await (await s.get('/console/queue')).text();
    const rows = html.split('<tr>').slice(2);
    expect(rows[0]).toContain(refs.coldElderly);
    expect(rows[0]).toContain('Urgent: emergency hazard');
    expect(rows[0]).toMatch(/<strong>Overdue:<\/strong> Investigate \(a heating problem, emergency\)/);
    expect(rows[0]).toContain('overdue by 6 hours');
    const gasRow = rows.find((r) => r.includes(refs.gas)) as string;
    expect(gasRow).toContain('Urgent: emergency hazard, someone may be in danger');
    expect(gasRow).toContain('in 18 hours');
    expect(rows.find((r) => r.includes(refs.damp))).toContain('Urgent: damp harming health');
    for (const name of ['gas', 'coldElderly', 'damp']) {
      expect(rows.find((r) => r.includes(refs[name]))).not.toContain('No clock running');
    }
  });
});

// The figures read cases by kind (staff/service/figureRows.ts): cases alike in all the figures count
// come back as one row with their number, a case with a step of its own as its own kind, and a case
// received before the period comes in by what is dated in it; counted by number, the figures agree.
import { figures } from '../../staff/views/figures';
import { StaffCaseStore } from '../../staff/service/staffCaseStore';
import { StaffService } from '../../staff/service/staffService';
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';
const PERIOD = { from: '2026-04-01', to: '2027-03-31' };

describe('figures by kind of case', () => {
  let s: Staff;

  async function acknowledge(reference: string, on: string) {
    s.pinNow(`${on}T16:00:00Z`);
    const res = await s.act(reference, 'acknowledge', { version: 1, on });
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    s = await startStaff();
    // Three received on 1 December (23:30 GMT is still that London day), one of them acknowledged.
    await s.open(COMPLAINT, { receivedAt: '2026-12-01T09:00:00Z' });
    await s.open(COMPLAINT, { receivedAt: '2026-12-01T23:30:00Z' });
    await acknowledge(await s.open(COMPLAINT, { receivedAt: '2026-12-01T10:00:00Z' }), '2026-12-02');
    await s.open(COMPLAINT, { receivedAt: '2026-12-02T10:00:00Z' });
    // Received before the period, acknowledged in it.
    await acknowledge(await s.open(COMPLAINT, { receivedAt: '2026-03-30T10:00:00Z' }), '2026-04-01');
    s.pinNow('2027-01-20T12:00:00Z');
  }, 120_000);
  afterAll(() => s.t.stop());

  it('groups alike cases into one kind with their number, and counts each case', async () => {
    const store = new StaffCaseStore(s.t.app.context.database.db);
    const kinds = await store.figureRows('code-2024', PERIOD);
    expect(kinds.map((k) => k.cases).sort()).toEqual([1, 1, 1, 2]);
    expect(kinds.find((k) => k.cases === 2)?.row.lifecycle).toEqual({});

    const entries = await new StaffService(store, s.t.app.context.caseStore, () => s.t.app.context.now()).figureEntries('code-2024', PERIOD);
    const f = figures(entries, PERIOD, { homes: 1000 }, { met: 0, missed: 0, due: 0, overdue: 0, closedInError: 0 });
    expect(f.received).toBe(4);
    expect(f.acknowledgedOnTime.stage1.of).toBe(2);
    expect(Object.values(f.byChannel)).toEqual([4]);
  });
});

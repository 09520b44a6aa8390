import { startStaff, type Staff } from './staffHarness';

// A wrongly entered date is corrected through the staff API with a reason, where recording it again
// is refused as "already recorded"; the audit trail keeps both dates.
describe('correct-date (POST /api/staff/cases/{reference}/correct-date)', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it('replaces the acknowledgement date and audits the old and new dates; a future date is refused', async () => {
    const reference = await s.open('complaint-repair-delay');
    expect((await s.act(reference, 'acknowledge', { version: 1, on: '2026-11-30' })).status).toBe(200);
    expect((await s.act(reference, 'acknowledge', { version: 2, on: '2026-11-27' })).status).toBe(409);
    const future = await s.act(reference, 'correct-date', { version: 2, which: 'acknowledgement', on: '2026-12-02', reason: 'Typed the wrong day' });
    expect(future.status).toBe(422);
    const res = await s.act(reference, 'correct-date', { version: 2, which: 'acknowledgement', on: '2026-11-27', reason: 'Typed the wrong day' });
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.lifecycle.stage1.acknowledgedOn).toBe('2026-11-27');
    expect(detail.audit.at(-1)).toMatchObject({
      action: 'stage1.date_corrected',
      details: { stage: 1, which: 'acknowledgement', from: '2026-11-30', to: '2026-11-27', reason: 'Typed the wrong day', by: 'Test reviewer' },
    });
  });

  it('says which dates can be corrected when asked for another', async () => {
    const reference = await s.open('complaint-repair-delay');
    const res = await s.act(reference, 'correct-date', { version: 1, which: 'received', on: '2026-11-27', reason: 'Typed the wrong day' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/which must be one of: acknowledgement, response/);
  });
});

import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';

// Approving several decisions at once (POST /api/staff/bulk-approve): each case with the version
// the reviewer read, each approved through the same approve action as on its own page, each
// audited; one changed since is reported and the rest go through.
describe('bulk approve (POST /api/staff/bulk-approve)', () => {
  let s: Staff;
  let refs: string[];
  const bulk = async (body: unknown, role: 'reviewer' | 'admin' = 'reviewer') =>
    fetch(`${s.t.baseUrl}/api/staff/bulk-approve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token(role, 'Bo Bulk')}` },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
    refs = [await s.open(COMPLAINT), await s.open(COMPLAINT), await s.open(COMPLAINT)];
    // Someone else changes the second case after the reviewer read it at version 1.
    expect((await s.act(refs[1], 'acknowledge', { version: 1, on: '2026-11-27' })).status).toBe(200);
  });
  afterAll(() => s.t.stop());

  it('approves each case read at its current version, reports the one that changed, and leaves it alone', async () => {
    const res = await bulk({ cases: refs.map((reference) => ({ reference, version: 1 })) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.approved).toBe(2);
    expect(body.results).toEqual([
      { reference: refs[0], status: 200, version: 2 },
      { reference: refs[1], status: 409, message: expect.stringMatching(/changed by someone else \(you had version 1\)/) },
      { reference: refs[2], status: 200, version: 2 },
    ]);
    const [first, second] = [await s.detail(refs[0]), await s.detail(refs[1])];
    expect(first.reviewed).toBe(true);
    expect(first.audit.at(-1)).toMatchObject({ action: 'case.approved', details: expect.objectContaining({ by: 'Bo Bulk' }) });
    expect(second.reviewed).toBe(false);
  });

  it('a case already approved, or not one you can see, is reported too', async () => {
    const body = await (await bulk({ cases: [{ reference: refs[0], version: 2 }, { reference: 'CMP-2099-999999', version: 1 }] })).json();
    expect(body.approved).toBe(0);
    expect(body.results).toEqual([
      { reference: refs[0], status: 409, message: 'This decision has already been reviewed.' },
      { reference: 'CMP-2099-999999', status: 404, message: expect.stringMatching(/No case you can see/) },
    ]);
  });

  it('answers 400 for no cases, too many, or a case without its version', async () => {
    expect((await bulk({ cases: [] })).status).toBe(400);
    expect((await bulk({ cases: Array.from({ length: 101 }, () => ({ reference: refs[0], version: 1 })) })).status).toBe(400);
    const res = await bulk({ cases: [{ reference: refs[2] }] });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0]).toMatchObject({ path: 'cases.0.version' });
  });

  it('is for those who work cases', async () => {
    expect((await bulk({ cases: [{ reference: refs[2], version: 2 }] }, 'admin')).status).toBe(403);
  });
});

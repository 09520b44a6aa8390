import { startStaff, type Role, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';

// Owning a case: POST /api/staff/cases/{reference}/assignment gives it to an officer (or nobody),
// version-checked and audited; the queue shows each row's owner, resident and first line, and
// filters by owner ("me", "none", or an officer).
describe('assignment (POST /api/staff/cases/{reference}/assignment) and "my cases"', () => {
  let s: Staff;
  let mine: string;
  let theirs: string;
  let nobodys: string;
  let hidden: string;
  const me = { subject: 'dev:Test reviewer', name: 'Test reviewer' };
  const assign = async (reference: string, body: unknown, role: Role = 'reviewer') =>
    fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/assignment`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token(role)}` },
      body: JSON.stringify(body),
    });
  const queue = async (query = '') => (await (await s.get(`/api/staff/cases?view=today${query}`)).json()).items.map((i: { reference: string }) => i.reference);

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
    mine = await s.open(COMPLAINT);
    theirs = await s.open(COMPLAINT, { contact: { name: 'Dee Other' }, summary: 'Second complaint.\nMore detail on a second line.' });
    nobodys = await s.open(COMPLAINT, { contact: undefined });
    hidden = await s.open(COMPLAINT, { signals: { staffConduct: true } as never });
    const who = await (await s.get('/api/staff/me')).json();
    me.subject = who.subject;
  });
  afterAll(() => s.t.stop());

  it('gives a case to an officer: a new version, the owner on the case and an audit event naming both', async () => {
    const res = await assign(mine, { version: 1, assignee: me });
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail).toMatchObject({ version: 2, assignee: me });
    expect(detail.audit.at(-1)).toMatchObject({ action: 'case.assigned', actor: `staff:${me.subject}`, details: { to: me.name, toSubject: me.subject, by: me.name } });
    const other = await assign(theirs, { version: 1, assignee: { subject: 'entra:kim', name: 'Kim Officer' } });
    expect((await other.json()).assignee).toEqual({ subject: 'entra:kim', name: 'Kim Officer' });
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const res = await assign(mine, { version: 1, assignee: null });
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/changed by someone else \(you had version 1\)/);
    expect((await s.detail(mine)).assignee).toEqual(me);
  });

  it('"my cases", "nobody yet" and one officer\'s cases are queue filters', async () => {
    expect(await queue('&assignee=me')).toEqual([mine]);
    expect(await queue('&assignee=entra%3Akim')).toEqual([theirs]);
    expect(await queue('&assignee=none')).toEqual([nobodys]);
  });

  it('each queue row names the resident, the first line of what they said, and the owner', async () => {
    const items = (await (await s.get('/api/staff/cases?view=today')).json()).items;
    expect(items.find((i: { reference: string }) => i.reference === theirs)).toMatchObject({
      name: 'Dee Other',
      summary: 'Second complaint.',
      assignee: { subject: 'entra:kim', name: 'Kim Officer' },
    });
    expect(items.find((i: { reference: string }) => i.reference === nobodys)).toMatchObject({ name: null, assignee: null });
  });

  it('offers the officers who own cases, the caller first', async () => {
    const { officers } = await (await s.get('/api/staff/officers')).json();
    expect(officers).toEqual([me, { subject: 'entra:kim', name: 'Kim Officer' }]);
  });

  it('takes a case off its owner with assignee null, audited with who had it', async () => {
    const res = await assign(theirs, { version: 2, assignee: null });
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.assignee).toBeNull();
    expect(detail.audit.at(-1)).toMatchObject({ action: 'case.unassigned', details: { from: 'Kim Officer', fromSubject: 'entra:kim' } });
  });

  it('writes nothing when the owner would not change', async () => {
    const res = await assign(mine, { version: 2, assignee: me });
    expect((await res.json()).version).toBe(2);
  });

  it('answers 400 naming the field for a body that is not an assignment, and 415 for one that is not JSON', async () => {
    const res = await assign(nobodys, { version: 1, assignee: { subject: '', name: 'X' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0]).toMatchObject({ path: 'assignee.subject', message: 'assignee.subject must not be empty' });
    expect((await assign(nobodys, { assignee: null })).status).toBe(400);
    const text = await fetch(`${s.t.baseUrl}/api/staff/cases/${nobodys}/assignment`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${await s.token('reviewer')}` },
      body: 'me',
    });
    expect(text.status).toBe(415);
  });

  it('a restricted case cannot be assigned by a role that may not see it (404); a complaints manager can', async () => {
    expect((await assign(hidden, { version: 1, assignee: me })).status).toBe(404);
    expect((await assign(hidden, { version: 1, assignee: me }, 'complaints_manager')).status).toBe(200);
  });
});

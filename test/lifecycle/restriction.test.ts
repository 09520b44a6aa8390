// Marking a case restricted, or lifting it: complaints managers only, with a reason, version-checked
// and audited under the staff-conduct clause of the case's own profile (Greatwell 3, 5.1 for
// Greatwell); once restricted the case no longer exists for reviewers.
import { startStaff, type Staff } from '../staff/staffHarness';

const COMPLAINT = 'complaint-repair-delay';

describe('restricting a case (POST /api/staff/cases/:reference/restriction)', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  const restrict = (reference: string, body: Record<string, unknown>, role: 'reviewer' | 'complaints_manager' | 'admin' = 'complaints_manager') =>
    s.act(reference, 'restriction', body, role);
  const listed = async (role: 'reviewer' | 'complaints_manager') =>
    ((await (await s.get('/api/staff/cases?view=today&pageSize=100', role)).json()).items as { reference: string }[]).map((i) => i.reference);

  it.each([
    ['reviewer', 403],
    ['admin', 403],
  ] as const)('refuses a %s (%i), naming the role needed', async (role, status) => {
    const ref = await s.open(COMPLAINT);
    const res = await restrict(ref, { version: 1, restricted: true, reason: 'Concerns a housing officer' }, role);
    expect(res.status).toBe(status);
    expect((await res.json()).error.message).toMatch(/complaints_manager/);
    expect((await s.detail(ref)).restricted).toBe(false);
  });

  it('answers 401 without a token', async () => {
    const res = await fetch(`${s.t.baseUrl}/api/staff/cases/CMP-2026-000001/restriction`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: 1, restricted: true, reason: 'Concerns a housing officer' }),
    });
    expect(res.status).toBe(401);
  });

  it('needs a reason and a yes or no (400, naming the fields)', async () => {
    const ref = await s.open(COMPLAINT);
    const res = await restrict(ref, { version: 1, restricted: 'yes' });
    expect(res.status).toBe(400);
    const paths = (await res.json()).error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['restricted', 'reason']));
  });

  it('restricts with an audit event; the reviewer can no longer list, open or change it; lifting brings it back', async () => {
    const ref = await s.open(COMPLAINT, { profile: 'greatwell' } as never);
    expect(await listed('reviewer')).toContain(ref);

    const res = await restrict(ref, { version: 1, restricted: true, reason: 'Concerns a named housing officer' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ restricted: true, version: 2 });
    expect(body.audit.at(-1)).toMatchObject({
      action: 'case.restricted',
      actor: expect.stringMatching(/^staff:/),
      details: { reason: 'Concerns a named housing officer', by: 'Test complaints_manager', sources: ['Greatwell 3', 'Greatwell 5.1'] },
    });

    expect(await listed('reviewer')).not.toContain(ref);
    expect(await listed('complaints_manager')).toContain(ref);
    expect((await s.get(`/api/staff/cases/${ref}`)).status).toBe(404);
    expect((await s.act(ref, 'approve', { version: 2 })).status).toBe(404);

    expect((await restrict(ref, { version: 2, restricted: true, reason: 'Again, to be sure' })).status).toBe(409);
    const lifted = await restrict(ref, { version: 2, restricted: false, reason: 'Not about a member of staff after all' });
    expect(lifted.status).toBe(200);
    expect((await lifted.json()).audit.at(-1)).toMatchObject({ action: 'case.unrestricted' });
    expect(await listed('reviewer')).toContain(ref);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const ref = await s.open(COMPLAINT);
    expect((await s.act(ref, 'approve', { version: 1 })).status).toBe(200);
    const stale = await restrict(ref, { version: 1, restricted: true, reason: 'Concerns a housing officer' });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.message).toMatch(/changed by someone else/);
    expect((await s.detail(ref)).restricted).toBe(false);
  });

  it.each([
    { profile: 'greatwell', clause: 'Greatwell 3, Greatwell 5.1' },
    { profile: 'bchg', clause: 'BCHG 13' },
    { profile: 'code-2024', clause: 'Data Protection Act 2018' },
  ])('keeps a complaint about a member of staff restricted under $profile (422, $clause)', async ({ profile, clause }) => {
    const ref = await s.open(COMPLAINT, { profile, signals: { staffConduct: true } } as never);
    const res = await restrict(ref, { version: 1, restricted: false, reason: 'Reviewers need to see it' });
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toContain(`member of staff, so access stays restricted (${clause})`);
  });

  describe('in the console', () => {
    const cookie = async (role: 'reviewer' | 'complaints_manager') => ({ cookie: `staff_token=${await s.token(role)}` });
    const casePage = async (ref: string, role: 'reviewer' | 'complaints_manager') =>
      fetch(`${s.t.baseUrl}/console/cases/${ref}`, { headers: await cookie(role), redirect: 'manual' });

    it('offers the form to a complaints manager only, and the form restricts the case', async () => {
      const ref = await s.open(COMPLAINT);
      expect(await (await casePage(ref, 'reviewer')).text()).not.toContain('/restriction');
      const page = await (await casePage(ref, 'complaints_manager')).text();
      expect(page).toContain(`action="/console/cases/${ref}/restriction"`);
      expect(page).toContain('Restrict this case');

      const posted = await fetch(`${s.t.baseUrl}/console/cases/${ref}/restriction`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...(await cookie('complaints_manager')), origin: s.t.baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ version: '1', restricted: 'true', reason: 'Concerns a housing officer' }),
      });
      expect(posted.status).toBe(303);
      expect(posted.headers.get('location')).toBe(`/console/cases/${ref}?done=restriction`);
      const after = await (await casePage(ref, 'complaints_manager')).text();
      expect(after).toContain('Restricted: complaints managers only');
      expect(after).toContain('Lift the restriction');
      expect((await casePage(ref, 'reviewer')).status).toBe(404);
    });

    it('shows a missing reason on the page (400) and a reviewer posting the form is refused (403)', async () => {
      const ref = await s.open(COMPLAINT);
      const post = async (role: 'reviewer' | 'complaints_manager', fields: Record<string, string>) =>
        fetch(`${s.t.baseUrl}/console/cases/${ref}/restriction`, {
          method: 'POST',
          redirect: 'manual',
          headers: { ...(await cookie(role)), origin: s.t.baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields),
        });
      const noReason = await post('complaints_manager', { version: '1', restricted: 'true', reason: '' });
      expect(noReason.status).toBe(400);
      expect(await noReason.text()).toMatch(/Not saved:.*reason/s);
      expect((await post('reviewer', { version: '1', restricted: 'true', reason: 'Concerns a housing officer' })).status).toBe(403);
    });
  });
});

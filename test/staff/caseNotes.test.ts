import { startStaff, type Staff } from './staffHarness';

// The record of the work on a case (Code 5.12): POST /api/staff/cases/{reference}/notes adds a note
// or a contact with the resident, by the signed-in person; the case detail lists them newest first;
// each is audited, and none can be changed or removed afterwards.
describe('notes and contacts (POST /api/staff/cases/{reference}/notes)', () => {
  let s: Staff;
  let reference: string;
  const post = async (body: unknown, role: 'reviewer' | 'admin' = 'reviewer', ref = reference) =>
    fetch(`${s.t.baseUrl}/api/staff/cases/${ref}/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token(role)}` },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
    reference = await s.open('complaint-repair-delay');
  });
  afterAll(() => s.t.stop());

  it('adds a note and a contact, shown newest first with who wrote them, and leaves the case version as it was', async () => {
    expect((await post({ kind: 'note', text: 'Asked repairs for the job history.' })).status).toBe(201);
    const res = await post({ kind: 'contact', method: 'phone', direction: 'in', on: '2026-11-30', text: 'Resident rang: the leak is worse.' });
    expect(res.status).toBe(201);
    const detail = await res.json();
    expect(detail.version).toBe(1);
    expect(detail.notes).toMatchObject([
      { kind: 'contact', method: 'phone', direction: 'in', on: '2026-11-30', text: 'Resident rang: the leak is worse.', by: 'Test reviewer' },
      { kind: 'note', text: 'Asked repairs for the job history.', by: 'Test reviewer' },
    ]);
    expect(detail.notes[1]).not.toHaveProperty('method');
    expect((await s.detail(reference)).notes).toHaveLength(2);
  });

  it('audits each addition by its kind, never copying the words', async () => {
    const audit = (await s.detail(reference)).audit.slice(-2);
    expect(audit).toMatchObject([
      { action: 'case.note_added', details: { by: 'Test reviewer' } },
      { action: 'case.contact_recorded', details: { method: 'phone', direction: 'in', on: '2026-11-30', by: 'Test reviewer' } },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/leak is worse/);
  });

  it.each([
    ['an empty note', { kind: 'note', text: '  ' }, 400, /text must not be empty/],
    ['a note over 5,000 characters', { kind: 'note', text: 'x'.repeat(5001) }, 400, /at most 5000 characters/],
    ['an unknown kind', { kind: 'memo', text: 'x' }, 400, /kind must be "note" or "contact"/],
    ['a contact without its method', { kind: 'contact', direction: 'out', on: '2026-11-30', text: 'x' }, 400, /method must be one of: phone, letter, email, visit/],
    ['a contact with no direction', { kind: 'contact', method: 'letter', on: '2026-11-30', text: 'x' }, 400, /direction must be "in"/],
    ['a contact dated tomorrow', { kind: 'contact', method: 'visit', direction: 'out', on: '2026-12-02', text: 'x' }, 422, /in the future/],
  ])('refuses %s (%s) and says why', async (_what, body, status, message) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect((await res.json()).error.message).toMatch(message);
  });

  it('is for casework roles, on cases they can see', async () => {
    expect((await post({ kind: 'note', text: 'x' }, 'admin')).status).toBe(403);
    expect((await post({ kind: 'note', text: 'x' }, 'reviewer', 'CMP-2026-999999')).status).toBe(404);
  });

  it('keeps every note for good: the database refuses to change or remove one', async () => {
    const { database } = s.t.app.context;
    for (const statement of ["UPDATE case_notes SET text = 'rewritten'", 'DELETE FROM case_notes', 'TRUNCATE case_notes']) {
      await expect(database.script((run) => run(statement).then(() => undefined))).rejects.toThrow(/case_notes is append-only/);
    }
    expect((await s.detail(reference)).notes).toHaveLength(2);
  });

  it('the case page offers the form, which adds a contact, and lists them', async () => {
    const form = new URLSearchParams({ kind: 'contact', method: 'letter', direction: 'out', on: '2026-12-01', text: 'Wrote to confirm the visit.' });
    const posted = await fetch(`${s.t.baseUrl}/console/cases/${reference}/notes`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
      body: form.toString(),
    });
    expect(posted.status).toBe(303);
    const page = await (await s.get(`/console/cases/${reference}`)).text();
    expect(page).toMatch(/letter to the resident on 2026-12-01/);
    expect(page).toContain('Resident rang: the leak is worse.');
    expect(page).toMatch(/phone from the resident on 2026-11-30/);
    expect(page).toContain(`action="/console/cases/${reference}/notes"`);
  });
});

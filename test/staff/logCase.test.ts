import { startStaff, type Staff } from './staffHarness';

// A complaint logged by hand from a phone call or a letter: POST /api/staff/cases (casework roles)
// and the queue page's "Log a complaint" form open it the one way every case is opened — the same
// triage, audit trail and clocks, counted from when it was received, with the member of staff as the actor.
describe('a complaint logged by hand (POST /api/staff/cases)', () => {
  let s: Staff;
  const complaint = {
    receivedAt: '2026-11-30T15:30:00Z',
    category: 'complaint',
    summary: 'My kitchen tap has leaked for three weeks and nobody has come to fix it.',
    desiredOutcome: 'Fix the tap and say sorry for the wait.',
    complainant: { type: 'tenant' },
    contact: { name: 'Sam Jones', phone: '07700 900123' },
  };
  const post = async (body: unknown, role: 'reviewer' | 'admin' = 'reviewer') =>
    fetch(`${s.t.baseUrl}/api/staff/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token(role)}` },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it.each(['phone', 'letter'])('from a %s: triaged and opened at stage 1, clocks from receipt, the officer as the actor', async (channel) => {
    const res = await post({ ...complaint, channel });
    expect(res.status).toBe(201);
    const detail = await res.json();
    expect(detail).toMatchObject({ channel, outcome: 'stage1_opened', phase: 'stage1', version: 1 });
    expect(detail.case).toMatchObject({ channel, receivedAt: complaint.receivedAt, contact: { name: 'Sam Jones' } });
    expect(detail.decision.deadlines.acknowledgeBy).toBeDefined();
    const me = await (await s.get('/api/staff/me')).json();
    expect(detail.audit[0]).toMatchObject({ action: 'case.created', actor: `staff:${me.subject}` });
  });

  it.each([
    ['a channel that opens its own cases', { ...complaint, channel: 'webchat' }, 400, /channel must be one of: phone, letter/],
    ['no summary', { ...complaint, channel: 'phone', summary: undefined }, 400, /summary/],
    ['a time in the future', { ...complaint, channel: 'letter', receivedAt: '2026-12-02T09:00:00Z' }, 422, /in the future/],
  ])('refuses %s and says why', async (_what, body, status, message) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect((await res.json()).error.message).toMatch(message);
  });

  it('is for casework roles', async () => {
    expect((await post({ ...complaint, channel: 'phone' }, 'admin')).status).toBe(403);
  });

  it('the queue page offers "Log a complaint", which opens the case and shows it', async () => {
    const queue = await (await s.get('/console/queue')).text();
    expect(queue).toContain('action="/console/cases"');
    const form = new URLSearchParams({
      channel: 'letter',
      receivedAt: '2026-11-30T09:15',
      category: 'complaint',
      complainantType: 'tenant',
      name: 'Pat Letter',
      summary: 'I wrote last month about the broken fence and nobody replied.',
      desiredOutcome: 'Repair the fence.',
    });
    const posted = await fetch(`${s.t.baseUrl}/console/cases`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
      body: form.toString(),
    });
    expect(posted.status).toBe(303);
    const reference = decodeURIComponent(/\/console\/cases\/([^?]+)\?done=logged/.exec(posted.headers.get('location') ?? '')?.[1] ?? '');
    const detail = await s.detail(reference);
    // 09:15 on a London clock in November is 09:15 UTC.
    expect(detail.case).toMatchObject({ channel: 'letter', receivedAt: '2026-11-30T09:15:00.000Z', contact: { name: 'Pat Letter' } });
  });

  it('a refused form keeps the queue page, open at the form, with the reason', async () => {
    const posted = await fetch(`${s.t.baseUrl}/console/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
      body: new URLSearchParams({ channel: 'phone', receivedAt: '2026-11-30T09:15', category: 'complaint', complainantType: 'tenant', summary: 'x', desiredOutcome: '' }).toString(),
    });
    expect(posted.status).toBe(400);
    expect(await posted.text()).toMatch(/Not logged:/);
  });
});

import { sql } from 'drizzle-orm';
import { rowsOf } from '../../store/database';
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
  const post = async (body: unknown, role: 'reviewer' | 'admin' = 'reviewer', headers: Record<string, string> = {}) =>
    fetch(`${s.t.baseUrl}/api/staff/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token(role)}`, ...headers },
      body: JSON.stringify(body),
    });
  const casesCount = async () => rowsOf<{ n: number }>(await s.t.app.context.database.db.execute(sql`SELECT count(*)::int AS n FROM cases`))[0].n;
  const postForm = async (fields: Record<string, string>) =>
    fetch(`${s.t.baseUrl}/console/cases`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
      body: new URLSearchParams(fields).toString(),
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

  describe('a retry under the same Idempotency-Key', () => {
    it('answers as the first request did, with the same case, and opens no second one', async () => {
      const body = { ...complaint, channel: 'phone' };
      const first = await post(body, 'reviewer', { 'Idempotency-Key': 'call-0930-sam' });
      const before = await casesCount();
      // The same details with the fields in another order are the same request.
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const retries = await Promise.all([post(body, 'reviewer', { 'Idempotency-Key': 'call-0930-sam' }), post(reordered, 'reviewer', { 'Idempotency-Key': 'call-0930-sam' })]);
      expect(first.status).toBe(201);
      const reference = (await first.json()).reference;
      for (const retry of retries) {
        expect(retry.status).toBe(201);
        expect(retry.headers.get('idempotent-replayed')).toBe('true');
        expect((await retry.json()).reference).toBe(reference);
      }
      expect(await casesCount()).toEqual(before);
    });

    it('with different details is refused with 422, naming the case the key opened, and opens nothing', async () => {
      const first = await (await post({ ...complaint, channel: 'letter' }, 'reviewer', { 'Idempotency-Key': 'letter-0001' })).json();
      const before = await casesCount();
      const res = await post({ ...complaint, channel: 'letter', summary: 'A different letter about the fence.' }, 'reviewer', { 'Idempotency-Key': 'letter-0001' });
      expect(res.status).toBe(422);
      expect((await res.json()).error.message).toMatch(new RegExp(`already logged case ${first.reference} with different details.*new Idempotency-Key.*to change ${first.reference}, open it`));
      expect(await casesCount()).toEqual(before);
    });

    it('a malformed key is a 400 that says what a key may hold', async () => {
      const res = await post({ ...complaint, channel: 'phone' }, 'reviewer', { 'Idempotency-Key': 'has spaces' });
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(/Idempotency-Key must be 1-200 letters/);
    });

    it('without a key, the same details twice are two cases, as before', async () => {
      const a = await (await post({ ...complaint, channel: 'phone' })).json();
      const b = await (await post({ ...complaint, channel: 'phone' })).json();
      expect(a.reference).not.toBe(b.reference);
    });

    it('the console form carries a key made when it was shown, so a double submit is one case', async () => {
      const queue = await (await s.get('/console/queue')).text();
      const key = /name="idempotencyKey" value="([^"]+)"/.exec(queue)?.[1];
      expect(key).toMatch(/^[0-9a-f-]{36}$/);
      const again = /name="idempotencyKey" value="([^"]+)"/.exec(await (await s.get('/console/queue')).text())?.[1];
      expect(again).not.toBe(key);
      const fields = {
        idempotencyKey: key as string,
        channel: 'phone',
        receivedAt: '2026-11-30T11:00',
        category: 'complaint',
        complainantType: 'tenant',
        summary: 'The communal door has not closed for a month and strangers come in.',
        desiredOutcome: 'Mend the door.',
      };
      const [one, two] = await Promise.all([postForm(fields), postForm(fields)]);
      expect([one.status, two.status]).toEqual([303, 303]);
      expect(one.headers.get('location')).toBe(two.headers.get('location'));
      const changed = await postForm({ ...fields, summary: 'Something else entirely happened.' });
      expect(changed.status).toBe(422);
      expect(await changed.text()).toMatch(/Not logged:.*already logged case/s);
    });
  });
});

import { exampleCase } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';

const TOKEN = 'test-token-0123456789-abcdefghij';

describe('the triage API (POST /api/cases, GET /api/cases/:reference)', () => {
  let t: TestApp;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${t.baseUrl}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    t = await startTestApp({ TRIAGE_API_TOKEN: TOKEN });
  });
  afterAll(() => t.stop());

  it('answers 401 without the bearer token, and with a wrong one', async () => {
    const none = await fetch(`${t.baseUrl}/api/cases`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await post(exampleCase('complaint-repair-delay'), { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.message).toMatch(/Authorization: Bearer/);
  });

  it('opens a case: 201 with its reference and the decision', async () => {
    const res = await post(exampleCase('complaint-repair-delay'));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.reference).toMatch(/^CMP-2026-\d{6}$/);
    expect(body.decision).toMatchObject({ outcome: 'stage1_opened', profile: { id: 'code-2024' } });
    expect(body.decision.deadlines.acknowledgeBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('a retry with the same Idempotency-Key returns the same case with 200', async () => {
    const first = await post(exampleCase('first-asb-report'), { 'Idempotency-Key': 'retry-1' });
    const second = await post(exampleCase('first-asb-report'), { 'Idempotency-Key': 'retry-1' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect((await second.json()).reference).toBe((await first.json()).reference);
  });

  it('a different case under a used Idempotency-Key is a 422 that says what to do (as on the staff route)', async () => {
    await post(exampleCase('first-asb-report'), { 'Idempotency-Key': 'retry-2' });
    const res = await post(exampleCase('complaint-repair-delay'), { 'Idempotency-Key': 'retry-2' });
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(/new key/);
  });

  it('a bad case is a 400 naming each field', async () => {
    const res = await post({ ...exampleCase('complaint-repair-delay'), receivedAt: 'yesterday', category: 'moan' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['receivedAt', 'category']),
    );
  });

  it('an unknown profile is a 400 listing the known ones', async () => {
    const res = await post(exampleCase('complaint-repair-delay', { profile: 'acme' }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/Unknown profile "acme".*code-2024/);
  });

  it('malformed JSON is a 400 in the same shape, and a non-JSON body a 415', async () => {
    const malformed = await post('{"summary": ');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.status).toBe(400);
    const text = await post('hello', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
  });

  it('GET returns the case, its decision and its audit trail', async () => {
    const created = await (await post(exampleCase('late-complaint'))).json();
    const res = await fetch(`${t.baseUrl}/api/cases/${created.reference}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.reference).toBe(created.reference);
    expect(body.audit[0]).toMatchObject({ action: 'case.created' });
    const missing = await fetch(`${t.baseUrl}/api/cases/CMP-2026-999999`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(missing.status).toBe(404);
  });
});

describe('the triage API with no token configured', () => {
  let t: TestApp;
  const postWith = (authorization: string) =>
    fetch(`${t.baseUrl}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify(exampleCase('complaint-repair-delay')),
    });
  const devToken = async (role: string) => {
    const res = await fetch(`${t.baseUrl}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, name: 'Channel test' }),
    });
    return (await res.json()).token as string;
  };
  beforeAll(async () => {
    t = await startTestApp({}, 'pglite');
  });
  afterAll(() => t.stop());

  it('is closed, never open by default', async () => {
    const res = await postWith('Bearer anything-at-all-here-12345');
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/valid staff or service token/);
  });

  it('accepts a service principal, and refuses staff roles with 403', async () => {
    expect((await postWith(`Bearer ${await devToken('service')}`)).status).toBe(201);
    const staff = await postWith(`Bearer ${await devToken('reviewer')}`);
    expect(staff.status).toBe(403);
    expect((await staff.json()).error.message).toMatch(/service/);
  });
});

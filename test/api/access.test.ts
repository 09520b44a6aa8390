// Access holes an outside tester found, each closed: restricted cases and the service token, tokens
// that never expire, console forms from elsewhere, cookies over https, unbounded periods and dates.
import { SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER } from '../../staff/access/staffAuth';
import { exampleCase } from '../support/fixtures';
import { intakeEnv, message, signedPost } from '../intake/signedPost';
import { startStaff, type Staff } from '../staff/staffHarness';
import { startTestApp, type TestApp } from '../support/testApp';

const TOKEN = 'test-token-0123456789-abcdefghij';
const DEV_SECRET = 'a-fixed-secret-for-this-test-0123456789';
const NOW = '2026-12-01T10:00:00Z';

describe('access', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff(intakeEnv({ TRIAGE_API_TOKEN: TOKEN, STAFF_DEV_SIGNING_SECRET: DEV_SECRET }));
    s.pinNow(NOW);
  });
  afterAll(() => s.t.stop());

  const form = (path: string, headers: Record<string, string>, body: Record<string, string> = {}) =>
    fetch(`${s.t.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(body).toString(),
    });

  it('a restricted case does not exist for the service token on GET /api/cases/:reference', async () => {
    const reference = await s.open('complaint-repair-delay');
    const restricted = await s.act(reference, 'restriction', { version: 1, restricted: true, reason: 'Concerns a housing officer' }, 'complaints_manager');
    expect(restricted.status).toBe(200);
    const res = await fetch(`${s.t.baseUrl}/api/cases/${reference}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).not.toContain('audit');
  });

  it('refuses a correctly signed token without an expiry', async () => {
    const forever = await new SignJWT({ name: 'Forever', roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject('dev:forever')
      .setIssuedAt()
      .sign(new TextEncoder().encode(DEV_SECRET));
    const res = await fetch(`${s.t.baseUrl}/api/staff/me`, { headers: { authorization: `Bearer ${forever}` } });
    expect(res.status).toBe(401);
  });

  it.each([
    ['no Origin', {}],
    ['a malformed Origin', { origin: 'http://[not a url' }],
    ['another site', { origin: 'https://evil.example' }],
  ])('refuses console sign-in and sign-out with %s (403, never 5xx)', async (_what, headers) => {
    const signIn = await form('/console/sign-in', headers, { role: 'reviewer', name: 'Sam' });
    expect(signIn.status).toBe(403);
    const signOut = await form('/console/sign-out', headers);
    expect(signOut.status).toBe(403);
  });

  it('signs in from the console itself, with a Secure cookie when reached over https', async () => {
    const plain = await form('/console/sign-in', { origin: s.t.baseUrl }, { role: 'reviewer', name: 'Sam' });
    expect(plain.status).toBe(303);
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/);
    const proxied = await form('/console/sign-in', { origin: s.t.baseUrl, 'x-forwarded-proto': 'https' }, { role: 'reviewer', name: 'Sam' });
    expect(proxied.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict; Secure/);
    expect(proxied.headers.get('strict-transport-security')).toMatch(/max-age/);
  });

  it('bounds the figures period (400 naming to), and dates before 2000', async () => {
    const long = await s.get('/api/staff/figures?from=2000-01-01&to=2099-12-31', 'admin');
    expect(long.status).toBe(400);
    expect((await long.json()).error.issues.map((i: { path: string }) => i.path)).toContain('to');
    const ancient = await s.get('/api/staff/figures?from=0000-01-01&to=0001-01-01', 'admin');
    expect(ancient.status).toBe(400);
  });

  it.each([
    ['9999-12-31T23:59:59Z', 'far future'],
    ['0001-01-01T00:00:00Z', 'year 1'],
    ['0500-06-01T00:00:00Z', 'year 500'],
    ['1900-01-01T00:00:00Z', '1900'],
    ['2026-12-03T10:00:01Z', 'more than a day ahead'],
  ])('an intake receivedAt of %s (%s) is a 400 naming receivedAt', async (receivedAt) => {
    // Signed at the app's pinned time: intake checks a signature's age against the same clock.
    const res = await signedPost(`${s.t.baseUrl}/api/intake/messages`, message({ receivedAt }), 'facebook', { timestamp: String(Date.parse(NOW) / 1000) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues.map((i: { path: string }) => i.path)).toContain('receivedAt');
  });

  it('a case receivedAt outside the window is a 400 on /api/cases too', async () => {
    const res = await fetch(`${s.t.baseUrl}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ ...exampleCase('complaint-repair-delay'), receivedAt: '2100-01-01T00:00:00Z' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues.map((i: { path: string }) => i.path)).toContain('receivedAt');
  });

  it('a Direct Line watermark beyond 2^63 is a 400 naming watermark', async () => {
    const { token, conversationId } = await (await fetch(`${s.t.baseUrl}/api/webchat/token`)).json();
    const started = await fetch(`${s.t.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    const id = conversationId ?? (await started.json()).conversationId;
    const res = await fetch(`${s.t.baseUrl}/v3/directline/conversations/${id}/activities?watermark=99999999999999999999`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toBe('watermark');
  });
});

describe('what one anonymous client can take', () => {
  let t: TestApp;
  let chat: { token: string; conversationId: string };
  beforeAll(async () => {
    t = await startTestApp(intakeEnv({ WEBCHAT_TOKENS_PER_MINUTE: '4' }));
    chat = await (await fetch(`${t.baseUrl}/api/webchat/token`)).json();
  });
  afterAll(() => t.stop());

  it('a Direct Line activity over 16 KiB is a 413, so a conversation cannot grow without bound', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${chat.token}` };
    await fetch(`${t.baseUrl}/v3/directline/conversations`, { method: 'POST', headers });
    const res = await fetch(`${t.baseUrl}/v3/directline/conversations/${chat.conversationId}/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'event', name: 'x', value: 'x'.repeat(17 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.status).toBe(413);
  });

  it('chat tokens, new or refreshed, are limited per client address (429 with Retry-After)', async () => {
    await fetch(`${t.baseUrl}/api/webchat/token`);
    await fetch(`${t.baseUrl}/api/webchat/token`);
    const refreshed = await fetch(`${t.baseUrl}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${chat.token}` } });
    expect(refreshed.status).toBe(200);
    const refused = await fetch(`${t.baseUrl}/api/webchat/token`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).error.status).toBe(429);
  });

  it('requests with a bad intake signature are limited per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 65; i += 1) {
      const res = await signedPost(`${t.baseUrl}/api/intake/messages`, message(), 'facebook', { secret: 'wrong-secret-0123456789abcdef' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 60).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

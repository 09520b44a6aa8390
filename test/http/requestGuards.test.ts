// What every request passes before a route sees it (http/requestGuards.ts): one request can neither
// stop the process nor make it balloon, and bad bytes are a 4xx problem document naming the field.
import { gzipSync } from 'node:zlib';
import { exampleCase } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/testApp';
import { intakeEnv, message, signedPost } from '../intake/signedPost';

const TOKEN = 'test-token-0123456789-abcdefghij';

describe('request guards', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(intakeEnv({ TRIAGE_API_TOKEN: TOKEN }));
  });
  afterAll(() => t.stop());

  const alive = async () => expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
  const problem = async (res: Response, status: number) => {
    expect(res.status).toBe(status);
    const body = await res.json();
    expect(body.error).toMatchObject({ status, message: expect.any(String) });
    return body.error as { message: string; issues?: Array<{ path: string; message: string }> };
  };

  const POST_ROUTES = ['/api/intake/messages', '/v3/directline/conversations', '/console/sign-in', '/auth/dev-token', '/api/messages', '/api/cases'];

  it.each(POST_ROUTES)('a body claiming gzip that is not gzip is a 415 on %s, and the process lives', async (path) => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: '{"this": "is not gzip"}',
    });
    const error = await problem(res, 415);
    expect(error.issues?.[0].path).toBe('Content-Encoding');
    await alive();
  });

  it('a gzip bomb is refused before anything is decompressed', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    const res = await fetch(`${t.baseUrl}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: bomb,
    });
    await problem(res, 415);
    await alive();
  });

  it.each([
    ['text', { text: 'My ceiling leaks\u0000 badly and I want to complain.' }, 'text'],
    ['author.handle', { author: { handle: '@sam\u0000' } }, 'author.handle'],
    ['a lone surrogate in text', { text: 'My ceiling leaks \uD800 badly and I want to complain.' }, 'text'],
  ])('NUL or a lone surrogate in intake %s is a 400 naming the field', async (_what, overrides, path) => {
    const res = await signedPost(`${t.baseUrl}/api/intake/messages`, message(overrides), 'facebook');
    const error = await problem(res, 400);
    expect(error.issues?.map((i) => i.path)).toContain(path);
  });

  it('an unknown field nested 20,000 deep on /api/cases is a 400, not a stack overflow', async () => {
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const body = JSON.stringify(exampleCase('complaint-repair-delay')).replace(/^\{/, `{"extra":${deep},`);
    const res = await fetch(`${t.baseUrl}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body,
    });
    const error = await problem(res, 400);
    expect(error.issues?.[0].path).toMatch(/^extra/);
    await alive();
  });

  it.each(['/api/cases/CMP%00-1', '/api/staff/cases/CMP%00-1', '/v3/directline/conversations/ab%00cd', '/console/cases/CMP%00-1'])(
    '%s: a path parameter with a NUL is a 400 naming the parameter',
    async (path) => {
      const res = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const error = await problem(res, 400);
      expect(error.issues?.[0].path).toMatch(/reference|conversationId/);
    },
  );

  it('does not hold a connection whose headers or body arrive slowly', () => {
    const http = t.app.server.server;
    expect(http.headersTimeout).toBeLessThanOrEqual(10_000);
    expect(http.requestTimeout).toBeLessThanOrEqual(30_000);
    expect(http.keepAliveTimeout).toBeLessThanOrEqual(5_000);
  });

  it('every answer carries nosniff, no-store and frame refusal; HSTS only over https', async () => {
    for (const path of ['/healthz', '/api/cases/CMP-2026-000001', '/console/sign-in', '/nowhere']) {
      const res = await fetch(`${t.baseUrl}${path}`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
    const viaProxy = await fetch(`${t.baseUrl}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('POST /api/messages answers problem documents', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  const post = (body: unknown) =>
    fetch(`${t.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const activity = (extra: object = {}) => ({
    type: 'message',
    id: 'a-1',
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9',
    from: { id: 'tenant' },
    conversation: { id: 'conv-guard' },
    text: 'hello',
    ...extra,
  });

  it.each([
    ['an empty object', {}, 'type'],
    ['no type', { ...activity(), type: undefined }, 'type'],
    ['no serviceUrl', { ...activity(), serviceUrl: undefined }, 'serviceUrl'],
    ['a 100,000-character from', activity({ from: 'x'.repeat(100_000) }), 'from'],
    ['a from.id of 100,000 characters', activity({ from: { id: 'x'.repeat(100_000) } }), 'from.id'],
  ])('%s is a 400 naming the field', async (_what, body, path) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('without a MicrosoftAppId, replies go only to a loopback serviceUrl', async () => {
    const res = await post(activity({ serviceUrl: 'https://smba.example.net/' }));
    expect(res.status).toBe(400);
    expect((await res.json()).error.issues[0].path).toBe('serviceUrl');
  });
});

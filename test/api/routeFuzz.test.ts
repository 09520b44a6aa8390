// Every route the server has (read from its own route table, so a new route is fuzzed without
// being listed here) gets generated requests: wrong types, huge and deeply nested values, NUL and
// surrogates, odd path-parameter bytes, random headers, compressed and fake-compressed bodies,
// with and without valid credentials. The property: never a 5xx, the process still answers, every
// 4xx from an API is a problem document saying what is wrong, and no log line holds what was sent.
// A fixed seed and FUZZ_RUNS requests per route (default 20); e.g. FUZZ_RUNS=300 for a long run.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { signatureFor } from '../../intake/signature';
import { startTestApp, type TestApp } from '../support/testApp';
import { intakeEnv, SECRETS } from '../intake/signedPost';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const TOKEN = 'fuzz-token-0123456789-abcdefghijkl';
/** Put into generated strings; no log line may contain it. */
const MARK = 'zqfuzzmark';

interface Route {
  method: string;
  path: string;
}

const oddSegments = fc.oneof(
  fc.constantFrom('CMP-2026-000001', '1', 'abc', '%00', '%ZZ', '%E0%A4%A', '..%2F..', '%ED%A0%80', '%F0%9F%98%80', 'x'.repeat(300), '%20', 'null', '-1', '99999999999999999999'),
  fc.string({ maxLength: 40 }).map((s) => encodeURIComponent(`${MARK}${s}`)),
);

const nasty = fc.oneof(
  fc.constantFrom(`${MARK}\u0000`, `${MARK}\uD800`, `${MARK}\uDC00x`, `${MARK}${'x'.repeat(70_000)}`, '9999-12-31T23:59:59Z', '0001-01-01', ''),
  fc.string({ unit: 'binary', maxLength: 60 }).map((s) => `${MARK}${s}`),
);

const FIELDS = ['type', 'text', 'channel', 'messageId', 'receivedAt', 'author', 'version', 'role', 'name', 'token', 'from', 'serviceUrl', 'conversation', 'value', 'reason', 'restricted', 'on', 'to', 'messages', 'watermark', 'locale', 'at', 'record', 'category'];

const values: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  nasty,
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

const bodyValue = fc.oneof(
  fc.dictionary(fc.constantFrom(...FIELDS), values, { maxKeys: 8 }),
  fc.array(values, { maxLength: 4 }),
  values,
);

type RawBody = { raw: Blob | string; encoding?: string; contentType?: string };

const bodies: fc.Arbitrary<RawBody> = fc.oneof(
  bodyValue.map((v) => ({ raw: JSON.stringify(v) ?? 'null', contentType: 'application/json' })),
  fc.integer({ min: 40, max: 6000 }).map((depth) => ({ raw: `{"value":${'['.repeat(depth)}${']'.repeat(depth)},"text":"${MARK}"}`, contentType: 'application/json' })),
  bodyValue.map((v) => ({ raw: new Blob([gzipSync(JSON.stringify(v) ?? "null")]), encoding: 'gzip', contentType: 'application/json' })),
  fc.tuple(bodyValue, fc.constantFrom('gzip', 'deflate', 'br', 'x-unknown')).map(([v, encoding]) => ({ raw: JSON.stringify(v) ?? 'null', encoding, contentType: 'application/json' })),
  fc.tuple(fc.string({ maxLength: 200 }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded')).map(([s, contentType]) => ({ raw: `${MARK}${s}`, contentType })),
  fc.dictionary(fc.constantFrom(...FIELDS), nasty, { maxKeys: 5 }).map((v) => ({
    raw: new URLSearchParams(v as Record<string, string>).toString(),
    contentType: 'application/x-www-form-urlencoded',
  })),
  fc.constant({ raw: '' }),
);

const extraHeaders = fc.dictionary(
  fc.constantFrom('origin', 'x-forwarded-proto', 'accept', 'cookie', 'idempotency-key', 'x-intake-timestamp', 'x-intake-signature', 'if-none-match'),
  fc.oneof(fc.constantFrom('http://[bad', 'https://evil.example', 'https', 'staff_token=ey.bad.token', '99999999999999999999', 'sha256=00', 'null'), fc.string({ maxLength: 30 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''))),
  { maxKeys: 3 },
);

const credentials = fc.constantFrom('none', 'service', 'admin', 'manager', 'webchat', 'garbage');
const queries = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?from=0000-01-01&to=9999-12-31', '?watermark=99999999999999999999', '?view=%00', '?pageSize=-1', '?download=1', `?q=${MARK}${'y'.repeat(5000)}`),
  fc.dictionary(fc.constantFrom('from', 'to', 'view', 'page', 'pageSize', 'watermark', 'profile', 'state', 'code', 'error'), fc.string({ maxLength: 20 }), { maxKeys: 3 }).map(
    (q) => `?${new URLSearchParams(q as Record<string, string>)}`,
  ),
);

describe('fuzzing every route', () => {
  let t: TestApp;
  const logLines: string[] = [];
  const tokens: Record<string, string> = {};
  let routes: Route[] = [];
  const counts = new Map<string, number>();

  beforeAll(async () => {
    t = await startTestApp(
      intakeEnv({ TRIAGE_API_TOKEN: TOKEN, INTAKE_RATE_PER_MINUTE: '100000000', WEBCHAT_TOKENS_PER_MINUTE: '100000' }),
      undefined,
      undefined,
      logLines,
    );
    routes = (t.app.server.getDebugInfo().routes as Route[]).map((r) => ({ method: r.method.toUpperCase(), path: r.path }));
    for (const role of ['admin', 'complaints_manager'] as const) {
      const res = await fetch(`${t.baseUrl}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role, name: 'Fuzz' }) });
      tokens[role === 'admin' ? 'admin' : 'manager'] = (await res.json()).token;
    }
    tokens.service = TOKEN;
    tokens.webchat = (await (await fetch(`${t.baseUrl}/api/webchat/token`)).json()).token;
    tokens.garbage = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';
  });
  afterAll(async () => {
    // What a long run reports (README, closing note): requests per route.
    if (process.env.FUZZ_RUNS) console.log(JSON.stringify(Object.fromEntries(counts)));
    await t.stop();
  });

  it('finds the routes in the server table', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes).toEqual(expect.arrayContaining([{ method: 'POST', path: '/api/intake/messages' }, { method: 'POST', path: '/api/messages' }]));
  });

  it('no generated request is answered 5xx, every API 4xx is a problem document, no log line holds the input', async () => {
    for (const route of routes) {
      await fc.assert(
        fc.asyncProperty(fc.array(oddSegments, { minLength: 4, maxLength: 4 }), bodies, extraHeaders, credentials, queries, fc.boolean(), async (segments, body, headers, who, query, sign) => {
          let i = 0;
          const path = route.path.replace(/:[A-Za-z]+|\*/g, () => segments[i++ % segments.length]);
          const requestHeaders: Record<string, string> = { ...(headers as Record<string, string>) };
          if (body.contentType) requestHeaders['content-type'] = body.contentType;
          if (body.encoding) requestHeaders['content-encoding'] = body.encoding;
          if (who !== 'none') requestHeaders.authorization = `Bearer ${tokens[who]}`;
          if (sign && typeof body.raw === 'string') {
            const timestamp = String(Math.floor(Date.now() / 1000));
            requestHeaders['x-intake-timestamp'] = timestamp;
            requestHeaders['x-intake-signature'] = signatureFor(SECRETS.facebook, timestamp, body.raw);
          }
          const hasBody = route.method !== 'GET' && route.method !== 'HEAD' && route.method !== 'OPTIONS';
          counts.set(`${route.method} ${route.path}`, (counts.get(`${route.method} ${route.path}`) ?? 0) + 1);
          const res = await fetch(`${t.baseUrl}${path}${query}`, {
            method: route.method,
            headers: requestHeaders,
            body: hasBody ? body.raw : undefined,
            redirect: 'manual',
          });
          const text = await res.text();
          const where = `${route.method} ${path.slice(0, 120)} -> ${res.status} ${text.slice(0, 300)}`;
          expect([where, res.status < 500]).toEqual([where, true]);
          if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json')) {
            const problem = JSON.parse(text).error;
            expect([where, problem?.status === res.status && typeof problem?.message === 'string' && problem.message.length > 0]).toEqual([where, true]);
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    }
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    expect(logLines.filter((line) => line.includes(MARK))).toEqual([]);
  }, 60_000 + RUNS * 5_000);
});

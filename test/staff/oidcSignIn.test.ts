// Console sign-in through a provider for real: a small OpenID provider on 127.0.0.1 (discovery,
// authorize, token with PKCE checked, JWKS) and the console following the authorization code flow.
import { createHash } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { startTestApp, type TestApp } from '../support/testApp';

const AUDIENCE = 'api://complaints-console';
const CLIENT_ID = 'console-client-id';

describe('console sign-in with the identity provider (authorization code + PKCE)', () => {
  let provider: Server;
  let base: string;
  let t: TestApp;
  let key: KeyLike;
  let roles: string[] = ['reviewer'];
  const issued = new Map<string, { challenge: string; redirectUri: string }>();

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    provider = createServer(async (req, res) => {
      const url = new URL(req.url ?? '/', base);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname === '/tenant/v2.0/.well-known/openid-configuration') {
        return json(200, { issuer: `${base}/tenant/v2.0`, authorization_endpoint: `${base}/authorize`, token_endpoint: `${base}/token`, jwks_uri: `${base}/keys` });
      }
      if (url.pathname === '/keys') return json(200, { keys: [jwk] });
      if (url.pathname === '/authorize') {
        // The person signs in at the provider; it sends them back with a one-time code.
        const code = `code-${issued.size + 1}`;
        issued.set(code, { challenge: url.searchParams.get('code_challenge') ?? '', redirectUri: url.searchParams.get('redirect_uri') ?? '' });
        res.writeHead(302, { location: `${url.searchParams.get('redirect_uri')}?code=${code}&state=${url.searchParams.get('state')}` });
        return res.end();
      }
      if (url.pathname === '/token' && req.method === 'POST') {
        let body = '';
        for await (const chunk of req) body += chunk;
        const form = new URLSearchParams(body);
        const grant = issued.get(form.get('code') ?? '');
        const verified = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
        if (!grant || grant.challenge !== verified || grant.redirectUri !== form.get('redirect_uri') || form.get('client_id') !== CLIENT_ID) {
          return json(400, { error: 'invalid_grant' });
        }
        issued.delete(form.get('code') ?? '');
        const accessToken = await new SignJWT({ roles, name: 'Rita Reviewer' })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setSubject('entra-user-1')
          .setIssuer(`${base}/tenant/v2.0`)
          .setAudience(AUDIENCE)
          .setExpirationTime('10m')
          .sign(key);
        return json(200, { access_token: accessToken, token_type: 'Bearer', expires_in: 600 });
      }
      json(404, { error: 'not_found' });
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    // The redirect URI comes from PUBLIC_BASE_URL, so the app listens where that says.
    const port = await freePort();
    t = await startTestApp({
      PORT: String(port),
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}/`,
      STAFF_OIDC_ISSUER: `${base}/tenant/v2.0`,
      STAFF_OIDC_AUDIENCE: AUDIENCE,
      STAFF_OIDC_JWKS_URL: `${base}/keys`,
      STAFF_OIDC_CLIENT_ID: CLIENT_ID,
    });
  });
  afterAll(async () => {
    await t.stop();
    await new Promise((resolve) => provider.close(resolve));
  });

  const get = (url: string, cookie?: string) => fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  /** The `name=value` of the last cookie set with this name prefix (or the first one set). */
  const cookieFrom = (res: Response, name?: string) =>
    (res.headers.getSetCookie().filter((c) => !name || c.startsWith(`${name}=`)).at(-1) ?? '').split(';')[0];

  /** Follows the flow as a browser would, up to the console's callback answer. */
  async function signIn(): Promise<Response> {
    const start = await get(`${t.baseUrl}/console/sign-in/oidc`);
    expect(start.status).toBe(303);
    const authorize = new URL(start.headers.get('location') as string);
    expect(authorize.origin + authorize.pathname).toBe(`${base}/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: `${t.baseUrl}/console/sign-in/callback`,
      scope: `openid profile ${AUDIENCE}/.default`,
      code_challenge_method: 'S256',
    });
    const back = await get(authorize.toString());
    return get(back.headers.get('location') as string, cookieFrom(start));
  }

  it('builds the redirect URI from PUBLIC_BASE_URL, whatever Host the request names', async () => {
    const location = await new Promise<string>((resolve, reject) => {
      const url = new URL(`${t.baseUrl}/console/sign-in/oidc`);
      request({ host: url.hostname, port: url.port, path: url.pathname, headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(String(res.headers.location));
      })
        .on('error', reject)
        .end();
    });
    expect(new URL(location).searchParams.get('redirect_uri')).toBe(`${t.baseUrl}/console/sign-in/callback`);
  });

  it('offers the provider on the sign-in page', async () => {
    expect(await (await get(`${t.baseUrl}/console/sign-in`)).text()).toContain('Sign in with your organisation account');
  });

  it('signs a person with a role in, and their session opens the queue', async () => {
    roles = ['reviewer'];
    const callback = await signIn();
    expect(callback.status).toBe(200);
    expect(await callback.text()).toContain('Welcome, Rita Reviewer.');
    const session = cookieFrom(callback, 'staff_token');
    expect(session).toMatch(/^staff_token=ey/);
    expect(callback.headers.getSetCookie()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^staff_token=ey.*HttpOnly; SameSite=Strict/), expect.stringMatching(/^staff_oidc_flow=;.*Max-Age=0/)]),
    );
    const queue = await get(`${t.baseUrl}/console/queue`, session);
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain('Signed in as Rita Reviewer (reviewer)');
  });

  it('refuses someone the provider knows but who has no role here (403)', async () => {
    roles = [];
    const callback = await signIn();
    expect(callback.status).toBe(403);
    expect(await callback.text()).toContain('no role in this console');
    expect(cookieFrom(callback, 'staff_token')).toBe('');
    roles = ['reviewer'];
  });

  it('refuses a callback that did not start here (state mismatch) and says what to do', async () => {
    const forged = await get(`${t.baseUrl}/console/sign-in/callback?code=code-999&state=guess`, 'staff_oidc_flow=real-state.verifier');
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('Please sign in again');
  });

  it("passes on the provider's refusal", async () => {
    const refused = await get(`${t.baseUrl}/console/sign-in/callback?error=access_denied&error_description=User%20cancelled`);
    expect(refused.status).toBe(401);
    expect(await refused.text()).toContain('The sign-in service said: User cancelled.');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

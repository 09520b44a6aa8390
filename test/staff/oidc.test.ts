// The OIDC path for real: a JWKS served over HTTP on 127.0.0.1 and tokens signed with a key pair
// made here, as Entra ID would sign them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { loadConfig } from '../../config/config';
import { createStaffAuth } from '../../staff/access/staffAuth';
import { startTestApp, type TestApp } from '../support/testApp';
import { devShapedToken } from './staffHarness';

const ISSUER = 'https://login.example.test/tenant-1/v2.0';
const AUDIENCE = 'api://complaints-console';

describe('staff sign-in with an OpenID Connect provider', () => {
  let jwks: Server;
  let t: TestApp;
  let key: KeyLike;
  let otherKey: KeyLike;

  const sign = (claims: Record<string, unknown>, options: { key?: KeyLike; audience?: string; issuer?: string; expires?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setSubject('00000000-aaaa-bbbb-cccc-000000000001')
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '10m')
      .sign(options.key ?? key);
  const queue = (token: string) => fetch(`${t.baseUrl}/api/staff/cases`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    key = pair.privateKey;
    otherKey = (await generateKeyPair('RS256')).privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    t = await startTestApp({
      STAFF_OIDC_ISSUER: ISSUER,
      STAFF_OIDC_AUDIENCE: AUDIENCE,
      STAFF_OIDC_JWKS_URL: `http://127.0.0.1:${port}/discovery/v2.0/keys`,
      // Entra ID puts app roles in `roles`; a landlord may map them to another claim.
      STAFF_ROLES_CLAIM: 'app_roles',
    });
  });
  afterAll(async () => {
    await t.stop();
    await new Promise((resolve) => jwks.close(resolve));
  });

  it('accepts a token signed by the provider, with roles from the configured claim', async () => {
    const token = await sign({ app_roles: ['reviewer'], name: 'Rita Reviewer' });
    expect((await queue(token)).status).toBe(200);
    const me = await (await fetch(`${t.baseUrl}/api/staff/me`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(me).toEqual({ subject: '00000000-aaaa-bbbb-cccc-000000000001', name: 'Rita Reviewer', roles: ['reviewer'] });
  });

  it('refuses a wrong audience, a wrong issuer, another key and an expired token with 401', async () => {
    const claims = { app_roles: ['reviewer'] };
    for (const token of [
      await sign(claims, { audience: 'api://something-else' }),
      await sign(claims, { issuer: 'https://evil.example.test/' }),
      await sign(claims, { key: otherKey }),
      await sign(claims, { expires: '-1m' }),
    ]) {
      expect((await queue(token)).status).toBe(401);
    }
  });

  it('a valid token without a staff role is a 403; roles in the default claim are not read', async () => {
    expect((await queue(await sign({ app_roles: ['admin'] }))).status).toBe(403);
    expect((await queue(await sign({ roles: ['reviewer'] }))).status).toBe(401);
  });

  it('a service principal from the provider may call the triage API', async () => {
    const res = await fetch(`${t.baseUrl}/api/cases/CMP-2026-999999`, {
      headers: { authorization: `Bearer ${await sign({ app_roles: ['service'] })}` },
    });
    expect(res.status).toBe(404);
  });
});

describe('development sign-in in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production', ALLOW_ANONYMOUS_BOT: 'true', LANDLORD_EMERGENCY_PHONE: '0800 123 4567', STAFF_DEV_SIGNING_SECRET: 'a-fixed-secret-for-this-test-0123456789' });
  });
  afterAll(() => t.stop());

  it('does not exist, and tokens signed with the development key are refused', async () => {
    const res = await fetch(`${t.baseUrl}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'admin', name: 'Eve' }),
    });
    expect(res.status).toBe(404);
    const devSigned = await devShapedToken('a-fixed-secret-for-this-test-0123456789', ['complaints_manager']);
    const queue = await fetch(`${t.baseUrl}/api/staff/cases`, { headers: { authorization: `Bearer ${devSigned}` } });
    expect(queue.status).toBe(401);
  });
});

describe('a half-configured identity provider', () => {
  it('stops start-up with a message naming what is missing', () => {
    const config = loadConfig({ STAFF_OIDC_ISSUER: ISSUER, STAFF_OIDC_AUDIENCE: AUDIENCE });
    expect(() => createStaffAuth(config)).toThrow(/STAFF_OIDC_ISSUER, STAFF_OIDC_AUDIENCE, STAFF_OIDC_JWKS_URL together; missing: STAFF_OIDC_JWKS_URL/);
  });
});

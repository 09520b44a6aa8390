// Console sign-in through the landlord's identity provider (Entra ID): the authorization code
// flow with PKCE. The access token it returns is checked exactly like a bearer token
// (staff/access/staffAuth.ts) and becomes the console session.
import { createHash, randomBytes } from 'node:crypto';
import type restify from 'restify';
import { z } from 'zod';
import type { Config } from '../../config/config';
import type { StaffAuth } from '../../staff/access/staffAuth';
import { servedOverHttps } from '../../http/https';
import { requestCookie } from '../../staff/access/guard';
import { sendHtml } from '../../http/sendHtml';
import { redirect, setSession } from './session';
import { renderPage } from './view';

const FLOW_COOKIE = 'staff_oidc_flow';
const CALLBACK = '/console/sign-in/callback';

const DiscoverySchema = z.object({ authorization_endpoint: z.url(), token_endpoint: z.url() });
const TokenResponseSchema = z.object({ access_token: z.string().min(1) });

const base64url = (bytes: Buffer) => bytes.toString('base64url');

export function oidcSignInAvailable({ config }: { config: Config }): boolean {
  return Boolean(config.STAFF_OIDC_CLIENT_ID && config.STAFF_OIDC_ISSUER && config.STAFF_OIDC_AUDIENCE && config.STAFF_OIDC_JWKS_URL);
}

export function registerOidcSignIn(
  server: restify.Server,
  context: { config: Config; staffAuth: StaffAuth },
  signInPage: (res: restify.Response, status: number, error?: string) => void,
): void {
  if (!oidcSignInAvailable(context)) return;
  const { config, staffAuth } = context;
  const clientId = config.STAFF_OIDC_CLIENT_ID as string;
  const issuer = (config.STAFF_OIDC_ISSUER as string).replace(/\/$/, '');
  // Registered with the provider, so it comes from configuration, never from the request's Host.
  const redirectUri = new URL(CALLBACK, config.PUBLIC_BASE_URL).toString();
  const scope = config.STAFF_OIDC_SCOPE ?? `openid profile ${config.STAFF_OIDC_AUDIENCE}/.default`;
  let discovery: Promise<z.infer<typeof DiscoverySchema>> | undefined;
  const endpoints = () => {
    discovery ??= fetch(`${issuer}/.well-known/openid-configuration`)
      .then(async (res) => DiscoverySchema.parse(await res.json()))
      .catch((err: unknown) => {
        discovery = undefined; // try again next time rather than remember a failure
        throw err;
      });
    return discovery;
  };

  server.get('/console/sign-in/oidc', async (req, res) => {
    const state = base64url(randomBytes(24));
    const verifier = base64url(randomBytes(32));
    let authorize: string;
    try {
      authorize = (await endpoints()).authorization_endpoint;
    } catch {
      return signInPage(res, 503, 'The sign-in service could not be reached. Please try again in a minute.');
    }
    const params = new URLSearchParams({
      client_id: clientId,
      response_type: 'code',
      redirect_uri: redirectUri,
      scope,
      state,
      code_challenge: base64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
    });
    // Lax, not Strict: the provider sends the browser back with a cross-site navigation.
    res.header('Set-Cookie', `${FLOW_COOKIE}=${state}.${verifier}; Path=/console/sign-in; HttpOnly; SameSite=Lax; Max-Age=600${servedOverHttps(config, req) ? '; Secure' : ''}`);
    redirect(res, `${authorize}?${params}`);
  });

  server.get(CALLBACK, async (req, res) => {
    const [state, verifier] = (requestCookie(req, FLOW_COOKIE) ?? '').split('.');
    res.header('Set-Cookie', `${FLOW_COOKIE}=; Path=/console/sign-in; HttpOnly; SameSite=Lax; Max-Age=0`);
    const query = (req.query ?? {}) as Record<string, string | undefined>;
    if (query.error) return signInPage(res, 401, `The sign-in service said: ${query.error_description ?? query.error}.`);
    if (!state || !verifier || query.state !== state || !query.code) {
      return signInPage(res, 400, 'That sign-in attempt had expired or did not start here. Please sign in again.');
    }
    let accessToken: string | undefined;
    try {
      const response = await fetch((await endpoints()).token_endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code: query.code,
          redirect_uri: redirectUri,
          client_id: clientId,
          code_verifier: verifier,
          ...(config.STAFF_OIDC_CLIENT_SECRET ? { client_secret: config.STAFF_OIDC_CLIENT_SECRET } : {}),
        }),
      });
      const parsed = TokenResponseSchema.safeParse(await response.json());
      accessToken = parsed.success ? parsed.data.access_token : undefined;
    } catch {
      return signInPage(res, 503, 'The sign-in service could not be reached. Please try again in a minute.');
    }
    const principal = await staffAuth.verify(accessToken);
    if (!accessToken || !principal) {
      return signInPage(res, 403, 'You signed in, but your account has no role in this console. Ask an administrator to assign you one.');
    }
    setSession(res, accessToken, servedOverHttps(config, req));
    // A page, not a redirect: the SameSite=Strict session cookie is only sent once the browser
    // navigates from a page of ours, not at the end of the provider's cross-site redirect chain.
    sendHtml(res, 200, renderPage('signed-in', { title: 'Signed in', name: principal.name }));
  });
}

// Staff and service authentication: OpenID Connect bearer tokens from the landlord's identity
// provider (Entra ID), checked against its JWKS; development tokens signed with a local key
// outside production; and the legacy TRIAGE_API_TOKEN as a service principal for channels.
import { randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { ConfigError, type Config } from '../../config/config';
import { tokensMatch } from '../../http/bearerToken';
import { ROLES, type Principal, type Role } from './roles';

export const DEV_ISSUER = 'urn:complaint-intake:dev-sign-in';
export const DEV_AUDIENCE = 'urn:complaint-intake:staff';
const DEV_LIFETIME = '8h';

export interface StaffAuth {
  /** The principal a token stands for, or undefined when the token is not valid here. */
  verify(token: string | undefined): Promise<Principal | undefined>;
  /** Signs a development token; undefined in production, where development sign-in does not exist. */
  readonly signDevToken: ((role: Role, name: string) => Promise<string>) | undefined;
}

const isRole = (r: unknown): r is Role => typeof r === 'string' && (ROLES as readonly string[]).includes(r);

function principalFrom(payload: JWTPayload, rolesClaim: string): Principal | undefined {
  const claimed = payload[rolesClaim];
  const roles = (Array.isArray(claimed) ? claimed : [claimed]).filter(isRole);
  if (!payload.sub || roles.length === 0) return undefined;
  const name = [payload.name, payload.preferred_username, payload.sub].find((v) => typeof v === 'string') as string;
  return { subject: payload.sub, name, roles };
}

const OIDC_SETTINGS = ['STAFF_OIDC_ISSUER', 'STAFF_OIDC_AUDIENCE', 'STAFF_OIDC_JWKS_URL'] as const;

export function createStaffAuth(config: Config): StaffAuth {
  // Half a provider configuration would silently leave staff unable to sign in: refuse to start.
  const missing = OIDC_SETTINGS.filter((name) => !config[name]);
  if (missing.length > 0 && missing.length < OIDC_SETTINGS.length) {
    throw new ConfigError(`Invalid configuration (see .env.example):\n  staff sign-in needs ${OIDC_SETTINGS.join(', ')} together; missing: ${missing.join(', ')}`);
  }
  const oidc =
    config.STAFF_OIDC_JWKS_URL && config.STAFF_OIDC_ISSUER && config.STAFF_OIDC_AUDIENCE
      ? {
          jwks: createRemoteJWKSet(new URL(config.STAFF_OIDC_JWKS_URL)),
          issuer: config.STAFF_OIDC_ISSUER,
          audience: config.STAFF_OIDC_AUDIENCE,
        }
      : undefined;
  const devKey =
    config.NODE_ENV === 'production'
      ? undefined
      : new TextEncoder().encode(config.STAFF_DEV_SIGNING_SECRET ?? randomBytes(32).toString('hex'));

  async function verifyJwt(token: string): Promise<Principal | undefined> {
    const { alg } = decodeProtectedHeader(token);
    if (alg === 'HS256') {
      if (!devKey) return undefined;
      const { payload } = await jwtVerify(token, devKey, { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp'] });
      return principalFrom(payload, 'roles');
    }
    if (!oidc) return undefined;
    const { payload } = await jwtVerify(token, oidc.jwks, { issuer: oidc.issuer, audience: oidc.audience, requiredClaims: ['exp'] });
    return principalFrom(payload, config.STAFF_ROLES_CLAIM);
  }

  return {
    async verify(token) {
      if (!token) return undefined;
      if (tokensMatch(token, config.TRIAGE_API_TOKEN)) {
        return { subject: 'triage-api-token', name: 'Triage API token', roles: ['service'] };
      }
      try {
        return await verifyJwt(token);
      } catch {
        // Expired, wrongly signed, wrong issuer or audience, malformed: all simply "not valid".
        return undefined;
      }
    },
    signDevToken: devKey
      ? (role, name) =>
          new SignJWT({ name, roles: [role] })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject(`dev:${role}:${name}`)
            .setIssuer(DEV_ISSUER)
            .setAudience(DEV_AUDIENCE)
            .setIssuedAt()
            .setExpirationTime(DEV_LIFETIME)
            .sign(devKey)
      : undefined,
  };
}

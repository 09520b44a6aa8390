// The HTTP edge of authentication: 401 without a valid token, 403 with the wrong role.
import type restify from 'restify';
import { bearerToken } from '../../http/bearerToken';
import { sendProblem } from '../../http/problem';
import type { StaffAuth } from './staffAuth';
import { hasAnyRole, type Principal, type Role } from './roles';

export const SESSION_COOKIE = 'staff_token';

/** The token a request carries: the Authorization header, or the console's session cookie. */
export function presentedToken(req: restify.Request): string | undefined {
  const header = bearerToken(req);
  if (header) return header;
  return requestCookie(req, SESSION_COOKIE);
}

/** A cookie's value from the request, if present. */
export function requestCookie(req: restify.Request, name: string): string | undefined {
  const match = new RegExp(`(?:^|;\\s*)${name}=([^;]+)`).exec(req.headers.cookie ?? '');
  return match?.[1];
}

/** What the checks need: the token verifier, nothing else. */
export interface StaffGate {
  staffAuth: Pick<StaffAuth, 'verify'>;
}

export type Authorised = { principal: Principal } | { status: 401 | 403; message: string };

export async function authorise(
  context: StaffGate,
  req: restify.Request,
  allowed: readonly Role[],
): Promise<Authorised> {
  const principal = await context.staffAuth.verify(presentedToken(req));
  if (!principal) {
    return { status: 401, message: 'Sign in: send a valid staff or service token as "Authorization: Bearer <token>".' };
  }
  if (!hasAnyRole(principal, allowed)) {
    return { status: 403, message: `This needs one of the roles ${allowed.join(', ')}; you have ${principal.roles.join(', ')}.` };
  }
  return { principal };
}

/** For JSON APIs: the principal, or undefined after answering 401/403. */
export async function requireRole(
  context: StaffGate,
  req: restify.Request,
  res: restify.Response,
  allowed: readonly Role[],
): Promise<Principal | undefined> {
  const result = await authorise(context, req, allowed);
  if ('principal' in result) return result.principal;
  if (result.status === 401) res.header('WWW-Authenticate', 'Bearer');
  sendProblem(res, result.status, result.message);
  return undefined;
}

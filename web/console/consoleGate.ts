// What every console page route does at its edge: send a page, let in the signed-in people with the
// right role (others go to sign-in or get a page saying why not), refuse forms from other sites,
// and read a posted form's fields.
import type restify from 'restify';
import type { Config } from '../../config/config';
import type { StaffAuth } from '../../staff/access/staffAuth';
import { authorise, type StaffGate } from '../../staff/access/guard';
import type { Principal, Role } from '../../staff/access/roles';
import { sendHtml } from '../../http/sendHtml';
import { redirect } from './session';
import { renderPage, type PageName } from './view';
import type { Language } from '../../templates/language';

/** What the console's routes use; time is read on every call, so tests can pin it. */
export interface ConsoleDeps {
  config: Config;
  staffAuth: StaffAuth;
  now: () => Date;
}

export function sendPage(res: restify.Response, status: number, name: PageName, data: object, language?: Language): void {
  sendHtml(res, status, renderPage(name, data, language));
}

/** The principal, or undefined after sending the visitor to sign in (401) or explaining (403). */
export async function signedIn(
  context: StaffGate,
  req: restify.Request,
  res: restify.Response,
  roles: readonly Role[],
): Promise<Principal | undefined> {
  const result = await authorise(context, req, roles);
  if ('principal' in result) return result.principal;
  if (result.status === 401) {
    redirect(res, '/console/sign-in');
    return undefined;
  }
  sendPage(res, 403, 'error', { title: 'Not allowed', heading: 'You cannot open this page', message: result.message, back: '/console', backLabel: 'Back to the console' });
  return undefined;
}

/**
 * A console form must come from the console itself: its Origin header names this server (the host
 * it was asked for, or PUBLIC_BASE_URL). A form without an Origin, or with one that is not a URL,
 * is refused: browsers send Origin with every form post, so only forged requests lack it.
 */
export function sameOrigin(req: restify.Request, publicBaseUrl: string): boolean {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === 'null') return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return url.host === req.headers.host || url.origin === new URL(publicBaseUrl).origin;
}

export const formFields = (body: unknown): Record<string, string> =>
  body && typeof body === 'object' ? Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)])) : {};

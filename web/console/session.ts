// The console session: the signed staff token in an HttpOnly, SameSite=Strict cookie.
import type restify from 'restify';
import { SESSION_COOKIE } from '../../staff/guard';

export function setSession(res: restify.Response, token: string | null): void {
  const value = token ?? '';
  const expiry = token ? '' : '; Max-Age=0';
  res.header('Set-Cookie', `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict${expiry}`);
}

export function redirect(res: restify.Response, location: string): void {
  res.writeHead(303, { Location: location });
  res.end();
}

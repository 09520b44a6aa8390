// The console session: the signed staff token in an HttpOnly, SameSite=Strict cookie, Secure
// whenever the console is reached over https (http/https.ts).
import type restify from 'restify';
import { SESSION_COOKIE } from '../../staff/access/guard';

export function setSession(res: restify.Response, token: string | null, secure: boolean): void {
  const value = token ?? '';
  const expiry = token ? '' : '; Max-Age=0';
  res.header('Set-Cookie', `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict${expiry}${secure ? '; Secure' : ''}`);
}

export function redirect(res: restify.Response, location: string): void {
  res.writeHead(303, { Location: location });
  res.end();
}

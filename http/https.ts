// Whether people reach this server over https: directly, behind a proxy that says so
// (X-Forwarded-Proto, as Azure App Service sends), or as the configured public address says.
// HSTS and the Secure flag on the console's cookie follow from it.
import type restify from 'restify';
import type { Config } from '../config/config';

export function servedOverHttps(config: Pick<Config, 'PUBLIC_BASE_URL'>, req: restify.Request): boolean {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  return forwarded === 'https' || config.PUBLIC_BASE_URL.startsWith('https:') || (req.socket as { encrypted?: boolean }).encrypted === true;
}

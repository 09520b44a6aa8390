// Errors restify raises itself (malformed JSON, unknown route, a handler that threw) answered in
// the same shape as ours. A failure of ours is logged and answered without internals; a database
// that is not answering is a 503 with Retry-After, so clients retry instead of giving up.
import type restify from 'restify';
import type { Logger } from 'pino';

const UNAVAILABLE = /Query read timeout|statement timeout|57014|ECONNREFUSED|ECONNRESET|ETIMEDOUT|terminat|Connection terminated|timeout exceeded when trying to connect|57P0[1-3]|the database system is|PGlite is clos|not queryable/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: unknown } | undefined;
  if (!e) return false;
  return UNAVAILABLE.test(`${e.code ?? ''} ${e.message ?? ''}`) || (e.cause !== undefined && isDatabaseUnavailable(e.cause));
}

export function registerErrorFormatting(server: restify.Server, { logger }: { logger: Logger }): void {
  server.on('restifyError', (req: restify.Request, res: restify.Response, err: any, callback: () => void) => {
    let status: number = typeof err.statusCode === 'number' ? err.statusCode : 500;
    let message: string = status < 500 ? String(err.body?.message ?? err.message) : 'Something went wrong on our side.';
    if (status >= 500 && isDatabaseUnavailable(err)) {
      status = 503;
      message = 'The service is temporarily unavailable. Nothing was saved; please retry shortly.';
      res.header('Retry-After', '5');
    }
    // The path only, cut short: a query string or a long path is the caller's input, not ours to log.
    if (status >= 500) logger.error({ err, method: req.method, path: (req.url ?? '').split('?')[0].slice(0, 200) }, 'request failed');
    err.statusCode = status;
    err.toJSON = () => ({ error: { status, message } });
    callback();
  });
}

// What every request passes before any route sees it, so no route can be crashed, ballooned or
// fed text the database cannot store:
// - compressed bodies are refused (415): a body that is not really gzip, or a gzip bomb, never
//   reaches a decoder, and the 1 MiB body limit counts the bytes that are parsed;
// - a parsed body nested too deep, or holding NUL or unpaired surrogates, is a 400 naming the field;
// - path parameters must be printable and short (a 400 naming the parameter);
// - security headers on every answer (routes may set a longer Cache-Control for static files).
import type restify from 'restify';
import { sendProblem } from './problem';
import { findUnsafeValue, isUnsafeText } from './unsafeText';

export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_JSON_DEPTH = 32;
const MAX_PATH_PARAMETER_LENGTH = 200;

export interface GuardOptions {
  /** Whether answers reach people over https (HSTS and Secure cookies then apply). */
  https: (req: restify.Request) => boolean;
  /** Routes (restify route paths) that check unsafe text per item themselves (the intake batch). */
  checksOwnItems: ReadonlySet<string>;
  /** Routes that read their own body (file uploads, with their own size limit): the body parser skips them. */
  readsOwnBody: ReadonlySet<string>;
}

/** The body parser's handlers, passing by the routes that read their own body. */
export function bodyParserExcept(options: GuardOptions, parser: restify.RequestHandler[]): restify.RequestHandler[] {
  return parser.map((handler) => (req: restify.Request, res: restify.Response, next: restify.Next) => {
    const route = req.getRoute()?.path;
    if (typeof route === 'string' && options.readsOwnBody.has(route)) return next();
    return handler(req, res, next);
  });
}

export function registerRequestGuards(server: restify.Server, options: GuardOptions): void {
  server.pre((req, res, next) => {
    // Personal data may be in any answer; a static file opts into caching itself.
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with every form
    // post, and the console refuses forms whose Origin is not its own. No referrer leaves the site.
    res.setHeader('Referrer-Policy', 'same-origin');
    if (options.https(req)) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity' && encoding !== '') {
      res.header('Accept-Encoding', 'identity');
      sendProblem(res, 415, 'Send the body uncompressed: Content-Encoding is not accepted.', {
        issues: [{ path: 'Content-Encoding', message: 'compressed bodies are not accepted' }],
      });
      return next(false);
    }
    return next();
  });
}

/** Registered after the body parser: checks path parameters and the parsed body. */
export function registerBodyGuards(server: restify.Server, options: GuardOptions): void {
  server.use((req, res, next) => {
    for (const [name, value] of Object.entries(req.params ?? {})) {
      if (typeof value !== 'string') continue;
      if (value.length > MAX_PATH_PARAMETER_LENGTH || isUnsafeText(value) || /[\x00-\x1f\x7f]/.test(value)) {
        sendProblem(res, 400, `The path parameter ${name} is not valid.`, {
          issues: [{ path: name, message: `must be at most ${MAX_PATH_PARAMETER_LENGTH} printable characters` }],
        });
        return next(false);
      }
    }
    const route = req.getRoute()?.path;
    if (req.body === undefined || (typeof route === 'string' && options.checksOwnItems.has(route))) return next();
    const found = findUnsafeValue(req.body, MAX_JSON_DEPTH);
    if (found) {
      sendProblem(res, 400, `The request body is not valid: ${found.path}: ${found.message}`, { issues: [found] });
      return next(false);
    }
    return next();
  });
}

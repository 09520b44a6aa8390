// The tenant's chat page: GET / (with the landlord's name, in English, with every language's words
// as data for the page to switch to), its scripts and styles, and the official Web Chat bundle
// served from node_modules, so the page works with no CDN.
import { resolveLandlord, type Landlord } from '../cases/landlord';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Handlebars from 'handlebars';
import type restify from 'restify';
import type { Config } from '../config/config';
import { DEFAULT_PAGE_LANGUAGE, jsonForScriptBlock, loadPageText, pageTextData, pageTitle } from './pageText';

const WEBCHAT_BUNDLE = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');

// Web Chat styles itself with inline <style> elements, hence 'unsafe-inline' for styles only.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https://directline.botframework.com wss://directline.botframework.com",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

interface StaticFile {
  body: Buffer;
  gzipped: Buffer;
  contentType: string;
  cacheControl: string;
}

export function registerWebChatPage(server: restify.Server, { config }: { config: Config }): void {
  const page = Handlebars.compile(readFileSync(join(__dirname, 'index.html'), 'utf8'));
  // The page names the landlord from configuration; it changes only on restart, so render once.
  const landlord = (resolveLandlord(config) as Landlord).name;
  const text = loadPageText(DEFAULT_PAGE_LANGUAGE);
  const html = page({ landlordName: landlord, text, title: pageTitle(text, landlord), pageTextJson: jsonForScriptBlock(pageTextData(landlord)) });
  const index = staticFile(html, 'text/html; charset=utf-8', 'no-cache');
  const script = (name: string) => once(() => staticFile(readFileSync(join(__dirname, name)), 'text/javascript; charset=utf-8', 'no-cache'));
  const files: Record<string, () => StaticFile> = {
    '/': () => index,
    '/pageLanguage.js': script('pageLanguage.js'),
    '/reconnectingDirectLine.js': script('reconnectingDirectLine.js'),
    '/chat.js': script('chat.js'),
    '/chat.css': once(() => staticFile(readFileSync(join(__dirname, 'chat.css')), 'text/css; charset=utf-8', 'no-cache')),
    // The bundle only changes with the package version: let browsers keep it for a day.
    '/webchat/webchat.js': once(() =>
      staticFile(readFileSync(WEBCHAT_BUNDLE), 'text/javascript; charset=utf-8', 'public, max-age=86400'),
    ),
  };
  for (const [path, file] of Object.entries(files)) {
    server.get(path, async (req, res) => {
      const { body, gzipped, contentType, cacheControl } = file();
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'Content-Type': contentType,
        'Cache-Control': cacheControl,
        'Content-Length': (gzip ? gzipped : body).length,
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        Vary: 'Accept-Encoding',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      });
      res.end(gzip ? gzipped : body);
    });
  }
}

function staticFile(content: string | Buffer, contentType: string, cacheControl: string): StaticFile {
  const body = Buffer.from(content);
  return { body, gzipped: gzipSync(body), contentType, cacheControl };
}

/** Reads and compresses a file on first request only, so start-up stays fast. */
function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

import type restify from 'restify';

export function sendHtml(res: restify.Response, status: number, html: string): void {
  res.sendRaw(status, html, {
    'Content-Type': 'text/html; charset=utf-8',
    // Pages carry tenant-written text: no inline script may run, whatever slipped through. Inline
    // styles are allowed so a downloaded letter prints the same without the console's stylesheet.
    'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
  });
}

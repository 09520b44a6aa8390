// The body of an upload route, read by the route itself: the server's body parser (1 MiB, JSON and
// forms) skips these routes (GuardOptions.readsOwnBody), so a file up to its own limit arrives as
// bytes. A body over the limit is not kept in memory: it is read to its end (up to a bound) and
// thrown away, so the client hears the 413 instead of a reset connection.
import type { IncomingMessage } from 'node:http';

export type UploadBody = { kind: 'read'; bytes: Buffer } | { kind: 'too_large' } | { kind: 'aborted' };

/** Past this many times the limit, the connection is cut rather than drained. */
const DRAIN_FACTOR = 4;

export function readUploadBody(req: IncomingMessage, maxBytes: number): Promise<UploadBody> {
  const declared = Number(req.headers['content-length']);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const settle = (result: UploadBody) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    if (Number.isFinite(declared) && declared > maxBytes * DRAIN_FACTOR) {
      req.destroy();
      return settle({ kind: 'too_large' });
    }
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) chunks.push(chunk);
      else if (received > maxBytes * DRAIN_FACTOR) {
        req.destroy();
        settle({ kind: 'too_large' });
      }
    });
    req.on('end', () => settle(received > maxBytes ? { kind: 'too_large' } : { kind: 'read', bytes: Buffer.concat(chunks) }));
    req.on('error', () => settle({ kind: 'aborted' }));
    req.on('close', () => settle({ kind: 'aborted' }));
  });
}

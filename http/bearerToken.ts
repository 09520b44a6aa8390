// A shared bearer token for service-to-service calls, compared in constant time.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Request } from 'restify';

export function bearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
  return match?.[1];
}

/** True when `presented` equals `expected`; hashing first makes the comparison length-independent. */
export function tokensMatch(presented: string | undefined, expected: string | undefined): boolean {
  if (!presented || !expected) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

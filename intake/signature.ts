// Per-channel request signing: `X-Intake-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw
// body>">` with `X-Intake-Timestamp: <Unix seconds>`. The timestamp is inside the signed text and
// must be within five minutes, so a captured request cannot be replayed later.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface SignedRequest {
  channel: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
}

export type SignatureCheck = { ok: true } | { ok: false; message: string };

export function signatureFor(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
}

/** Checks a request against its channel's secret; every failure says what to fix, never the secret. */
export function checkSignature(
  secrets: Readonly<Record<string, string | undefined>>,
  request: SignedRequest,
  now: Date,
): SignatureCheck {
  const secret = secrets[request.channel];
  if (!secret) {
    return { ok: false, message: `Channel "${request.channel}" is not configured on this server (INTAKE_CHANNEL_SECRETS).` };
  }
  if (!request.timestamp || !/^\d{1,12}$/.test(request.timestamp)) {
    return { ok: false, message: 'Send X-Intake-Timestamp: the current Unix time in seconds.' };
  }
  if (Math.abs(now.getTime() / 1000 - Number(request.timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    return { ok: false, message: 'X-Intake-Timestamp is more than 5 minutes from our clock: sign each request when you send it.' };
  }
  if (!request.signature) {
    return { ok: false, message: 'Send X-Intake-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>"> with the channel\'s secret.' };
  }
  const expected = Buffer.from(signatureFor(secret, request.timestamp, request.rawBody));
  const presented = Buffer.from(request.signature.trim().toLowerCase());
  // timingSafeEqual needs equal lengths; the length of a well-formed signature is public anyway.
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    return { ok: false, message: `X-Intake-Signature does not match this body signed with the "${request.channel}" secret.` };
  }
  return { ok: true };
}

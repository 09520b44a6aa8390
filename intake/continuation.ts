// The one-time link that lets the person behind a forwarded message carry on privately in the
// web chat (Greatwell 2.3) with the same intake record. The token is derived from the channel's
// secret and the intake id, so a redelivery answers with the same link; only its hash is stored,
// and redeeming it marks it used in the same statement, so it works once, then never again.
import { createHash, createHmac } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../store/database';
import type { IntakeRecord } from '../store/intakeWrite';
import { intakeMessages } from '../store/schema';

export type { IntakeRecord };

/** How long a continuation link works: long enough for a reply read days later. */
export const CONTINUATION_DAYS = 14;

export function continuationToken(channelSecret: string, intakeId: string): string {
  return createHmac('sha256', channelSecret).update(`continuation:${intakeId}`).digest('base64url');
}

export function continuationHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function continuationExpiry(receivedOrCreated: Date): Date {
  return new Date(receivedOrCreated.getTime() + CONTINUATION_DAYS * 24 * 60 * 60 * 1000);
}

export function continueUrl(publicBaseUrl: string, token: string): string {
  const url = new URL(publicBaseUrl);
  url.searchParams.set('continue', token);
  return url.toString();
}

/** The intake record the token belongs to, the first time it is presented before it expires; otherwise undefined. */
export async function redeemContinuation(db: Db, token: string, now: Date): Promise<IntakeRecord | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const [row] = await db
    .update(intakeMessages)
    .set({ continuedAt: now })
    .where(
      and(
        eq(intakeMessages.continuationHash, continuationHash(token)),
        isNull(intakeMessages.continuedAt),
        gt(intakeMessages.continuationExpiresAt, now),
      ),
    )
    .returning();
  return row;
}

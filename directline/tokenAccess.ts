// Who may reach a Direct Line conversation, decided from what the store found: pure, so the
// 401 / 403 / 404 rules sit in one place whatever the storage.
import { createHash } from 'node:crypto';

export type Access<C> = { ok: true; conversation: C } | { ok: false; status: 401 | 403 | 404; message: string };

/** A token's row, found by the token's hash. */
export interface TokenGrant {
  conversationId: string;
  expiresAt: Date;
}

export const TOKEN_REQUIRED: Access<never> = {
  ok: false,
  status: 401,
  message: 'A Bearer token is required (Authorization: Bearer <token>).',
};

const UNKNOWN_CONVERSATION: Access<never> = {
  ok: false,
  status: 404,
  message: 'There is no such conversation (it may have ended).',
};

const INVALID_TOKEN: Access<never> = {
  ok: false,
  status: 403,
  message: 'The token is not valid or has expired; get a new one.',
};

const OTHER_CONVERSATION: Access<never> = { ok: false, status: 403, message: 'The token is for a different conversation.' };

/**
 * The conversation a token opens. `wanted` is the conversation the request names (undefined when
 * the token alone chooses it): unknown → 404, unknown or expired token → 403, token for another → 403.
 */
export function accessFor<C extends { id: string }>(
  found: { conversation: C | undefined; grant: TokenGrant | undefined },
  now: Date,
  wanted?: string,
): Access<C> {
  const { conversation, grant } = found;
  if (!conversation) return wanted === undefined ? INVALID_TOKEN : UNKNOWN_CONVERSATION;
  if (!grant || grant.expiresAt.getTime() <= now.getTime()) return INVALID_TOKEN;
  if (grant.conversationId !== conversation.id) return OTHER_CONVERSATION;
  return { ok: true, conversation };
}

// Only hashes are stored, so a copy of the database (or a debugger) never shows a usable token.
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

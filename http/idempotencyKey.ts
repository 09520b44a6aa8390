// The Idempotency-Key request header, shared by every route that opens a case: a client that retries
// with the same key gets the same case (IETF draft "The Idempotency-Key HTTP Header Field").
import type { HeaderParameter } from './routeTable';

const IDEMPOTENCY_KEY = /^[\w.:-]{1,200}$/;

export const IDEMPOTENCY_KEY_RULE = '1-200 letters, digits, ".", ":", "_" or "-"';

/** The header as a route documents it. */
export function idempotencyKeyHeader(description: string): HeaderParameter {
  return { name: 'Idempotency-Key', required: false, description: `${IDEMPOTENCY_KEY_RULE}; ${description}` };
}

/** The key when it is well formed, `undefined` when none was sent, `false` when it is malformed. */
export function idempotencyKeyOf(value: string | undefined): string | undefined | false {
  if (value === undefined) return undefined;
  return IDEMPOTENCY_KEY.test(value) ? value : false;
}

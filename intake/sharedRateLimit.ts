// The rate limiter replicas share on a PostgreSQL server: one row per (scope, key) in
// rate_limit_buckets (migrations/0015_replica_shared_state.sql), refilled and taken from in ONE
// statement, so concurrent takes on any replica serialise on the row and the sum is what is limited.
// A table of our own rather than a library's store: one round trip per take, its DDL in our
// migrations (nothing created at run time), and the same pool and statement timeout as every query.
import { sql } from 'drizzle-orm';
import { executeNamed, type Db } from '../store/database';
import type { RateLimiter } from './rateLimit';

/** Every this many takes, a replica deletes the scope's buckets that have refilled (a minute untouched). */
const FORGET_EVERY = 1000;

/** The wait before enough tokens have refilled; a request larger than the whole allowance waits for a full bucket. */
export function retryAfterSeconds(count: number, tokens: number, perMinute: number): number {
  const wanted = Math.min(count, perMinute) - tokens;
  return Math.max(1, Math.ceil((wanted * 60) / perMinute));
}

export function sharedRateLimiter(db: Db, scope: string, perMinute: number): RateLimiter {
  const perMs = perMinute / 60_000;
  let takes = 0;
  return {
    async take(key, count, now) {
      const at = now.getTime();
      // The tokens there are now: what was left, plus what refilled since, up to a full bucket.
      const available = sql`least(${perMinute}::float8, b.tokens + greatest(0, ${at}::float8 - b.at_ms) * ${perMs}::float8)`;
      const [row] = await executeNamed<{ tokens: number | string; allowed: boolean }>(db, 'rate_limit_take', sql`
        INSERT INTO rate_limit_buckets AS b (scope, key, tokens, at_ms, allowed)
        VALUES (${scope}, ${key}, ${perMinute >= count ? perMinute - count : perMinute}, ${at}, ${perMinute >= count})
        ON CONFLICT (scope, key) DO UPDATE SET
          tokens = ${available} - CASE WHEN ${available} >= ${count} THEN ${count} ELSE 0 END,
          at_ms = greatest(b.at_ms, ${at}::float8),
          allowed = ${available} >= ${count}
        RETURNING tokens, allowed`);
      takes += 1;
      if (takes % FORGET_EVERY === 0) {
        void db.execute(sql`DELETE FROM rate_limit_buckets WHERE scope = ${scope} AND at_ms < ${at - 60_000}`).catch(() => undefined);
      }
      return row.allowed ? { allowed: true } : { allowed: false, retryAfterSeconds: retryAfterSeconds(count, Number(row.tokens), perMinute) };
    },
  };
}

// A token bucket per key (a channel, or a client address): each key may take `perMinute` a minute
// on average, with bursts up to the same number. On a PostgreSQL server the buckets are rows every
// replica takes from (intake/sharedRateLimit.ts), so the sum over replicas is what is limited; on
// PGlite (one process) they are in memory. Keys whose bucket has refilled are forgotten, so many
// addresses cannot grow the map (or the table) without bound.
import type { Database } from '../store/database';
import { retryAfterSeconds, sharedRateLimiter } from './sharedRateLimit';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes `count` from the key's allowance at time `now`, or says when to retry. */
  take(key: string, count: number, now: Date): Promise<RateDecision>;
}

/** The limiter for `scope` ("intake", "webchat-token"): shared on a server, in memory on PGlite. */
export function createRateLimiter(database: Database, scope: string, perMinute: number): RateLimiter {
  return database.kind === 'postgres' ? sharedRateLimiter(database.db, scope, perMinute) : memoryRateLimiter(perMinute);
}

export function memoryRateLimiter(perMinute: number): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const forgetRefilled = (at: number) => {
    for (const [key, bucket] of buckets) if (at - bucket.at >= 60_000) buckets.delete(key);
  };
  return {
    async take(key, count, now) {
      const at = now.getTime();
      if (buckets.size >= 10_000) forgetRefilled(at);
      const bucket = buckets.get(key) ?? { tokens: perMinute, at };
      const tokens = Math.min(perMinute, bucket.tokens + Math.max(0, at - bucket.at) * perMs);
      if (tokens >= count) {
        buckets.set(key, { tokens: tokens - count, at });
        return { allowed: true };
      }
      buckets.set(key, { tokens, at });
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(count, tokens, perMinute) };
    },
  };
}

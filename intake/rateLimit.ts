// A token bucket per key (a channel, or a client address): each key may take `perMinute` a minute
// on average, with bursts up to the same number. In memory, per process: it protects this instance
// from a runaway integration or client, not a global quota. Keys whose bucket has refilled are
// forgotten, so many addresses cannot grow the map without bound.

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Takes `count` messages from the channel's allowance at time `now`, or says when to retry. */
  take(channel: string, count: number, now: Date): RateDecision;
}

export function createRateLimiter(perMinute: number): RateLimiter {
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const forgetRefilled = (at: number) => {
    for (const [key, bucket] of buckets) if (at - bucket.at >= 60_000) buckets.delete(key);
  };
  return {
    take(channel, count, now) {
      const at = now.getTime();
      if (buckets.size >= 10_000) forgetRefilled(at);
      const bucket = buckets.get(channel) ?? { tokens: perMinute, at };
      const tokens = Math.min(perMinute, bucket.tokens + Math.max(0, at - bucket.at) * perMs);
      if (tokens >= count) {
        buckets.set(channel, { tokens: tokens - count, at });
        return { allowed: true };
      }
      buckets.set(channel, { tokens, at });
      // A request larger than the whole allowance waits for a full bucket; the message says to split it.
      const wanted = Math.min(count, perMinute) - tokens;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wanted / perMs / 1000)) };
    },
  };
}

-- What replicas on one PostgreSQL server share beyond the data itself (the README's "Two or more
-- instances"): rate-limit allowances, so the sum over replicas is what is limited,
-- and scheduled jobs, so exactly one replica runs each one when it falls due. PGlite (one process)
-- keeps both in memory and never reads these tables.

-- A token bucket per (scope, key): `tokens` left at `at_ms` (milliseconds since the epoch); the
-- refill is worked out from the elapsed time in the same statement that takes from it.
CREATE TABLE rate_limit_buckets (
  scope    text             NOT NULL,
  key      text             NOT NULL,
  tokens   double precision NOT NULL,
  at_ms    double precision NOT NULL,
  -- Whether the last take was allowed: the one statement that takes also says so.
  allowed  boolean          NOT NULL,
  PRIMARY KEY (scope, key)
);

-- One row per recurring job. A replica claims a due job by taking its row (FOR UPDATE SKIP LOCKED)
-- and leasing it until `leased_until`; a replica that dies mid-run leaves a lease that expires, so
-- another retries the job. A failed run is retried after a back-off, counting `failures`.
CREATE TABLE scheduled_jobs (
  name          text        PRIMARY KEY,
  every_ms      bigint      NOT NULL CHECK (every_ms > 0),
  due_at        timestamptz NOT NULL,
  leased_until  timestamptz,
  runs          bigint      NOT NULL DEFAULT 0,
  failures      integer     NOT NULL DEFAULT 0,
  last_error    text,
  last_run_at   timestamptz
);

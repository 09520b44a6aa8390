// Recurring work (the quick-fix sweep now; hazard reminders and retention take the same shape).
// On a PostgreSQL server every replica polls one job table (migrations/0015_replica_shared_state.sql)
// and claims a due job with FOR UPDATE SKIP LOCKED under a lease, so exactly one replica runs each
// due job; a failed run is retried after a back-off, and a replica that dies mid-run leaves a lease
// that expires, so another retries. PGlite is one process: there each job is an in-process timer.
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { rowsOf, type Database, type Db } from './database';

export interface ScheduledJob {
  /** Unique across the product: the job table's key. */
  readonly name: string;
  readonly everyMinutes: number;
  run(): Promise<void>;
}

export interface Scheduler {
  /** Stops polling and waits for a run in progress, so the database can then be closed. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  logger: Logger;
  /** How often a replica looks for a due job on a server. */
  pollMs?: number;
  /** How long a claimed job is leased to its replica before another may retry it. */
  leaseMs?: number;
}

export const DEFAULT_POLL_MS = 5_000;
const DEFAULT_LEASE_MS = 10 * 60_000;
/** A failed run is retried after 30 s, doubling with each failure, never later than its interval. */
const FIRST_RETRY_MS = 30_000;

/** Runs every job now (or, on a server, when it falls due) and then every `everyMinutes`. */
export function startScheduledJobs(database: Database, jobs: readonly ScheduledJob[], options: SchedulerOptions): Scheduler {
  if (jobs.length === 0) return { stop: async () => {} };
  return database.kind === 'postgres' ? sharedSchedule(database.db, jobs, options) : inProcessSchedule(jobs, options.logger);
}

function inProcessSchedule(jobs: readonly ScheduledJob[], logger: Logger): Scheduler {
  const running = new Map<string, Promise<void>>();
  const run = (job: ScheduledJob) => {
    // A run that outlasts the interval is not overlapped: two runs would race for the same rows.
    if (running.has(job.name)) return;
    running.set(
      job.name,
      job
        .run()
        .then(() => logger.debug({ job: job.name }, 'scheduled job ran'))
        .catch((err: unknown) => logger.error({ err, job: job.name }, 'scheduled job failed; it runs again at the next interval'))
        .finally(() => running.delete(job.name)),
    );
  };
  const timers = jobs.map((job) => {
    const timer = setInterval(() => run(job), job.everyMinutes * 60_000);
    timer.unref();
    run(job);
    return timer;
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}

function sharedSchedule(db: Db, jobs: readonly ScheduledJob[], options: SchedulerOptions): Scheduler {
  const { logger, pollMs = DEFAULT_POLL_MS, leaseMs = DEFAULT_LEASE_MS } = options;
  const byName = new Map(jobs.map((j) => [j.name, j]));
  const names = sql.join(jobs.map((j) => sql`${j.name}`), sql`, `);
  let stopped = false;
  // A new job is due at once; a known one keeps its due time, whichever replica set it.
  const upsert = sql`INSERT INTO scheduled_jobs (name, every_ms, due_at) VALUES ${sql.join(
    jobs.map((j) => sql`(${j.name}, ${j.everyMinutes * 60_000}, now())`),
    sql`, `,
  )} ON CONFLICT (name) DO UPDATE SET every_ms = EXCLUDED.every_ms`;
  let registered = false;

  /** Claims and runs due jobs, one at a time, until none is due. */
  const poll = async (): Promise<void> => {
    if (!registered) {
      await db.execute(upsert);
      registered = true;
    }
    // The poll under way when stop() is called finishes the job it claimed, then no more.
    do {
      const claimed = await db.execute(sql`
        UPDATE scheduled_jobs SET leased_until = now() + ${leaseMs}::float8 * interval '1 millisecond'
        WHERE name = (
          SELECT name FROM scheduled_jobs
          WHERE name IN (${names}) AND due_at <= now() AND (leased_until IS NULL OR leased_until < now())
          ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING name, due_at, failures`);
      const [row] = rowsOf<{ name: string; due_at: string | Date; failures: number }>(claimed);
      if (!row) return;
      const job = byName.get(row.name) as ScheduledJob;
      try {
        await job.run();
        await db.execute(sql`
          UPDATE scheduled_jobs SET due_at = now() + every_ms * interval '1 millisecond', leased_until = NULL,
            runs = runs + 1, failures = 0, last_error = NULL, last_run_at = now()
          WHERE name = ${job.name}`);
        logger.info({ job: job.name, dueAt: new Date(row.due_at).toISOString() }, 'scheduled job ran');
      } catch (err) {
        const retryMs = Math.min(job.everyMinutes * 60_000, FIRST_RETRY_MS * 2 ** Math.min(row.failures, 16));
        await db.execute(sql`
          UPDATE scheduled_jobs SET due_at = now() + ${retryMs}::float8 * interval '1 millisecond', leased_until = NULL,
            failures = failures + 1, last_error = ${err instanceof Error ? err.message : String(err)}
          WHERE name = ${job.name}`);
        logger.error({ err, job: job.name, retryInSeconds: retryMs / 1000 }, 'scheduled job failed; retried after a back-off');
      }
    } while (!stopped);
  };

  let running: Promise<void> | undefined;
  const tick = () => {
    if (running || stopped) return;
    running = poll()
      .catch((err: unknown) => logger.error({ err }, 'looking for due jobs failed; trying again at the next poll'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, pollMs);
  timer.unref();
  tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

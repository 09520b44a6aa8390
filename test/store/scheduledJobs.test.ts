// Scheduled jobs: on a PostgreSQL server one replica runs each due job, and a failed run is
// retried after a back-off; on PGlite (one process) each job runs at start and on its timer.
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Database } from '../../store/database';
import { startScheduledJobs, type ScheduledJob } from '../../store/scheduledJobs';
import { createLogger } from '../../server/logger';
import { availableStores, openTestDatabase, type TestDatabase } from '../support/testDatabase';

const logger = createLogger({ level: 'silent', redactText: (t) => t });

function countingJob(name: string, fail = false): ScheduledJob & { runs: number } {
  const job = {
    name,
    everyMinutes: 15,
    runs: 0,
    async run() {
      job.runs += 1;
      if (fail) throw new Error('the job failed');
    },
  };
  return job;
}

describe.each(availableStores)('scheduled jobs on %s', (kind) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
  });
  afterAll(() => testDb.dispose());

  it('runs a job when the scheduler starts, and stop() waits for the run', async () => {
    const job = countingJob('at-start');
    await startScheduledJobs(testDb.database, [job], { logger }).stop();
    expect(job.runs).toBe(1);
  });

  if (kind !== 'postgres') return;

  const jobRow = async (name: string) =>
    rowsOf<{ runs: number; failures: number; last_error: string | null; retry_in: number }>(
      await testDb.database.db.execute(
        sql`SELECT runs::int, failures, last_error, extract(epoch FROM due_at - now())::float8 AS retry_in FROM scheduled_jobs WHERE name = ${name}`,
      ),
    )[0];

  it('two replicas starting together: the due job runs once', async () => {
    const other: Database = await openDatabase({ databaseUrl: testDb.env.DATABASE_URL, schemaName: testDb.env.DATABASE_SCHEMA, dataDir: '' });
    try {
      const [a, b] = [countingJob('once'), countingJob('once')];
      const schedulers = [startScheduledJobs(testDb.database, [a], { logger }), startScheduledJobs(other, [b], { logger })];
      await Promise.all(schedulers.map((s) => s.stop()));
      expect(a.runs + b.runs).toBe(1);
      expect((await jobRow('once')).runs).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('a failed run is recorded and retried after a back-off, not at once', async () => {
    const job = countingJob('fails', true);
    await startScheduledJobs(testDb.database, [job], { logger }).stop();
    expect(job.runs).toBe(1);
    const row = await jobRow('fails');
    expect(row).toMatchObject({ runs: 0, failures: 1, last_error: 'the job failed' });
    expect(row.retry_in).toBeGreaterThan(25);
    expect(row.retry_in).toBeLessThanOrEqual(30);
  });
});

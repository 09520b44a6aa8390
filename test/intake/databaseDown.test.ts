// With the database gone mid-request the answer is 503 + Retry-After and nothing is half-written:
// the intake record and its case are one transaction. Real PostgreSQL: the request is held inside
// its transaction by a lock, then its connections are terminated. PGlite: the database is closed.
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { openDatabase } from '../../store/database';
import { startTestApp } from '../support/testApp';
import { intakeEnv, message, signedPost } from './signedPost';

const counts = (schema: string, messageId: string) => `
  SELECT (SELECT count(*) FROM "${schema}".intake_messages WHERE message_id = '${messageId}')::int AS intake,
         (SELECT count(*) FROM "${schema}".cases WHERE idempotency_key = 'intake:facebook:${messageId}')::int AS cases`;

const serverUrl = process.env.DATABASE_URL;
(serverUrl ? describe : describe.skip)('with real PostgreSQL stopped mid-request', () => {
  it('answers 503 with Retry-After, writes nothing, and a redelivery then completes', async () => {
    const appName = `intake_down_${randomUUID().slice(0, 8)}`;
    const url = new URL(serverUrl as string);
    url.searchParams.set('application_name', appName);
    const t = await startTestApp(intakeEnv({ DATABASE_URL: url.toString() }), 'postgres');
    const schema = t.app.context.config.DATABASE_SCHEMA as string;
    const admin = new Pool({ connectionString: serverUrl, max: 2 });
    const locker = await admin.connect();
    try {
      const m = message();
      await locker.query('BEGIN');
      // The request's transaction inserts its intake row, then waits here to number its case.
      await locker.query(`LOCK TABLE "${schema}".reference_counters IN ACCESS EXCLUSIVE MODE`);
      const pending = signedPost(`${t.baseUrl}/api/intake/messages`, m, 'facebook');
      for (let waiting = 0; waiting === 0; ) {
        await new Promise((r) => setTimeout(r, 20));
        const { rows } = await admin.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock'`,
          [appName],
        );
        waiting = rows[0].n;
      }
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [appName]);
      const res = await pending;
      await locker.query('ROLLBACK');

      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect((await res.json()).error.message).toMatch(/Nothing was saved/);
      expect((await admin.query(counts(schema, m.messageId as string))).rows[0]).toEqual({ intake: 0, cases: 0 });

      const retry = await signedPost(`${t.baseUrl}/api/intake/messages`, m, 'facebook');
      expect(retry.status).toBe(201);
      expect((await admin.query(counts(schema, m.messageId as string))).rows[0]).toEqual({ intake: 1, cases: 1 });
    } finally {
      locker.release();
      await admin.end();
      await t.stop();
    }
  });
});

describe('with PGlite closed', () => {
  it('answers 503 with Retry-After for a single message and for a batch, and writes nothing', async () => {
    const t = await startTestApp(intakeEnv(), 'pglite');
    const dataDir = t.app.context.config.DATA_DIR;
    const m = message();
    const inFlight = signedPost(`${t.baseUrl}/api/intake/messages`, message(), 'facebook');
    await t.app.context.database.close();
    // Whichever way the race went, the message in flight is all there or not there at all.
    expect([201, 503]).toContain((await inFlight).status);

    const res = await signedPost(`${t.baseUrl}/api/intake/messages`, m, 'facebook');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const batch = await signedPost(`${t.baseUrl}/api/intake/messages:batch`, { channel: 'facebook', messages: [message(), message()] }, 'facebook');
    expect(batch.status).toBe(503);
    expect((await batch.json()).results.map((r: { status: number }) => r.status)).toEqual([503, 503]);

    t.app.server.close();
    t.app.server.server.closeAllConnections();
    const reopened = await openDatabase({ dataDir });
    try {
      const inconsistent = await reopened.db.execute(
        'SELECT count(*)::int AS n FROM intake_messages i LEFT JOIN cases c ON c.id = i.case_id WHERE (i.status = \'case_opened\') <> (c.id IS NOT NULL)' as never,
      );
      expect((inconsistent as unknown as { rows: { n: number }[] }).rows[0].n).toBe(0);
      const rows = await reopened.db.execute(counts('public', m.messageId as string) as never);
      expect((rows as unknown as { rows: unknown[] }).rows[0]).toEqual({ intake: 0, cases: 0 });
    } finally {
      await reopened.close();
    }
  });
});

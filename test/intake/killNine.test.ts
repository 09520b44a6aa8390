// kill -9 in the middle of forwarded messages, on each store: every message that was acknowledged
// is there after the restart, and the channel's retries (same messageId) make exactly one record
// each. On the embedded store, a second process on the same folder is refused while the first runs.
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../store/database';
import { availableStores, testStoreEnv } from '../support/testDatabase';
import { runEntryPoint, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { intakeEnv, message, signedPost } from './signedPost';

const MESSAGES = 60;

describe.each(availableStores)('kill -9 during intake (%s)', (kind) => {
  const store = testStoreEnv(kind);
  const env = intakeEnv({ ...store.env, INTAKE_RATE_PER_MINUTE: '100000' });
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    await store.dispose();
  });

  it('loses no acknowledged message and retries make one record each', async () => {
    server = await startServerProcess(env, 180_000);
    const messages = Array.from({ length: MESSAGES }, () => message());
    const acknowledged = new Map<string, string>();
    const send = async (baseUrl: string, m: Record<string, unknown>) => {
      try {
        const res = await signedPost(`${baseUrl}/api/intake/messages`, m, 'facebook');
        if (res.status === 201 || res.status === 200) return (await res.json()).intakeId as string;
      } catch {
        // the connection died with the process: not acknowledged
      }
      return undefined;
    };
    const first = server;
    // Four senders in parallel; the process is killed once a third of the messages are acknowledged.
    let next = 0;
    let killed: Promise<unknown> | undefined;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < messages.length) {
          const m = messages[next++];
          const id = await send(first.baseUrl, m);
          if (id) acknowledged.set(m.messageId as string, id);
          if (!killed && acknowledged.size >= MESSAGES / 3) killed = first.stop('SIGKILL');
          if (killed) return;
        }
      }),
    );
    await killed;
    expect(acknowledged.size).toBeGreaterThanOrEqual(MESSAGES / 3);

    server = await startServerProcess(env, 180_000);
    const second = server;
    // The channel retries everything it sent (it cannot know what was saved).
    for (const m of messages) {
      const res = await signedPost(`${second.baseUrl}/api/intake/messages`, m, 'facebook');
      expect([200, 201]).toContain(res.status);
      const body = await res.json();
      if (acknowledged.has(m.messageId as string)) {
        expect([res.status, body.intakeId]).toEqual([200, acknowledged.get(m.messageId as string)]);
      }
    }
    await second.stop();
    server = undefined;

    const database = await openDatabase({ databaseUrl: store.env.DATABASE_URL, schemaName: store.env.DATABASE_SCHEMA, dataDir: store.env.DATA_DIR ?? '' });
    try {
      const ids = messages.map((m) => m.messageId as string);
      const rows = (await database.db.execute(
        sql`SELECT message_id, count(*)::int AS n FROM intake_messages WHERE channel = 'facebook' GROUP BY message_id`,
      )) as unknown as { rows: Array<{ message_id: string; n: number }> };
      const counts = new Map(rows.rows.map((r) => [r.message_id, Number(r.n)]));
      expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);
    } finally {
      await database.close();
    }
  }, 600_000);

  if (kind === 'pglite') {
    it('refuses a second process on the same data folder, naming the folder', async () => {
      server = await startServerProcess(env, 180_000);
      const second = runEntryPoint(env);
      let output = '';
      second.stderr?.on('data', (c: Buffer) => (output += c.toString()));
      second.stdout?.on('data', (c: Buffer) => (output += c.toString()));
      const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
      expect(code).not.toBe(0);
      expect(output).toContain(`is in use by another process`);
      expect(output).toContain(store.env.DATA_DIR as string);
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    }, 300_000);
  }
});

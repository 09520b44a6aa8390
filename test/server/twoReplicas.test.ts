// Two replicas of the product, as two real processes on one PostgreSQL database, behave as one:
// a tenant's turns may land on either (and two of one conversation never run at once), a channel's redeliveries on both, a rate limit is their sum,
// a scheduled job runs once, and staff racing on the same case version get one 200 and one 409.
// PGlite is single-process (one folder, one process), so this runs only when DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { messageActivity, startCaptureConnector } from '../support/captureConnector';
import { botTexts, pollActivities, postMessage, startDirectLineConversation, type WireActivity } from '../support/directLineClient';
import { exampleCase } from '../support/fixtures';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';
import { answerFor, COMPLAINANT } from '../support/tenantPersona';
import { testStoreEnv } from '../support/testDatabase';
import { intakeEnv, message, signedPost } from '../intake/signedPost';

const onServer = process.env.DATABASE_URL !== undefined;
const TITLE = onServer
  ? 'two replicas on one PostgreSQL database'
  : 'two replicas — SKIPPED: set DATABASE_URL to a PostgreSQL server (PGlite is single-process, one replica only)';

const INTAKE_RATE = 300;

(onServer ? describe : describe.skip)(TITLE, () => {
  const store = onServer ? testStoreEnv('postgres') : undefined;
  let replicas: ServerProcess[];
  let pool: Pool;
  const replica = (i: number) => replicas[i % replicas.length];

  beforeAll(async () => {
    const env = {
      ...store!.env,
      ...intakeEnv({ INTAKE_RATE_PER_MINUTE: String(INTAKE_RATE) }),
      STAFF_DEV_SIGNING_SECRET: 'two-replicas-dev-signing-secret-0123456789',
      QUICK_FIX_SWEEP_MINUTES: '15',
    };
    // Started together: the migrations' advisory lock makes them take turns on the empty schema.
    replicas = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    pool = new Pool({ connectionString: store!.env.DATABASE_URL, options: `-c search_path=${store!.env.DATABASE_SCHEMA}`, max: 2 });
  });

  afterAll(async () => {
    await Promise.all((replicas ?? []).map((r) => r.stop()));
    await pool?.end();
    await store?.dispose();
  });

  const token = async (i: number, role: string): Promise<string> => {
    const res = await fetch(`${replica(i).baseUrl}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, name: `Test ${role}` }),
    });
    return (await res.json()).token;
  };

  it('a whole complaint whose turns alternate between the two replicas', async () => {
    const session = await startDirectLineConversation(replica(0).baseUrl);
    let text = COMPLAINANT.opening;
    const said: string[] = [];
    for (let turn = 0; turn < 40; turn += 1) {
      session.baseUrl = replica(turn).baseUrl;
      const id = await postMessage(session, text);
      // The turn has run before the post is answered; its replies are already stored.
      const replies = botTexts((await pollActivities(session)).filter((a: WireActivity) => a.replyToId === id)).join('\n');
      said.push(replies);
      if (COMPLAINANT.done.test(replies)) break;
      const answer = answerFor(COMPLAINANT, replies);
      if (!answer) throw new Error(`no answer for:\n${replies}\n\nafter:\n${said.join('\n---\n')}`);
      text = answer;
    }
    expect(said.at(-1)).toMatch(/Your reference is CMP-\d{4}-\d{6}/);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM cases WHERE idempotency_key LIKE $1`, [`%${session.conversationId}%`]);
    expect(rows[0].n).toBe(1);
  });

  it('two turns of one Bot Framework conversation sent to both replicas at once run one after the other', async () => {
    // The connector holds the bot's replies, so the first turn stays mid-way until released.
    const connector = await startCaptureConnector({ held: true });
    try {
      const conversationId = `teams-${randomUUID()}`;
      const first = messageActivity(connector.serviceUrl, conversationId, 'hello');
      const second = messageActivity(connector.serviceUrl, conversationId, 'My boiler has been broken for a week');
      const send = (i: number, activity: object) =>
        fetch(`${replica(i).baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      const firstSent = send(0, first);
      await connector.waitFor(1);
      const secondSent = send(1, second);
      // Long enough for the second replica to have run its turn, had nothing held it.
      await new Promise((r) => setTimeout(r, 2_000));
      expect(connector.received.map((a) => a.replyToId)).not.toContain(second.id);

      connector.release();
      expect((await Promise.all([firstSent, secondSent])).map((r) => r.status)).toEqual([200, 200]);
      const order = connector.received.map((a) => a.replyToId);
      expect(order).toContain(second.id);
      expect(order.lastIndexOf(first.id)).toBeLessThan(order.indexOf(second.id));
    } finally {
      connector.release();
      await connector.close();
    }
  });

  it('200 duplicate forwarded deliveries spread across both: one record each, one 201 each', async () => {
    const messages = Array.from({ length: 20 }, (_, i) => message({ messageId: `dup-${i}-${randomUUID()}` }));
    const deliveries = messages.flatMap((m) => Array.from({ length: 10 }, () => m));
    const answers = await Promise.all(
      deliveries.map(async (m, i) => {
        const res = await signedPost(`${replica(i).baseUrl}/api/intake/messages`, m, 'facebook');
        return { messageId: m.messageId as string, status: res.status, body: await res.json() };
      }),
    );
    for (const m of messages) {
      const mine = answers.filter((a) => a.messageId === m.messageId);
      expect(mine.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(mine.map((a) => a.body.intakeId)).size).toBe(1);
      expect(new Set(mine.map((a) => a.body.case?.reference)).size).toBe(1);
    }
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM intake_messages WHERE message_id = ANY($1)`, [messages.map((m) => m.messageId)]);
    expect(rows[0].n).toBe(20);
  });

  it("the rate limit is shared: the sum over both replicas is what a channel may send", async () => {
    // Field checks come after the rate check, so an empty message costs a take and nothing else.
    const started = Date.now();
    const statuses = await Promise.all(
      Array.from({ length: INTAKE_RATE + 100 }, async (_, i) => (await signedPost(`${replica(i).baseUrl}/api/intake/messages`, { channel: 'x' }, 'x')).status),
    );
    const refilled = Math.ceil(((Date.now() - started) / 60_000) * INTAKE_RATE) + 1;
    const admitted = statuses.filter((s) => s === 400).length;
    expect(statuses.filter((s) => s !== 400 && s !== 429)).toEqual([]);
    // Each replica alone would have let all of them through.
    expect(admitted).toBeGreaterThanOrEqual(INTAKE_RATE);
    expect(admitted).toBeLessThanOrEqual(INTAKE_RATE + refilled);
  });

  it('the quick-fix sweep, due once, runs once on one replica', async () => {
    const ran = () => replicas.flatMap((r) => r.output().split('\n')).filter((l) => l.includes('"job":"quick-fix-sweep"') && l.includes('scheduled job ran'));
    // Both started with the job due: one of them ran it.
    expect(ran()).toHaveLength(1);

    const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000).toISOString();
    const opened = await fetch(`${replica(0).baseUrl}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(0, 'service')}` },
      body: JSON.stringify(exampleCase('greatwell-concern', { profile: 'greatwell', receivedAt: monthAgo })),
    });
    expect(opened.status).toBe(201);
    const { reference } = await opened.json();
    await pool.query(`UPDATE scheduled_jobs SET due_at = now() WHERE name = 'quick-fix-sweep'`);

    const runs = async () => (await pool.query(`SELECT runs::int AS n FROM scheduled_jobs WHERE name = 'quick-fix-sweep'`)).rows[0].n;
    const deadline = Date.now() + 20_000;
    while ((await runs()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    // Long enough for both replicas to have polled again.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await runs()).toBe(2);
    expect(ran()).toHaveLength(2);
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM audit_events e JOIN cases c ON c.id = e.case_id WHERE c.reference = $1 AND e.action = 'quick_fix.escalated'`,
      [reference],
    );
    expect(rows[0].n).toBe(1);
  });

  it('staff overriding the same version on different replicas: one 200, one 409', async () => {
    const opened = await fetch(`${replica(0).baseUrl}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(0, 'service')}` },
      body: JSON.stringify(exampleCase('complaint-repair-delay')),
    });
    const { reference } = await opened.json();
    const override = async (i: number, body: Record<string, unknown>) =>
      (
        await fetch(`${replica(i).baseUrl}/api/staff/cases/${reference}/override`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await token(i, 'complaints_manager')}` },
          body: JSON.stringify(body),
        })
      ).status;
    const statuses = await Promise.all([
      override(0, { version: 1, outcome: 'service_request', reason: 'Reviewer A: a first report' }),
      override(1, { version: 1, outcome: 'quick_fix', reason: 'Reviewer B: can be put right today' }),
    ]);
    expect(statuses.sort()).toEqual([200, 409]);
  });
});

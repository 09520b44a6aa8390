import { and, eq, sql } from 'drizzle-orm';
import { redeemContinuation } from '../../intake/continuation';
import { cases, intakeMessages } from '../../store/schema';
import { startTestApp, type TestApp } from '../support/testApp';
import { intakeEnv, message, SECRETS, signedPost } from './signedPost';

describe('the intake API (POST /api/intake/messages, :batch)', () => {
  let t: TestApp;
  let url: string;
  const db = () => t.app.context.database.db;
  const rowsFor = async (channel: string, messageId: string) => {
    const intake = await db().select().from(intakeMessages).where(and(eq(intakeMessages.channel, channel), eq(intakeMessages.messageId, messageId)));
    const made = await db().select().from(cases).where(eq(cases.idempotencyKey, `intake:${channel}:${messageId}`));
    return { intake: intake.length, cases: made.length };
  };

  beforeAll(async () => {
    t = await startTestApp(intakeEnv());
    url = `${t.baseUrl}/api/intake/messages`;
  });
  afterAll(() => t.stop());

  describe('signatures, per channel', () => {
    it('accepts a message signed with its channel\'s secret: 201 with the intake id, case and reply', async () => {
      const res = await signedPost(url, message(), 'facebook');
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body.intakeId).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.status).toBe('case_opened');
      expect(body.case.reference).toMatch(/^CMP-\d{4}-\d{6}$/);
      expect(body.case.decision.outcome).toBe('stage1_opened');
      expect(body.reply).toMatchObject({ visibility: 'private', template: 'intake-social-reply' });
    });

    it.each([
      ['a wrong signature', { secret: 'not-the-facebook-secret-000000' }, /does not match/],
      ['no signature', { headers: { 'x-intake-signature': '' } }, /Send X-Intake-Signature/],
      ['no timestamp', { headers: { 'x-intake-timestamp': '' } }, /Send X-Intake-Timestamp/],
      ['a stale timestamp (replay)', { timestamp: String(Math.floor(Date.now() / 1000) - 301) }, /more than 5 minutes/],
      ['another channel\'s secret', { secret: SECRETS.email }, /does not match/],
    ])('refuses %s with 401', async (_what, options, why) => {
      const res = await signedPost(url, message(), 'facebook', options);
      expect(res.status).toBe(401);
      expect((await res.json()).error.message).toMatch(why);
    });

    it('refuses a channel that is not configured, whatever the signature', async () => {
      const res = await signedPost(url, message({ channel: 'instagram' }), 'facebook');
      expect(res.status).toBe(401);
      expect((await res.json()).error.message).toMatch(/"instagram" is not configured/);
    });
  });

  describe('idempotency on (channel, messageId)', () => {
    it('a redelivery gets 200 and the same answer, and nothing new is stored', async () => {
      const m = message();
      const first = await signedPost(url, m, 'facebook');
      const again = await signedPost(url, m, 'facebook');
      expect([first.status, again.status]).toEqual([201, 200]);
      expect(await again.json()).toEqual(await first.json());
      expect(await rowsFor('facebook', m.messageId as string)).toEqual({ intake: 1, cases: 1 });
    });

    it('50 concurrent deliveries of one message make one record and one case', async () => {
      const m = message();
      const responses = await Promise.all(Array.from({ length: 50 }, () => signedPost(url, m, 'facebook')));
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(49);
      const ids = new Set(await Promise.all(responses.map(async (r) => (await r.json()).intakeId)));
      expect(ids.size).toBe(1);
      expect(await rowsFor('facebook', m.messageId as string)).toEqual({ intake: 1, cases: 1 });
    });

    it('the same id with a different body is a 409 that explains why', async () => {
      const m = message();
      await signedPost(url, m, 'facebook');
      const res = await signedPost(url, { ...m, text: 'Something else entirely about my neighbour.' }, 'facebook');
      expect(res.status).toBe(409);
      expect((await res.json()).error.message).toMatch(/already received with a different body.*new messageId/);
      expect(await rowsFor('facebook', m.messageId as string)).toEqual({ intake: 1, cases: 1 });
    });

    it('the same id on two channels is two messages', async () => {
      const m = message();
      expect((await signedPost(url, m, 'facebook')).status).toBe(201);
      expect((await signedPost(url, { ...m, channel: 'x' }, 'x')).status).toBe(201);
    });
  });

  describe('what is held and what is triaged', () => {
    it('a message with nothing to act on is held awaiting details, with no case', async () => {
      const m = message({ text: 'hello?' });
      const res = await signedPost(url, m, 'facebook');
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body).toMatchObject({ status: 'awaiting_details', missing: ['what_happened'] });
      expect(body.case).toBeUndefined();
      expect(await rowsFor('facebook', m.messageId as string)).toEqual({ intake: 1, cases: 0 });
    });

    it('stores a redacted copy for logs alongside the message', async () => {
      const m = message({ channel: 'email', author: { email: 'sam.jones@example.com' }, text: 'My boiler has been broken for two weeks and nobody came. Email me at sam.jones@example.com. I want to complain.' });
      await signedPost(url, m, 'email');
      const [row] = await db().select().from(intakeMessages).where(eq(intakeMessages.messageId, m.messageId as string));
      expect(row.redactedText).not.toContain('sam.jones@example.com');
    });

    it('an email gets the tenant message for its decision, with its reference', async () => {
      const res = await signedPost(url, message({ channel: 'email', author: { email: 'sam@example.com' } }), 'email');
      const body = await res.json();
      expect(body.reply.template).toBe('acknowledgement');
      expect(body.reply.text).toContain(body.case.reference);
    });
  });

  describe('the private reply to a social-media message (Greatwell 2.3)', () => {
    it('says nothing about the case or the message, and links to the chat with a token that works once', async () => {
      const m = message({ author: { handle: '@pat_q', displayName: 'Pat Quinn' } });
      const body = await (await signedPost(url, m, 'facebook')).json();
      const { text, continueUrl } = body.reply;
      expect(text).not.toContain(body.case.reference);
      for (const detail of ['leak', 'bathroom', 'August', 'Pat', 'pat_q', 'complaint', 'stage', body.case.decision.deadlines.respondBy]) {
        expect(text).not.toContain(detail);
      }
      expect(text).toContain(continueUrl);
      const token = new URL(continueUrl).searchParams.get('continue') as string;
      expect(new URL(continueUrl).origin).toBe('http://localhost:3978');

      const redeemed = await redeemContinuation(db(), token, new Date());
      expect(redeemed?.id).toBe(body.intakeId);
      expect(await redeemContinuation(db(), token, new Date())).toBeUndefined();
      // A redelivery repeats the same (now used) link rather than minting a second way in.
      const again = await (await signedPost(url, m, 'facebook')).json();
      expect(again.reply.continueUrl).toBe(continueUrl);
      expect(await redeemContinuation(db(), token, new Date())).toBeUndefined();
    });

    it('a token that was never issued, or has expired, redeems nothing', async () => {
      const body = await (await signedPost(url, message(), 'facebook')).json();
      const token = new URL(body.reply.continueUrl).searchParams.get('continue') as string;
      expect(await redeemContinuation(db(), 'A'.repeat(43), new Date())).toBeUndefined();
      expect(await redeemContinuation(db(), token, new Date(Date.now() + 15 * 24 * 3600 * 1000))).toBeUndefined();
    });
  });

  describe('batch', () => {
    it('answers each item on its own: valid, invalid, wrong channel, redelivered', async () => {
      const good = message();
      const batchUrl = `${url}:batch`;
      const body = {
        channel: 'facebook',
        messages: [good, { ...message(), text: '' }, message({ channel: 'x' }), good, { nonsense: true }],
      };
      const res = await signedPost(batchUrl, body, 'facebook');
      expect(res.status).toBe(200);
      const { results } = await res.json();
      expect(results.map((r: { status: number }) => r.status)).toEqual([201, 400, 400, 200, 400]);
      expect(results[1].error.issues.map((i: { path: string }) => i.path)).toContain('text');
      expect(results[2].error.message).toMatch(/signed with that channel/);
      expect(results[3].result.intakeId).toBe(results[0].result.intakeId);
      expect(await rowsFor('facebook', good.messageId as string)).toEqual({ intake: 1, cases: 1 });
    });

    it('refuses more than 500 messages with a field-level 400', async () => {
      const messages = Array.from({ length: 501 }, () => ({ channel: 'facebook' }));
      const res = await signedPost(`${url}:batch`, { channel: 'facebook', messages }, 'facebook');
      expect(res.status).toBe(400);
      expect((await res.json()).error.issues[0]).toMatchObject({ path: 'messages' });
    });
  });

  describe('bad requests are 4xx that say what to fix', () => {
    it('400 naming each bad field', async () => {
      const res = await signedPost(url, message({ receivedAt: 'yesterday', author: { email: 'nope' } }), 'facebook');
      expect(res.status).toBe(400);
      const paths = (await res.json()).error.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['receivedAt', 'author.email']));
    });

    it('400 for an unknown profile, listing the known ones', async () => {
      const res = await signedPost(url, message({ profile: 'acme' }), 'facebook');
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(/Unknown profile "acme".*code-2024/);
    });

    it('413 over the documented size, 415 for a body that is not JSON', async () => {
      const big = await signedPost(url, message({ text: 'x'.repeat(70_000) }), 'facebook');
      expect(big.status).toBe(413);
      expect((await big.json()).error.message).toMatch(/at most 65536/);
      const text = await signedPost(url, 'hello', 'facebook', { headers: { 'content-type': 'text/plain' } });
      expect(text.status).toBe(415);
    });
  });

  it('serves an OpenAPI document for the intake and triage APIs, generated from the schemas', async () => {
    const res = await fetch(`${t.baseUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/intake/messages', '/api/intake/messages:batch', '/api/cases', '/api/cases/{reference}']),
    );
    expect(doc.components.schemas.IntakeMessage.properties.channel.enum).toContain('whatsapp');
    expect(doc.components.schemas.StructuredCase.required).toContain('summary');
  });

  it('keeps no continuation token in the store, only its hash', async () => {
    const body = await (await signedPost(url, message(), 'facebook')).json();
    const token = new URL(body.reply.continueUrl).searchParams.get('continue') as string;
    const found = await db().execute(sql`SELECT count(*)::int AS n FROM intake_messages WHERE message::text LIKE ${'%' + token + '%'} OR continuation_hash = ${token}`);
    expect((found as unknown as { rows: { n: number }[] }).rows[0].n).toBe(0);
  });
});

describe('the per-channel rate (INTAKE_RATE_PER_MINUTE)', () => {
  it('past it, 429 with Retry-After; other channels are unaffected', async () => {
    const t = await startTestApp(intakeEnv({ INTAKE_RATE_PER_MINUTE: '2' }));
    try {
      const url = `${t.baseUrl}/api/intake/messages`;
      expect((await signedPost(url, message(), 'facebook')).status).toBe(201);
      expect((await signedPost(url, message(), 'facebook')).status).toBe(201);
      const limited = await signedPost(url, message(), 'facebook');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await signedPost(url, message({ channel: 'x' }), 'x')).status).toBe(201);
    } finally {
      await t.stop();
    }
  });
});

// A batch's messages that stand alone are committed together, in one statement, and
// come out exactly as if sent one at a time: a record each, a case each with consecutive
// references, its first audit events and hazard clocks, and the record linked to its case. A
// batch that mixes them with thread messages, redeliveries and bad items answers each in place.
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../store/database';
import { startTestApp, type TestApp } from '../support/testApp';
import { intakeEnv, message, signedPost } from './signedPost';

type Result = { status: number; result?: { intakeId: string; status: string; case?: { reference: string } }; error?: { message: string } };

describe('messages committed together', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(intakeEnv());
  });
  afterAll(() => t.stop());

  const send = async (messages: unknown[]): Promise<Result[]> => {
    const res = await signedPost(`${t.baseUrl}/api/intake/messages:batch`, { channel: 'facebook', messages }, 'facebook');
    expect(res.status).toBe(200);
    return (await res.json()).results;
  };
  const query = async <Row>(q: ReturnType<typeof sql>) => rowsOf<Row>(await t.app.context.database.db.execute(q));

  it('opens a case for each, numbered consecutively, each with its record, audit events and clocks', async () => {
    const mould = 'There is black mould all over the bedroom wall and my baby keeps coughing. I want to complain, nobody has come.';
    const messages = [message(), message({ text: mould }), message(), message()];
    const first = await send(messages);
    expect(first.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const references = first.map((r) => r.result!.case!.reference);
    const numbers = references.map((r) => Number(r.split('-')[2])).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]).toBe(3);

    const records = await query<{ status: string; reference: string; events: string[]; clocks: number }>(sql`
      SELECT i.status, c.reference,
        (SELECT array_agg(action ORDER BY id) FROM audit_events e WHERE e.case_id = c.id) AS events,
        (SELECT count(*)::int FROM hazard_clocks h WHERE h.case_id = c.id) AS clocks
      FROM intake_messages i JOIN cases c ON c.id = i.case_id
      WHERE i.id IN (${sql.join(first.map((r) => sql`${r.result!.intakeId}::uuid`), sql`, `)})`);
    expect(records).toHaveLength(4);
    for (const r of records) {
      expect(r.status).toBe('case_opened');
      expect(r.events).toEqual(['case.created', 'understanding.suggested']);
    }
    expect(records.find((r) => r.reference === references[1])!.clocks).toBeGreaterThan(0);
    // The first audit event holds the decision as stored with the case.
    const created = await query<{ same: boolean }>(sql`
      SELECT e.details = jsonb_build_object('outcome', c.outcome, 'decision', c.decision) AS same
      FROM audit_events e JOIN cases c ON c.id = e.case_id
      WHERE e.action = 'case.created' AND c.reference IN (${sql.join(references.map((r) => sql`${r}`), sql`, `)})`);
    expect(created.map((r) => r.same)).toEqual([true, true, true, true]);

    // Resent: the same answers, nothing new.
    const again = await send(messages);
    expect(again.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(again.map((r) => r.result!.intakeId)).toEqual(first.map((r) => r.result!.intakeId));
  });

  it('answers each item in place when standalone messages are mixed with a thread, a redelivery and a bad item', async () => {
    const opened = message({ threadId: `thread-${Math.random()}` });
    const items = [message(), opened, { ...message({ threadId: opened.threadId }), text: 'My address is 4 Elm Road.' }, message(), { nonsense: true }, opened];
    const results = await send(items);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 400, 200]);
    expect(results[2].result!.case!.reference).toBe(results[1].result!.case!.reference);
    expect(results[5].result!.intakeId).toBe(results[1].result!.intakeId);
  });

  it('a message already received with a different body is a 409 inside a batch committed together', async () => {
    const original = message();
    await send([original]);
    const results = await send([message(), { ...original, text: `${original.text} (edited)` }]);
    expect(results.map((r) => r.status)).toEqual([201, 409]);
    expect(results[1].error!.message).toMatch(/already received with a different body/);
  });

  it('single messages arriving at once share commits and are answered each their own, redeliveries included', async () => {
    const messages = Array.from({ length: 20 }, () => message());
    const post = (m: Record<string, unknown>) => signedPost(`${t.baseUrl}/api/intake/messages`, m, 'facebook');
    const answers = await Promise.all([...messages, messages[0], messages[1]].map(async (m) => {
      const res = await post(m);
      return { status: res.status, body: await res.json() };
    }));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(20);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
    const references = new Set(answers.map((a) => a.body.case.reference));
    expect(references.size).toBe(20);
    const numbers = [...references].map((r) => Number(String(r).split('-')[2])).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]).toBe(19);
  });
});

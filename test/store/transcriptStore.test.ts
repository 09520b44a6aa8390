// The transcript store's contract on each available PostgreSQL: what it keeps of an activity, in
// what order, how much, and that a refused write neither rejects nor logs the tenant's words.
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { createLogger } from '../../server/logger';
import { TRANSCRIPT_KEEP, TRANSCRIPT_TEXT_LIMIT } from '../../store/transcriptEntry';
import { readTranscript, TranscriptStore } from '../../store/transcriptStore';
import { redact } from '../../understanding';
import type { Activity } from 'botbuilder';
import { availableStores, openTestDatabase, type TestDatabase } from '../support/testDatabase';

const AT = '2026-11-24T10:00:00.000Z';
/** As a channel's JSON arrives: string timestamps and card actions with only what matters here. */
const message = (conversation: string, text: string, extra: object = {}): Partial<Activity> => ({
  type: 'message',
  channelId: 'webchat',
  conversation: { id: conversation },
  from: { id: 'tenant-1', role: 'user' },
  timestamp: AT,
  text,
  ...extra,
}) as unknown as Partial<Activity>;
const fromBot = { from: { id: 'bot', role: 'bot' } };

describe.each(availableStores)('transcript store on %s', (kind) => {
  let testDb: TestDatabase;
  let store: TranscriptStore;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(JSON.parse(chunk.toString()));
        done();
      },
    });
    store = new TranscriptStore(testDb.database.db, createLogger({ level: 'info', redactText: (t) => redact(t), destination }));
  });
  afterAll(() => testDb.dispose());

  it('keeps messages only, oldest first, each with who said it, the channel, the words and the time', async () => {
    await store.logActivity(message('c1', '', { type: 'conversationUpdate', membersAdded: [] }));
    await store.logActivity(message('c1', 'My cooker is broken'));
    await store.logActivity(message('c1', '', { type: 'typing', ...fromBot }));
    await store.logActivity(message('c1', 'Is that right?', fromBot));
    await store.logActivity(message('c1', '', { type: 'event', name: 'intake/continue', value: { token: 'x' } }));
    expect(await readTranscript(testDb.database.db, 'c1')).toEqual([
      { conversationId: 'c1', channel: 'webchat', speaker: 'tenant', text: 'My cooker is broken', choices: [], at: new Date(AT) },
      { conversationId: 'c1', channel: 'webchat', speaker: 'bot', text: 'Is that right?', choices: [], at: new Date(AT) },
    ]);
  });

  it('keeps the choices offered as their titles: suggested actions, Adaptive Cards, hero cards; and a card submit as the choice', async () => {
    const card = (content: object) => message('c2', '', { ...fromBot, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }] });
    await store.logActivity(message('c2', 'Is that right?', { ...fromBot, suggestedActions: { actions: [{ type: 'imBack', title: 'Yes' }, { type: 'imBack', title: 'No' }] } }));
    await store.logActivity(card({ type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Who is it for?' }], actions: [{ type: 'Action.Submit', title: 'Myself' }, { type: 'Action.Submit', title: 'Someone else' }] }));
    await store.logActivity(
      card({
        type: 'AdaptiveCard',
        body: [{ type: 'TextBlock', text: 'Which is closest?' }, { type: 'Input.ChoiceSet', choices: [{ title: 'A repair' }, { title: 'A complaint' }] }],
        actions: [{ type: 'Action.Submit', title: 'Send' }],
      }),
    );
    await store.logActivity(message('c2', '', { ...fromBot, attachments: [{ contentType: 'application/vnd.microsoft.card.hero', content: { text: 'Pick one', buttons: [{ title: 'One' }] } }] }));
    await store.logActivity(message('c2', '', { channelId: 'msteams', value: { choice: 'Someone else' } }));
    await store.logActivity(message('c2', 'Here is a photo', { attachments: [{ contentType: 'image/png', contentUrl: 'http://x/y.png' }] }));
    const kept = (await readTranscript(testDb.database.db, 'c2')).map(({ speaker, text, choices }) => ({ speaker, text, choices }));
    expect(kept).toEqual([
      { speaker: 'bot', text: 'Is that right?', choices: ['Yes', 'No'] },
      { speaker: 'bot', text: 'Who is it for?', choices: ['Myself', 'Someone else'] },
      { speaker: 'bot', text: 'Which is closest?', choices: ['A repair', 'A complaint'] },
      { speaker: 'bot', text: 'Pick one', choices: ['One'] },
      { speaker: 'tenant', text: 'Someone else', choices: [] },
      { speaker: 'tenant', text: 'Here is a photo\n[attachment: image/png]', choices: [] },
    ]);
  });

  it(`caps a message at ${TRANSCRIPT_TEXT_LIMIT} characters and keeps the newest ${TRANSCRIPT_KEEP} messages of a conversation`, async () => {
    await store.logActivity(message('c3', 'x'.repeat(TRANSCRIPT_TEXT_LIMIT * 3)));
    const [long] = await readTranscript(testDb.database.db, 'c3');
    expect(long.text).toHaveLength(TRANSCRIPT_TEXT_LIMIT);
    expect(long.text.endsWith('…')).toBe(true);
    // Not awaited one by one: writes of one conversation still land in the order they were logged.
    await Promise.all(Array.from({ length: TRANSCRIPT_KEEP + 5 }, (_, i) => store.logActivity(message('c4', `message ${i}`))));
    await store.logActivity(message('c5', 'another conversation'));
    const kept = await readTranscript(testDb.database.db, 'c4');
    expect(kept).toHaveLength(TRANSCRIPT_KEEP);
    expect(kept[0].text).toBe('message 5');
    expect(kept.at(-1)?.text).toBe(`message ${TRANSCRIPT_KEEP + 4}`);
    expect(await readTranscript(testDb.database.db, 'c5')).toHaveLength(1);
  });

  it('a write the database refuses resolves anyway, logging why without the words', async () => {
    // The database refuses every new row, as it would with a broken table or a full disk.
    await testDb.database.db.execute(sql`ALTER TABLE transcript_activities ADD CONSTRAINT refuse_all CHECK (false) NOT VALID`);
    try {
      lines.length = 0;
      await expect(store.logActivity(message('c6', 'My neighbour Jo Bloggs shouts at my door'))).resolves.toBeUndefined();
      await store.drained();
      expect(await readTranscript(testDb.database.db, 'c6')).toEqual([]);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 'warn', reason: 'SQLSTATE 23514', channel: 'webchat' });
      expect(JSON.stringify(lines)).not.toMatch(/neighbour|Bloggs/);
    } finally {
      await testDb.database.db.execute(sql`ALTER TABLE transcript_activities DROP CONSTRAINT refuse_all`);
    }
  });
});

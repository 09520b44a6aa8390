// The Direct Line store's retention and watermarks, on the real database (PGlite, and PostgreSQL
// when DATABASE_URL is set), with small limits so the rules show in a few rows.
import { eq } from 'drizzle-orm';
import { ConversationStore, MAX_ACTIVITIES_PER_POLL, type Conversation } from '../../directline/conversationStore';
import { directLineActivities, directLineTokens } from '../../store/schema';
import { availableStores, openTestDatabase, type TestDatabase } from '../support/testDatabase';

const HOUR = 3600 * 1000;

describe.each(availableStores)('the Direct Line conversation store on %s', (kind) => {
  let t: TestDatabase;
  let clock: Date;
  let store: ConversationStore;
  const open = async (token: string): Promise<Conversation> => {
    const auth = await store.conversationForToken(token);
    if (!auth.ok) throw new Error(auth.message);
    return auth.conversation;
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t.dispose());
  beforeEach(() => {
    clock = new Date('2026-11-23T10:00:00Z');
    store = new ConversationStore(t.database.db, { maxActivities: 3, tokenTtlMs: HOUR }, () => clock);
  });

  it('keeps the last maxActivities activities; the watermark still counts every one', async () => {
    const conversation = await open((await store.create()).token);
    for (const text of ['a', 'b', 'c', 'd', 'e']) await store.append(conversation, { type: 'message', text });
    const all = await store.activitiesSince(conversation, 0);
    expect(all.activities.map((a) => a.text)).toEqual(['c', 'd', 'e']);
    expect(all.watermark).toBe('5');
    expect(all.activities.map((a) => a.id)).toEqual([2, 3, 4].map((n) => `${conversation.id}|000000${n}`));
    expect(await store.activitiesSince(conversation, 5)).toEqual({ activities: [], watermark: '5' });
    expect((await store.activitiesSince(conversation, 4)).activities.map((a) => a.text)).toEqual(['e']);
  });

  it('answers a poll with at most MAX_ACTIVITIES_PER_POLL activities; the next poll carries on from its watermark', async () => {
    const roomy = new ConversationStore(t.database.db, { maxActivities: 500, tokenTtlMs: HOUR }, () => clock);
    const auth = await roomy.conversationForToken((await roomy.create()).token);
    if (!auth.ok) throw new Error(auth.message);
    const total = MAX_ACTIVITIES_PER_POLL + 7;
    for (let i = 0; i < total; i += 1) await roomy.append(auth.conversation, { type: 'message', text: `m${i}` });
    const first = await roomy.activitiesSince(auth.conversation, 0);
    expect(first.activities).toHaveLength(MAX_ACTIVITIES_PER_POLL);
    expect(first.watermark).toBe(String(MAX_ACTIVITIES_PER_POLL));
    const rest = await roomy.activitiesSince(auth.conversation, Number(first.watermark));
    expect(rest.activities.map((a) => a.text)).toEqual(Array.from({ length: 7 }, (_, i) => `m${MAX_ACTIVITIES_PER_POLL + i}`));
    expect(rest.watermark).toBe(String(total));
  });

  it('deletes a conversation, its tokens and its transcript once its newest token has expired', async () => {
    const issued = await store.create();
    const conversation = await open(issued.token);
    await store.append(conversation, { type: 'message', text: 'hello' });
    clock = new Date(clock.getTime() + HOUR / 2);
    const refreshed = await store.issueToken(conversation);

    // The first token has expired, but the refreshed one keeps the conversation alive.
    clock = new Date(clock.getTime() + HOUR * 0.75);
    expect(await store.conversationForToken(issued.token)).toMatchObject({ ok: false, status: 403 });
    await store.create();
    expect((await store.activitiesSince(await open(refreshed.token), 0)).activities).toHaveLength(1);

    clock = new Date(clock.getTime() + HOUR);
    await store.create();
    expect(await store.find(conversation.id)).toBeUndefined();
    expect(await store.authorize(conversation.id, refreshed.token)).toMatchObject({ ok: false, status: 404 });
    expect(await store.append(conversation, { type: 'message', text: 'too late' })).toBeUndefined();
    const { db } = t.database;
    expect(await db.select().from(directLineActivities).where(eq(directLineActivities.conversationId, conversation.id))).toEqual([]);
    expect(await db.select().from(directLineTokens).where(eq(directLineTokens.conversationId, conversation.id))).toEqual([]);
  });

  it('tells the bot once that the conversation started, however often the client starts it', async () => {
    const conversation = await open((await store.create()).token);
    expect(await store.markStarted(conversation)).toBe(true);
    expect(await store.markStarted(conversation)).toBe(false);
  });
});

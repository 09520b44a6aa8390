import { PostgresBotStorage } from '../../store/botStorage';
import { availableStores, openTestDatabase, type TestDatabase } from '../support/testDatabase';

describe.each(availableStores)('bot state storage on %s', (kind) => {
  let testDb: TestDatabase;
  let storage: PostgresBotStorage;

  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    storage = new PostgresBotStorage(testDb.database.db);
  });
  afterAll(() => testDb.dispose());

  it('reads back what was written, with an eTag', async () => {
    await storage.write({ 'conv/1': { step: 'opening', answers: { when: 'last March' } } });
    const items = await storage.read(['conv/1', 'missing']);
    expect(items['conv/1']).toMatchObject({ step: 'opening', answers: { when: 'last March' } });
    expect(typeof items['conv/1'].eTag).toBe('string');
    expect(items).not.toHaveProperty('missing');
  });

  it('reading no keys returns nothing', async () => {
    expect(await storage.read([])).toEqual({});
  });

  it('deletes items, and deleting a missing key is not an error', async () => {
    await storage.write({ 'conv/2': { step: 'x' } });
    await storage.delete(['conv/2', 'never-written']);
    expect(await storage.read(['conv/2'])).toEqual({});
  });

  it('a write with the current eTag succeeds and changes the eTag', async () => {
    await storage.write({ 'conv/3': { n: 1 } });
    const first = (await storage.read(['conv/3']))['conv/3'];
    await storage.write({ 'conv/3': { ...first, n: 2 } });
    const second = (await storage.read(['conv/3']))['conv/3'];
    expect(second.n).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('a write with a stale eTag fails and leaves the stored item alone', async () => {
    await storage.write({ 'conv/4': { n: 1 } });
    const stale = (await storage.read(['conv/4']))['conv/4'];
    await storage.write({ 'conv/4': { ...stale, n: 2 } });
    await expect(storage.write({ 'conv/4': { ...stale, n: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await storage.read(['conv/4']))['conv/4'].n).toBe(2);
  });

  it('a write with eTag "*" overwrites whatever is there', async () => {
    await storage.write({ 'conv/5': { n: 1 } });
    await storage.write({ 'conv/5': { n: 9, eTag: '*' } });
    expect((await storage.read(['conv/5']))['conv/5'].n).toBe(9);
  });

  it('of concurrent writers holding the same eTag, exactly one wins', async () => {
    await storage.write({ 'conv/6': { n: 0 } });
    const base = (await storage.read(['conv/6']))['conv/6'];
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => storage.write({ 'conv/6': { ...base, n: i + 1 } })),
    );
    const winners = results.filter((r) => r.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    const stored = (await storage.read(['conv/6']))['conv/6'];
    expect(stored.n).toBe(results.findIndex((r) => r.status === 'fulfilled') + 1);
  });

  it('of concurrent creators of a new item with an eTag, exactly one wins', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => storage.write({ 'conv/7': { n: i, eTag: 'from-elsewhere' } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('keeps unicode and large documents intact', async () => {
    const text = 'Mae’r to yn gollwng 🌧️ '.repeat(2000);
    await storage.write({ 'conv/8': { text } });
    expect((await storage.read(['conv/8']))['conv/8'].text).toBe(text);
  });
});

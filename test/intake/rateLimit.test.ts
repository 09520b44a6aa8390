// A token bucket per key, in memory on PGlite and in PostgreSQL rows on a server, where every
// replica takes from the same bucket.
import { createRateLimiter } from '../../intake/rateLimit';
import { openDatabase, type Database } from '../../store/database';
import { availableStores, openTestDatabase, type TestDatabase } from '../support/testDatabase';

const T0 = new Date('2026-11-30T10:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe.each(availableStores)('the rate limiter on %s', (kind) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
  });
  afterAll(() => testDb.dispose());

  it.each([
    ['a full bucket allows a burst of the whole allowance', [[0, 3, true]]],
    ['one more is refused, with the wait until one has refilled', [[0, 3, true], [0, 1, 20]]],
    ['after that wait it is allowed again', [[0, 3, true], [20, 1, true], [20, 1, 20]]],
    ['a request larger than the allowance waits until the bucket is full', [[0, 2, true], [0, 5, 40]]],
    ['a minute untouched refills the bucket, never beyond the allowance', [[0, 3, true], [600, 3, true], [600, 1, 20]]],
  ] as Array<[string, Array<[number, number, true | number]>]>)('%s (3 a minute)', async (_name, takes) => {
    const limiter = createRateLimiter(testDb.database, 'spec', 3);
    const key = `key-${Math.random()}`;
    for (const [seconds, count, expected] of takes) {
      const decision = await limiter.take(key, count, at(seconds));
      expect(decision).toEqual(expected === true ? { allowed: true } : { allowed: false, retryAfterSeconds: expected });
    }
  });

  it('keys and scopes have buckets of their own', async () => {
    const intake = createRateLimiter(testDb.database, 'spec-a', 1);
    const tokens = createRateLimiter(testDb.database, 'spec-b', 1);
    expect(await intake.take('facebook', 1, T0)).toEqual({ allowed: true });
    expect(await intake.take('email', 1, T0)).toEqual({ allowed: true });
    expect(await tokens.take('facebook', 1, T0)).toEqual({ allowed: true });
    expect((await intake.take('facebook', 1, T0)).allowed).toBe(false);
  });

  if (kind === 'postgres') {
    it('two replicas on one server take from the same bucket', async () => {
      const other: Database = await openDatabase({ databaseUrl: testDb.env.DATABASE_URL, schemaName: testDb.env.DATABASE_SCHEMA, dataDir: '' });
      try {
        const replicas = [createRateLimiter(testDb.database, 'shared', 10), createRateLimiter(other, 'shared', 10)];
        const decisions = await Promise.all(Array.from({ length: 20 }, (_, i) => replicas[i % 2].take('facebook', 1, T0)));
        expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
      } finally {
        await other.close();
      }
    });
  }
});

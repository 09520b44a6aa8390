import { openDatabase } from '../../store/database';
import { migrate, readMigrations } from '../../store/migrate';
import { availableStores, testStoreEnv } from '../support/testDatabase';

describe.each(availableStores)('migrations on %s', (kind) => {
  it('on an empty store apply every version in order, once: running them again applies nothing', async () => {
    const store = testStoreEnv(kind, { empty: true });
    const database = await openDatabase({ databaseUrl: store.env.DATABASE_URL, schemaName: store.env.DATABASE_SCHEMA, dataDir: store.env.DATA_DIR ?? '' });
    try {
      const all = readMigrations().map((m) => m.version);
      expect(await migrate(database)).toEqual(all);
      expect(await migrate(database)).toEqual([]);
      let versions: unknown[] = [];
      await database.script(async (run) => {
        versions = (await run('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version);
      });
      expect(versions).toEqual(all);
    } finally {
      await database.close();
      await store.dispose();
    }
  });
});

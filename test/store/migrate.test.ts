import { migrate, readMigrations } from '../../store/migrate';
import { availableStores, openTestDatabase } from '../support/testDatabase';

describe.each(availableStores)('migrations on %s', (kind) => {
  it('are applied once: running them again applies nothing', async () => {
    const testDb = await openTestDatabase(kind);
    try {
      expect(await migrate(testDb.database)).toEqual([]);
      let versions: unknown[] = [];
      await testDb.database.script(async (run) => {
        versions = (await run('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version);
      });
      expect(versions).toEqual(readMigrations().map((m) => m.version));
    } finally {
      await testDb.dispose();
    }
  });
});

// Once a run: an embedded database initialised and migrated, which every spec's PGlite store
// starts as a copy of (testStoreEnv). PGlite's first start in an empty folder runs initdb, about
// 2 s; copying this folder and opening it takes about 0.3 s. The migrations themselves are
// specified from an empty folder in test/store/migrate.test.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../store/database';
import { migrate } from '../../store/migrate';

export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pglite-template-'));
  const database = await openDatabase({ dataDir: dir });
  try {
    await migrate(database);
  } finally {
    await database.close();
  }
  // Workers start after this and inherit the environment.
  process.env.TEST_PGLITE_TEMPLATE = dir;
}

// A fresh, migrated database for one test file: PGlite in a temporary folder, or — when
// DATABASE_URL is set — a private schema on the real server, dropped afterwards.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { openDatabase, type Database } from '../../store/database';
import { migrate } from '../../store/migrate';

export type StoreKind = 'pglite' | 'postgres';

export interface TestDatabase {
  database: Database;
  /** What a server process needs to reach the same data. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** The stores this run can test: PGlite always, the real server when DATABASE_URL is set. */
export const availableStores: StoreKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** The store the product would use with this run's environment. */
export const configuredStore: StoreKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Environment for a store without opening it (for spawning server processes). A PGlite folder
 * starts as a copy of the run's migrated template (test/support/globalSetup.ts) unless `empty`.
 */
export function testStoreEnv(kind: StoreKind, { empty = false } = {}): { env: Record<string, string>; dispose(): Promise<void> } {
  if (kind === 'postgres') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is not set');
    const schema = uniqueName('t');
    return {
      env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
      async dispose() {
        const pool = new Pool({ connectionString: url, max: 1 });
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'intake-test-'));
  const template = process.env.TEST_PGLITE_TEMPLATE;
  if (template && !empty) cpSync(template, dir, { recursive: true });
  return {
    env: { DATA_DIR: dir },
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function openTestDatabase(kind: StoreKind = configuredStore): Promise<TestDatabase> {
  const store = testStoreEnv(kind);
  const database = await openDatabase({
    databaseUrl: store.env.DATABASE_URL,
    schemaName: store.env.DATABASE_SCHEMA,
    dataDir: store.env.DATA_DIR ?? '',
  });
  await migrate(database);
  return {
    database,
    env: store.env,
    async dispose() {
      await database.close();
      await store.dispose();
    },
  };
}

// Versioned migrations: migrations/NNNN_name.sql, applied in order at start-up, each once, in
// one transaction. An advisory lock makes two instances starting together take turns. Cases
// written before their queue columns existed get them filled here, under the same lock.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database';
import { backfillQueueColumns } from './queueBackfill';

export const MIGRATIONS_DIR = join(__dirname, '..', 'migrations');
const MIGRATION_LOCK = 724001;
/** The migration after which cases carry queue columns and figure facts to fill (store/queueBackfill.ts). */
const QUEUE_COLUMNS = '0024_figures_facts';

export interface Migration {
  version: string;
  script: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ''), script: readFileSync(join(dir, f), 'utf8') }));
}

/** Applies the migrations not yet recorded; returns the versions it applied. */
export async function migrate(database: Database, migrations = readMigrations()): Promise<string[]> {
  const applied: string[] = [];
  await database.script(async (run) => {
    await run(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await run(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await run('SELECT version FROM schema_migrations')).map((r) => String(r.version)));
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await run(m.script);
      // The version comes from a file name matched against a strict pattern above.
      await run(`INSERT INTO schema_migrations (version) VALUES ('${m.version}')`);
      applied.push(m.version);
    }
    if (done.has(QUEUE_COLUMNS) || applied.includes(QUEUE_COLUMNS)) await backfillQueueColumns(run);
  });
  return applied;
}

// One PostgreSQL for every environment: embedded PGlite in DATA_DIR by default (no set-up),
// a real server when DATABASE_URL is set. drizzle-orm gives both the same typed queries.
import { mkdirSync } from 'node:fs';
import { lockDataDir } from './dataDirLock';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { Pool } from 'pg';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** The rows of a raw `db.execute(sql…)`: both drivers answer `{ rows }`, which drizzle's shared type leaves unknown. */
export function rowsOf<Row>(result: unknown): Row[] {
  return (result as { rows: Row[] }).rows;
}

const dialect = new PgDialect();

/**
 * `db.execute(query)` as a named statement, for the statements run on every message or turn: a
 * server parses and plans a named statement once per connection rather than on every call (the
 * intake write's time on the server fell by about 40%). Only for a statement whose text never
 * changes, every value a parameter; PGlite ignores the name.
 */
export async function executeNamed<Row>(db: Db, name: string, query: SQL): Promise<Row[]> {
  return rowsOf<Row>(await db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute());
}

/** Runs a multi-statement SQL script and returns the rows of its last statement. */
export type ScriptRunner = (script: string) => Promise<Record<string, unknown>[]>;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs `work` in one transaction with a runner for raw multi-statement SQL (migrations). */
  script(work: (run: ScriptRunner) => Promise<void>): Promise<void>;
  /**
   * Runs `work` while holding a lock on `key`: within this process works on one key run one after
   * another, in the order asked; on a server, every replica respects it too (a transaction-scoped
   * advisory lock on a hash of the key, on a connection of its own, so the work's own queries never
   * wait for the lock's connection, and one process never holds two connections waiting on one key).
   */
  exclusive<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** A PostgreSQL schema to use instead of `public` (tests isolate themselves this way). */
  schemaName?: string;
  /** Longest a statement may run on a server (and a request wait for its answer) before a 503. */
  statementTimeoutMs?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openServer(options.databaseUrl, options.schemaName, options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS)
    : openEmbedded(options.dataDir, options.schemaName);
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;

async function openServer(url: string, schemaName: string | undefined, statementTimeoutMs: number): Promise<Database> {
  if (schemaName) {
    const setup = new Pool({ connectionString: url, max: 1 });
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schemaName)}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    // The server cancels a long statement; the client stops waiting on a server that froze without
    // closing its connections. Both surface as errors the routes answer 503 with Retry-After.
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + 2000,
    ...(schemaName ? { options: `-c search_path=${quoteIdent(schemaName)}` } : {}),
  });
  // Connections that hold an advisory lock while other connections do the locked work: a pool of
  // their own, so locks held cannot take every connection the work needs.
  const lockPool = new Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    statement_timeout: statementTimeoutMs,
    query_timeout: statementTimeoutMs + 2000,
  });
  for (const p of [pool, lockPool]) {
    // An idle client losing its server (restart, failover) must not crash the process.
    p.on('error', () => undefined);
    // A client lost while checked out (mid-transaction) reports through its query; its own 'error'
    // event must not crash the process either.
    p.on('connect', (client) => client.on('error', () => undefined));
  }
  return {
    kind: 'postgres',
    db: drizzlePg(pool, { schema }) as unknown as Db,
    async script(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await work(async (script) => {
          const result = await client.query(script);
          const last = Array.isArray(result) ? result[result.length - 1] : result;
          return last?.rows ?? [];
        });
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    exclusive: inProcessOrder(async (key, work) => {
      const client = await lockPool.connect();
      let result;
      try {
        // One round trip: a simple query may hold two statements, so the key goes in as a literal.
        await client.query(`BEGIN; SELECT pg_advisory_xact_lock(hashtextextended(${client.escapeLiteral(key)}, 0))`);
        result = await work();
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release();
        throw err;
      }
      // The transaction holds nothing but the lock, so the work's answer need not wait for the
      // COMMIT that releases it: the next holder (here or on another replica) waits for it instead.
      void client.query('COMMIT').then(
        () => client.release(),
        (err: Error) => client.release(err),
      );
      return result;
    }),
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await Promise.all([pool.end(), lockPool.end()]);
    },
  };
}

async function openEmbedded(dataDir: string, schemaName?: string): Promise<Database> {
  const memory = dataDir.startsWith('memory://');
  if (!memory) mkdirSync(dataDir, { recursive: true });
  // PGlite is single-process: a second process on the same folder would corrupt it.
  const unlock = memory ? () => undefined : lockDataDir(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir);
  } catch (err) {
    unlock();
    throw err;
  }
  if (schemaName) {
    await client.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schemaName)}; SET search_path TO ${quoteIdent(schemaName)}`);
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    async script(work) {
      await client.transaction(async (tx) => {
        await work(async (script) => {
          const results = await tx.exec(script);
          return (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[];
        });
      });
    },
    exclusive: inProcessOrder((_key, work) => work()),
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    async close() {
      await client.close();
      unlock();
    },
  };
}

type Exclusive = <T>(key: string, work: () => Promise<T>) => Promise<T>;

/** `lock`, with works on one key queued in this process first (a failed work does not stop the next). */
function inProcessOrder(lock: Exclusive): Exclusive {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const mine = previous.then(() => lock(key, work));
    const tail = mine.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return mine;
  };
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe schema name: ${name}`);
  return `"${name}"`;
}

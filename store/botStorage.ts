// botbuilder Storage on PostgreSQL, for ConversationState. eTags are honoured:
// a write carrying a stale eTag fails, `*` or no eTag overwrites, so concurrent turns on one
// conversation cannot silently lose each other's changes.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './database';
import { botState } from './schema';

export class EtagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: the item "${key}" was changed by someone else (eTag conflict)`);
  }
}

export class PostgresBotStorage implements Storage {
  constructor(private readonly db: Db) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    // Named statements (store/database.ts, executeNamed): one per number of keys, as its text changes with it.
    const rows = await this.db.select().from(botState).where(inArray(botState.key, keys)).prepare(`bot_state_read_${keys.length}`).execute();
    const items: StoreItems = {};
    for (const row of rows) items[row.key] = { ...row.document, eTag: row.etag };
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...document } = (item ?? {}) as Record<string, unknown>;
      const etag = randomUUID();
      if (eTag === undefined || eTag === '*' || eTag === '') {
        await this.db
          .insert(botState)
          .values({ key, document, etag })
          // excluded.*: the document is serialised and sent once, not again for the update.
          .onConflictDoUpdate({ target: botState.key, set: { document: sql`excluded.document`, etag: sql`excluded.etag`, updatedAt: sql`now()` } })
          .prepare('bot_state_put')
          .execute();
        continue;
      }
      const updated = await this.db
        .update(botState)
        .set({ document, etag, updatedAt: sql`now()` })
        .where(and(eq(botState.key, key), eq(botState.etag, String(eTag))))
        .returning({ key: botState.key })
        .prepare('bot_state_update')
        .execute();
      if (updated.length === 1) continue;
      // No row matched: either the eTag is stale, or the item does not exist yet (then the
      // write creates it, as botbuilder's MemoryStorage does — unless a racer created it first).
      const inserted = await this.db
        .insert(botState)
        .values({ key, document, etag })
        .onConflictDoNothing()
        .returning({ key: botState.key })
        .prepare('bot_state_create')
        .execute();
      if (inserted.length === 0) throw new EtagConflictError(key);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db.delete(botState).where(inArray(botState.key, keys));
  }
}

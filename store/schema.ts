// Tables as drizzle sees them, for typed queries. The DDL itself lives in migrations/*.sql,
// which are the source of truth; keep the two in step when adding a migration.
import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Bot Framework conversation and user state, one row per storage key. */
export const botState = pgTable('bot_state', {
  key: text('key').primaryKey(),
  document: jsonb('document').notNull().$type<Record<string, unknown>>(),
  etag: text('etag').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

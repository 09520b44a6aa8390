// botbuilder's TranscriptLogger on PostgreSQL, for TranscriptLoggerMiddleware on the bot's adapters,
// and the read the case page uses. A transcript is a record for staff, never part of the turn: a
// failed write is logged (its reason only, never the words) and the conversation carries on.
import type { Activity, TranscriptLogger } from 'botbuilder';
import { asc, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from './database';
import { transcriptActivities } from './schema';
import { TRANSCRIPT_KEEP, transcriptEntry, type TranscriptEntry } from './transcriptEntry';

export class TranscriptStore implements TranscriptLogger {
  /** The last write of each conversation: writes of one conversation run in order, so id order is turn order. */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  /**
   * Never rejects. The middleware calls this after the turn without waiting, so the tenant's reply
   * is never held up by it either.
   */
  logActivity(activity: Partial<Activity>): Promise<void> {
    const entry = transcriptEntry(activity, new Date());
    if (!entry) return Promise.resolve();
    const id = entry.conversationId;
    const write = (this.queues.get(id) ?? Promise.resolve()).then(() => this.write(entry)).catch((err: unknown) => {
      // A drizzle error's message carries the query's parameters, which are the tenant's words.
      this.logger.warn({ reason: reasonOf(err), channel: entry.channel }, 'a transcript entry was not written; the conversation goes on');
    });
    this.queues.set(id, write);
    void write.then(() => {
      if (this.queues.get(id) === write) this.queues.delete(id);
    });
    return write;
  }

  /** Resolves when every write begun so far has finished (shutdown waits for this before closing the database). */
  async drained(): Promise<void> {
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  private async write(entry: TranscriptEntry): Promise<void> {
    await this.db.insert(transcriptActivities).values(entry);
    // Bounded: only the newest TRANSCRIPT_KEEP rows of a conversation are kept.
    await this.db.execute(sql`
      DELETE FROM ${transcriptActivities}
      WHERE ${transcriptActivities.conversationId} = ${entry.conversationId}
        AND ${transcriptActivities.id} < (
          SELECT id FROM ${transcriptActivities} WHERE ${transcriptActivities.conversationId} = ${entry.conversationId}
          ORDER BY id DESC OFFSET ${TRANSCRIPT_KEEP - 1} LIMIT 1)`);
  }
}

/** A conversation's transcript, oldest first. */
export async function readTranscript(db: Db, conversationId: string): Promise<TranscriptEntry[]> {
  return db
    .select({
      conversationId: transcriptActivities.conversationId,
      channel: transcriptActivities.channel,
      speaker: transcriptActivities.speaker,
      text: transcriptActivities.text,
      choices: transcriptActivities.choices,
      at: transcriptActivities.at,
    })
    .from(transcriptActivities)
    .where(eq(transcriptActivities.conversationId, conversationId))
    .orderBy(asc(transcriptActivities.id));
}

/** Why a write failed, without its parameters: the PostgreSQL error code or the error's name. */
function reasonOf(err: unknown): string {
  const e = err as { cause?: { code?: unknown }; code?: unknown; name?: unknown } | undefined;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? `SQLSTATE ${code}` : typeof e?.name === 'string' ? e.name : 'unknown';
}

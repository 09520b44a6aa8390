// botbuilder's TranscriptLogger on PostgreSQL, for TranscriptLoggerMiddleware on the bot's adapters,
// and the read the case page uses. A transcript is a record for staff, never part of the turn: a
// failed write is logged (its reason only, never the words) and the conversation carries on.
import type { Activity, TranscriptLogger } from 'botbuilder';
import { asc, eq, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { executeNamed, type Db } from './database';
import { transcriptActivities } from './schema';
import { TRANSCRIPT_KEEP, transcriptEntry, type TranscriptEntry } from './transcriptEntry';

export class TranscriptStore implements TranscriptLogger {
  /** The last write of each conversation: writes of one conversation run in order, so id order is turn order. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Entries of each conversation waiting for the write in flight: written together in the next one. */
  private readonly gathering = new Map<string, { entries: TranscriptEntry[]; written: Promise<void> }>();

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  /**
   * Never rejects. The middleware calls this after the turn without waiting, so the tenant's reply
   * is never held up by it either; a turn's activities, logged together, are written together.
   */
  logActivity(activity: Partial<Activity>): Promise<void> {
    const entry = transcriptEntry(activity, new Date());
    if (!entry) return Promise.resolve();
    const id = entry.conversationId;
    const waiting = this.gathering.get(id);
    if (waiting) {
      waiting.entries.push(entry);
      return waiting.written;
    }
    const entries = [entry];
    const written = (this.queues.get(id) ?? Promise.resolve())
      .then(() => {
        // From here on, later entries wait for the next write.
        this.gathering.delete(id);
        return this.write(id, entries);
      })
      .catch((err: unknown) => {
        // A drizzle error's message carries the query's parameters, which are the tenant's words.
        this.logger.warn({ reason: reasonOf(err), channel: entry.channel }, 'a transcript entry was not written; the conversation goes on');
      });
    this.gathering.set(id, { entries, written });
    this.queues.set(id, written);
    void written.then(() => {
      if (this.queues.get(id) === written) this.queues.delete(id);
    });
    return written;
  }

  /** Resolves when every write begun so far has finished (shutdown waits for this before closing the database). */
  async drained(): Promise<void> {
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  /**
   * The entries added and the conversation kept to its newest TRANSCRIPT_KEEP rows, in ONE
   * statement. Its DELETE does not see the rows its INSERT adds, so it keeps that many fewer.
   */
  private async write(conversationId: string, all: TranscriptEntry[]): Promise<void> {
    const entries = all.slice(-TRANSCRIPT_KEEP);
    const keepOld = TRANSCRIPT_KEEP - entries.length;
    const rows = entries.map((e, ord) => ({ ord, channel: e.channel, speaker: e.speaker, text: e.text, choices: e.choices, at: e.at.toISOString() }));
    const older =
      keepOld === 0
        ? sql``
        : sql`AND id < (SELECT id FROM transcript_activities WHERE conversation_id = ${conversationId} ORDER BY id DESC OFFSET ${keepOld - 1} LIMIT 1)`;
    await executeNamed(this.db, keepOld === 0 ? 'transcript_write_all' : 'transcript_write', sql`
      WITH added AS (
        INSERT INTO transcript_activities (conversation_id, channel, speaker, text, choices, at)
        SELECT ${conversationId}, channel, speaker, text, choices, at
        FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x (ord int, channel text, speaker text, text text, choices jsonb, at timestamptz)
        ORDER BY ord
        RETURNING id)
      DELETE FROM transcript_activities WHERE conversation_id = ${conversationId} ${older}`);
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

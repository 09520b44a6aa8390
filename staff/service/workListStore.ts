// What the work lists read and write: open handoffs, forwarded messages waiting for details,
// conversations where danger was mentioned and no case followed, and the append-only done marks.
import { and, asc, eq, lt, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../store/database';
import { cases, dangerMentions, handoffRequests, intakeMessages, workItemsDone } from '../../store/schema';
import type { AwaitingRow, DangerRow, DoneRow, HandoffRow } from './workLists';

export class WorkListStore {
  constructor(private readonly db: Db) {}

  async handoffs(): Promise<HandoffRow[]> {
    return this.db.select().from(handoffRequests).orderBy(asc(handoffRequests.contactBy), asc(handoffRequests.id));
  }

  async awaitingDetails(): Promise<AwaitingRow[]> {
    return this.db
      .select({
        id: intakeMessages.id,
        channel: intakeMessages.channel,
        receivedAt: intakeMessages.receivedAt,
        message: intakeMessages.message,
        missing: intakeMessages.missing,
      })
      .from(intakeMessages)
      .where(eq(intakeMessages.status, 'awaiting_details'))
      .orderBy(asc(intakeMessages.receivedAt));
  }

  /**
   * Danger mentioned, the conversation quiet since `quietSince`, and no case opened from it (a case
   * the bot opens carries the key "bot:<conversation>:<submission>", store/botCaseKey.ts).
   */
  async abandonedDanger(quietSince: Date): Promise<DangerRow[]> {
    const caseFromConversation = this.db
      .select({ id: cases.id })
      .from(cases)
      .where(sql`starts_with(${cases.idempotencyKey}, 'bot:' || ${dangerMentions.conversationId} || ':')`);
    return this.db
      .select()
      .from(dangerMentions)
      .where(and(lt(dangerMentions.mentionedAt, quietSince), notExists(caseFromConversation)))
      .orderBy(asc(dangerMentions.mentionedAt));
  }

  async done(): Promise<DoneRow[]> {
    return this.db.select().from(workItemsDone).orderBy(asc(workItemsDone.id));
  }

  /** Marks the item done once: false when someone already had (the unique key decides, not a read). */
  async markDone(mark: Omit<DoneRow, 'id'>): Promise<boolean> {
    const inserted = await this.db.insert(workItemsDone).values(mark).onConflictDoNothing().returning({ id: workItemsDone.id });
    return inserted.length === 1;
  }

  async recordDanger(row: Omit<DangerRow, 'id'>): Promise<void> {
    await this.db.insert(dangerMentions).values(row).onConflictDoNothing();
  }
}

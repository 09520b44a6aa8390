// Each emailing of a letter, on the case's record. A send is claimed first, under a lock on the
// case's row so that two requests for the same letter (a double click, two replicas) take turns:
// the second finds the first 'sending' or 'sent' within the window and is refused. Once the SMTP
// server has taken the message, the claim becomes 'sent' and, in the same transaction, a contact
// (email, out) joins the record of the work on the case and an audit event names the letter and
// the message id — never the address (the contact note, part of the case, says where it went).
import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '../../store/database';
import { auditEvents, caseNotes, cases, letterSendings } from '../../store/schema';

export type LetterSending = typeof letterSendings.$inferSelect;

export interface SendClaim {
  caseId: number;
  kind: string;
  sentTo: string;
  actor: string;
  actorName: string;
}

export class LetterSendingStore {
  constructor(private readonly db: Db) {}

  /** A new 'sending' row, or the earlier sending of the same letter still inside the window. */
  claim(claim: SendClaim, at: Date, windowMs: number): Promise<{ claimed: LetterSending } | { earlier: LetterSending }> {
    return this.db.transaction(async (tx) => {
      await tx.select({ id: cases.id }).from(cases).where(eq(cases.id, claim.caseId)).for('update');
      const [earlier] = await tx
        .select()
        .from(letterSendings)
        .where(
          and(
            eq(letterSendings.caseId, claim.caseId),
            eq(letterSendings.kind, claim.kind),
            inArray(letterSendings.state, ['sending', 'sent']),
            gt(letterSendings.startedAt, new Date(at.getTime() - windowMs)),
          ),
        )
        .orderBy(desc(letterSendings.id))
        .limit(1);
      if (earlier) return { earlier };
      const [claimed] = await tx.insert(letterSendings).values({ ...claim, state: 'sending', startedAt: at }).returning();
      return { claimed };
    });
  }

  /** The case's letters that went, oldest first. */
  sentFor(caseId: number): Promise<LetterSending[]> {
    return this.db.select().from(letterSendings).where(and(eq(letterSendings.caseId, caseId), eq(letterSendings.state, 'sent'))).orderBy(letterSendings.id);
  }

  /** The server took it: the sending, its contact note and its audit event, together. */
  sent(sending: LetterSending, messageId: string, note: { text: string; on: string }, at: Date): Promise<LetterSending> {
    return this.db.transaction(async (tx) => {
      const [done] = await tx.update(letterSendings).set({ state: 'sent', messageId, finishedAt: at }).where(eq(letterSendings.id, sending.id)).returning();
      const [contact] = await tx
        .insert(caseNotes)
        .values({ caseId: sending.caseId, at, author: sending.actor, authorName: sending.actorName, kind: 'contact', method: 'email', direction: 'out', contactOn: note.on, text: note.text })
        .returning();
      await tx.insert(auditEvents).values({
        caseId: sending.caseId,
        at,
        actor: sending.actor,
        action: 'case.letter_emailed',
        details: { letter: sending.kind, sending: sending.id, messageId, note: contact.id, by: sending.actorName },
      });
      return done;
    });
  }

  /** The server refused it or could not be reached: nothing was sent, and the attempt is audited. */
  failed(sending: LetterSending, reason: string, at: Date): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.update(letterSendings).set({ state: 'failed', finishedAt: at }).where(eq(letterSendings.id, sending.id));
      await tx.insert(auditEvents).values({
        caseId: sending.caseId,
        at,
        actor: sending.actor,
        action: 'case.letter_email_failed',
        details: { letter: sending.kind, sending: sending.id, reason, by: sending.actorName },
      });
    });
  }
}

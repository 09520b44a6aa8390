// The record of the work on a case: notes and contacts, each written once with its audit event in
// one transaction, and never changed (migrations/0016_case_notes.sql refuses it).
import { desc, eq } from 'drizzle-orm';
import type { Db } from './database';
import { auditEvents, caseNotes } from './schema';

export type CaseNote = typeof caseNotes.$inferSelect;
export type NewCaseNote = Omit<typeof caseNotes.$inferInsert, 'id' | 'at'>;

export class CaseNoteStore {
  constructor(private readonly db: Db) {}

  /** Adds the note; the audit event names it and its kind, never its words (they are the note). */
  add(note: NewCaseNote, at: Date): Promise<CaseNote> {
    return this.db.transaction(async (tx) => {
      const [added] = await tx.insert(caseNotes).values({ ...note, at }).returning();
      const contact = added.kind === 'contact' ? { method: added.method, direction: added.direction, on: added.contactOn } : {};
      await tx.insert(auditEvents).values({
        caseId: added.caseId,
        at,
        actor: note.author,
        action: added.kind === 'contact' ? 'case.contact_recorded' : 'case.note_added',
        details: { note: added.id, ...contact, by: added.authorName },
      });
      return added;
    });
  }

  /** The case's notes, newest first. */
  of(caseId: number): Promise<CaseNote[]> {
    return this.db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(desc(caseNotes.id));
  }
}

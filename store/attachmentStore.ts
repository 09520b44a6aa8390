// Files kept with a case (Code 5.12), behind one small interface so the bytes can move elsewhere
// (Azure Blob Storage, say) without the staff service noticing. The PostgreSQL store keeps the bytes
// in case_attachments (migrations/0019), written once with their audit event in one transaction and
// never changed. Another store must keep that promise: the file and its audit event, both or neither.
import { createHash } from 'node:crypto';
import { and, desc, eq, notExists, sql } from 'drizzle-orm';
import type { Db } from './database';
import { caseAttachmentRemovals, caseAttachments } from './schema';
import { recordCaseEvent } from './versionedWrite';

export interface NewAttachment {
  caseId: number;
  /** Who filed it, as the audit trail names people (`staff:<subject>`), and their shown name. */
  author: string;
  authorName: string;
  /** Already made safe (staff/attachments/fileName.ts). */
  fileName: string;
  /** Found from the content (staff/attachments/fileType.ts). */
  mediaType: string;
  content: Buffer;
}

export interface AttachmentInfo {
  id: number;
  caseId: number;
  at: Date;
  author: string;
  authorName: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export interface Attachment extends AttachmentInfo {
  content: Buffer;
}

export interface AttachmentStore {
  /** Keeps the file and audits the filing (its name, type, size and digest, never its contents). */
  put(file: NewAttachment, at: Date): Promise<AttachmentInfo>;
  /** The case's files without their contents, newest first. */
  list(caseId: number): Promise<AttachmentInfo[]>;
  /** One file of the case with its contents; undefined when the case has no such file (or it was removed). */
  get(caseId: number, id: number): Promise<Attachment | undefined>;
  /**
   * Takes a file filed by mistake off its case, with why, audited: no longer listed or offered, but
   * kept, with the removal. Undefined when the case has no such file; `already` when it was removed.
   */
  remove(caseId: number, id: number, removal: { author: string; authorName: string; reason: string }, at: Date): Promise<AttachmentInfo | 'already' | undefined>;
}

const info = {
  id: caseAttachments.id,
  caseId: caseAttachments.caseId,
  at: caseAttachments.at,
  author: caseAttachments.author,
  authorName: caseAttachments.authorName,
  fileName: caseAttachments.fileName,
  mediaType: caseAttachments.mediaType,
  sizeBytes: caseAttachments.sizeBytes,
  sha256: caseAttachments.sha256,
};

const notRemoved = notExists(
  // A subquery the outer query's row is matched in; drizzle has no typed correlated form for it.
  sql`(SELECT 1 FROM case_attachment_removals r WHERE r.attachment_id = ${caseAttachments.id})`,
);

export class PostgresAttachmentStore implements AttachmentStore {
  constructor(private readonly db: Db) {}

  put(file: NewAttachment, at: Date): Promise<AttachmentInfo> {
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    return this.db.transaction(async (tx) => {
      const [added] = await tx
        .insert(caseAttachments)
        .values({ ...file, at, sizeBytes: file.content.length, sha256 })
        .returning(info);
      await recordCaseEvent(tx, file.caseId, {
        actor: file.author,
        action: 'case.attachment_added',
        details: { attachment: added.id, fileName: added.fileName, mediaType: added.mediaType, sizeBytes: added.sizeBytes, sha256, by: file.authorName },
      });
      return added;
    });
  }

  list(caseId: number): Promise<AttachmentInfo[]> {
    return this.db
      .select(info)
      .from(caseAttachments)
      .where(and(eq(caseAttachments.caseId, caseId), notRemoved))
      .orderBy(desc(caseAttachments.id));
  }

  async get(caseId: number, id: number): Promise<Attachment | undefined> {
    const [found] = await this.db
      .select()
      .from(caseAttachments)
      .where(and(eq(caseAttachments.caseId, caseId), eq(caseAttachments.id, id), notRemoved));
    return found;
  }

  remove(caseId: number, id: number, removal: { author: string; authorName: string; reason: string }, at: Date): Promise<AttachmentInfo | 'already' | undefined> {
    return this.db.transaction(async (tx) => {
      const [file] = await tx.select(info).from(caseAttachments).where(and(eq(caseAttachments.caseId, caseId), eq(caseAttachments.id, id)));
      if (!file) return undefined;
      const [added] = await tx
        .insert(caseAttachmentRemovals)
        .values({ attachmentId: id, caseId, at, ...removal })
        .onConflictDoNothing()
        .returning();
      if (!added) return 'already';
      await recordCaseEvent(tx, caseId, {
        actor: removal.author,
        action: 'case.attachment_removed',
        details: { attachment: id, fileName: file.fileName, sha256: file.sha256, reason: removal.reason, by: removal.authorName },
      });
      return file;
    });
  }
}

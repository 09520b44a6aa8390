// Files kept with a case (Code 5.12): filed, listed and downloaded by whoever may see the case
// (StaffService.find applies restriction), open or closed. Nothing filed is deleted: a file filed by
// mistake is removed from the case with a reason, and kept. Each filing and each removal is audited
// by the store, without the file's contents.
import { refuse, type Refused } from '../../lifecycle/refusal';
import type { Attachment, AttachmentInfo, AttachmentStore } from '../../store/attachmentStore';
import type { Principal } from '../access/roles';
import type { LoadedCase, StaffService } from '../service/staffService';
import { checkUpload } from './uploadCheck';

export type UploadOutcome = { ok: true; loaded: LoadedCase; attachment: AttachmentInfo } | Refused;
export type DownloadOutcome = { ok: true; attachment: Attachment } | Refused;

const notFound = (reference: string) => refuse('not_found', `No case you can see has the reference "${reference}".`);

export class AttachmentService {
  constructor(
    private readonly cases: StaffService,
    private readonly store: AttachmentStore,
    /** ATTACHMENT_MAX_BYTES. */
    readonly maxBytes: number,
    private readonly now: () => Date,
  ) {}

  async upload(principal: Principal, reference: string, file: { bytes: Buffer; fileName: string }): Promise<UploadOutcome> {
    const loaded = await this.cases.find(principal, reference);
    if (!loaded) return notFound(reference);
    const checked = checkUpload(file.bytes, file.fileName, this.maxBytes);
    if (!checked.ok) return checked;
    const attachment = await this.store.put(
      {
        caseId: loaded.row.id,
        author: `staff:${principal.subject}`,
        authorName: principal.name,
        fileName: checked.fileName,
        mediaType: checked.type.mediaType,
        content: file.bytes,
      },
      this.now(),
    );
    return { ok: true, loaded, attachment };
  }

  /** The case's files, newest first, or not_found when the principal cannot see the case. */
  async list(principal: Principal, reference: string): Promise<{ ok: true; loaded: LoadedCase; attachments: AttachmentInfo[] } | Refused> {
    const loaded = await this.cases.find(principal, reference);
    if (!loaded) return notFound(reference);
    return { ok: true, loaded, attachments: await this.store.list(loaded.row.id) };
  }

  /** Takes a file filed by mistake off the case, with why; it stays in the store and the audit trail. */
  async remove(principal: Principal, reference: string, id: number, reason: string): Promise<{ ok: true; loaded: LoadedCase; removed: AttachmentInfo } | Refused> {
    const loaded = await this.cases.find(principal, reference);
    if (!loaded) return notFound(reference);
    const removed = await this.store.remove(loaded.row.id, id, { author: `staff:${principal.subject}`, authorName: principal.name, reason }, this.now());
    if (!removed) return refuse('not_found', `Case ${loaded.row.reference} has no file ${id}.`);
    if (removed === 'already') return refuse('already_recorded', `File ${id} was already removed from case ${loaded.row.reference}.`);
    return { ok: true, loaded, removed };
  }

  async download(principal: Principal, reference: string, id: number): Promise<DownloadOutcome> {
    const loaded = await this.cases.find(principal, reference);
    if (!loaded) return notFound(reference);
    const attachment = await this.store.get(loaded.row.id, id);
    if (!attachment) return refuse('not_found', `Case ${loaded.row.reference} has no file ${id}.`);
    return { ok: true, attachment };
  }
}

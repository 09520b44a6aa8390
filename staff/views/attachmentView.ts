// A file kept with a case as the staff API and the case page list it, with where to download it.
import type { AttachmentInfo } from '../../store/attachmentStore';

export function attachmentView(a: AttachmentInfo, reference: string) {
  return {
    id: a.id,
    at: a.at.toISOString(),
    by: a.authorName,
    fileName: a.fileName,
    mediaType: a.mediaType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    download: `/api/staff/cases/${encodeURIComponent(reference)}/attachments/${a.id}`,
  };
}
export type AttachmentView = ReturnType<typeof attachmentView>;

// Whether a file may be kept with a case, and under what name: not empty, not over the limit, and of
// a kind found from its content (fileType.ts). Pure; the routes turn a refusal into its status.
import { refuse, type Refused } from '../../lifecycle/refusal';
import { safeFileName } from './fileName';
import { ALLOWED_FILE_TYPES, ALLOWED_IN_WORDS, fileTypeOf, type FileType } from './fileType';

export type CheckedUpload = { ok: true; type: FileType; fileName: string } | Refused;

export const inMegabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

export const tooLarge = (maxBytes: number): Refused =>
  refuse('file_too_large', `The file is larger than ${inMegabytes(maxBytes)}, the most a case keeps: send a smaller file (a photo taken at a lower size, or a PDF in parts).`);

export function checkUpload(bytes: Buffer, givenName: string, maxBytes: number): CheckedUpload {
  if (bytes.length === 0) return refuse('empty_file', 'The file is empty (0 bytes): choose the file again.');
  if (bytes.length > maxBytes) return tooLarge(maxBytes);
  const type = fileTypeOf(bytes);
  if (!type) return refuse('file_type_not_accepted', `This kind of file is not kept with a case. Send one of: ${ALLOWED_IN_WORDS}.`);
  // Text named as a document or photo is not what it claims to be: ask, rather than keep it renamed.
  const claimed = /\.([a-z0-9]{1,5})$/i.exec(givenName.trim())?.[1]?.toLowerCase();
  const binary = ALLOWED_FILE_TYPES.filter((t) => !t.mediaType.startsWith('text/') && t.mediaType !== 'message/rfc822');
  if ((type.mediaType.startsWith('text/') || type.mediaType === 'message/rfc822') && claimed && [...binary.map((t) => t.extension), 'jpeg'].includes(claimed)) {
    return refuse('file_type_not_accepted', `The file is named .${claimed} but is ${type.label}: check it is the file you meant, and send it under its real name.`);
  }
  return { ok: true, type, fileName: safeFileName(givenName, type) };
}

// A file as an upload route receives it: the raw body with its name in `?filename=` (the API), or
// the one file of a multipart form (the console's form, or an API client that prefers a form).
// Both are read up to the limit; a body over it is a file_too_large refusal (413).
import type restify from 'restify';
import { z } from 'zod';
import { multipartFile } from '../../http/multipartFile';
import { readUploadBody } from '../../http/uploadBody';
import type { Refused } from '../../lifecycle/refusal';
import { tooLarge } from './uploadCheck';

export type ReceivedFile = { ok: true; bytes: Buffer; fileName: string } | Refused | { ok: false; badRequest: string } | { ok: false; aborted: true };

/** Room for a form's boundaries and part headers around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export const FileNameQuery = z.object({
  filename: z
    .string({ error: 'filename is required: the name of the file, e.g. ?filename=photo.jpg' })
    .min(1, { error: 'filename must not be empty' })
    .max(1000, { error: 'filename must be at most 1000 characters' })
    .meta({ description: 'The file\'s name (for a raw body); it is kept made safe: no folders or control characters, at most 120 characters, ending in the extension of what the file is.' })
    .optional(),
});

export const isMultipart = (req: restify.Request) => /^multipart\/form-data/i.test(String(req.headers['content-type'] ?? ''));

export async function receivedFile(req: restify.Request, maxBytes: number): Promise<ReceivedFile> {
  const multipart = isMultipart(req);
  const query = FileNameQuery.safeParse(req.query ?? {});
  if (!multipart && (!query.success || query.data.filename === undefined)) {
    // The body is not read: say what is missing before the file is sent for nothing.
    return { ok: false, badRequest: query.success ? 'Name the file: add ?filename=<its name> to the address, or send a multipart form.' : query.error.issues.map((i) => i.message).join('; ') };
  }
  const body = await readUploadBody(req, multipart ? maxBytes + FORM_OVERHEAD_BYTES : maxBytes);
  if (body.kind === 'aborted') return { ok: false, aborted: true };
  if (body.kind === 'too_large') return tooLarge(maxBytes);
  if (!multipart) return { ok: true, bytes: body.bytes, fileName: query.success ? (query.data.filename ?? '') : '' };
  const file = multipartFile(String(req.headers['content-type']), body.bytes);
  return file.ok ? { ok: true, bytes: file.bytes, fileName: file.fileName } : { ok: false, badRequest: file.message };
}

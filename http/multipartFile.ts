// The one file of a multipart/form-data body (RFC 7578), as a browser's file form sends it: the
// console's upload form has a single file field. Small on purpose: it finds the part whose
// Content-Disposition names a filename and returns its bytes and name; anything else is a message.

export type MultipartFile = { ok: true; fileName: string; bytes: Buffer } | { ok: false; message: string };

const BOUNDARY = /boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i;
const FILE_NAME = /filename="((?:[^"\\]|\\.)*)"/i;

export function multipartFile(contentType: string | undefined, body: Buffer): MultipartFile {
  const match = BOUNDARY.exec(contentType ?? '');
  if (!/^multipart\/form-data/i.test(contentType ?? '') || !match) return { ok: false, message: 'Send the file from the upload form (multipart/form-data).' };
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`, 'latin1');
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const partStart = at + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString('latin1') === '--') break;
    const headersEnd = body.indexOf('\r\n\r\n', partStart, 'latin1');
    if (headersEnd === -1) break;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n', 'latin1'), delimiter]), headersEnd + 4);
    if (next === -1) break;
    const headers = body.subarray(partStart, headersEnd).toString('utf8');
    const disposition = headers.split('\r\n').find((line) => /^content-disposition:/i.test(line)) ?? '';
    const name = FILE_NAME.exec(disposition);
    // Browsers escape a quote in the name as %22 and may escape a backslash; the name is made safe later anyway.
    if (name) return { ok: true, fileName: (name[1] ?? '').replace(/\\(.)/g, '$1').replace(/%22/g, '"'), bytes: body.subarray(headersEnd + 4, next) };
    at = next + 2;
  }
  return { ok: false, message: 'The form held no file: choose a file to upload.' };
}

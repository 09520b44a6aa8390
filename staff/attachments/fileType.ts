// What a file is, found from its first bytes (its "magic"), never from its name or the sender's
// Content-Type, both of which anyone can set. Only these kinds are kept with a case: photos, PDFs,
// plain text, emails and Word documents, the things residents and officers send about a complaint.
// Anything else (HTML and other markup, scripts, programs, archives, spreadsheets) is refused.

export interface FileType {
  mediaType: string;
  /** The extension a saved copy gets, so the file opens as what it is. */
  extension: string;
  label: string;
}

const JPEG: FileType = { mediaType: 'image/jpeg', extension: 'jpg', label: 'JPEG image' };
const PNG: FileType = { mediaType: 'image/png', extension: 'png', label: 'PNG image' };
const WEBP: FileType = { mediaType: 'image/webp', extension: 'webp', label: 'WebP image' };
const HEIC: FileType = { mediaType: 'image/heic', extension: 'heic', label: 'HEIC image (iPhone photo)' };
const PDF: FileType = { mediaType: 'application/pdf', extension: 'pdf', label: 'PDF' };
const DOCX: FileType = { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx', label: 'Word document (.docx)' };
const MSG: FileType = { mediaType: 'application/vnd.ms-outlook', extension: 'msg', label: 'Outlook email (.msg)' };
const EML: FileType = { mediaType: 'message/rfc822', extension: 'eml', label: 'email (.eml)' };
const TEXT: FileType = { mediaType: 'text/plain; charset=utf-8', extension: 'txt', label: 'plain text (UTF-8)' };

/** Every kind accepted, as a person reads the list. */
export const ALLOWED_FILE_TYPES: readonly FileType[] = [JPEG, PNG, WEBP, HEIC, PDF, TEXT, EML, MSG, DOCX];
export const ALLOWED_IN_WORDS = ALLOWED_FILE_TYPES.map((t) => t.label).join(', ');

const ascii = (text: string) => Buffer.from(text, 'latin1');
const startsWith = (bytes: Buffer, magic: Buffer, at = 0) => bytes.length >= at + magic.length && bytes.subarray(at, at + magic.length).equals(magic);

// HEIF brands an iPhone (or another camera) writes in the `ftyp` box at byte 4.
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

function binaryType(bytes: Buffer): FileType | undefined {
  if (startsWith(bytes, Buffer.from([0xff, 0xd8, 0xff]))) return JPEG;
  if (startsWith(bytes, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return PNG;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return WEBP;
  if (startsWith(bytes, ascii('ftyp'), 4) && HEIF_BRANDS.has(bytes.subarray(8, 12).toString('latin1'))) return HEIC;
  if (startsWith(bytes, ascii('%PDF-'))) return PDF;
  // A .docx is a zip holding the Office content types and a word/ folder (a .xlsx has xl/, a plain zip neither).
  if (startsWith(bytes, ascii('PK\x03\x04')) && bytes.includes(ascii('[Content_Types].xml')) && bytes.includes(ascii('word/'))) return DOCX;
  // A .msg is an OLE compound file (as old .doc and .xls are) whose streams are named __substg1.0_….
  if (startsWith(bytes, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) && bytes.includes(Buffer.from('__substg1.0_', 'utf16le'))) return MSG;
  return undefined;
}

/** UTF-8 text with no control characters but tab, line breaks and form feed; undefined otherwise. */
function asText(bytes: Buffer): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  return /[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(text) ? undefined : text;
}

// An email saved as .eml starts with its header lines: `Name: value`, or a folded line, until a blank line.
const HEADER_LINE = /^(?:[!-9;-~]+:[^\r\n]*|[ \t][^\r\n]*)$/;

function looksLikeEmail(text: string): boolean {
  const head = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = head.split(/\r?\n/);
  if (lines.length < 2 || !lines.every((line) => HEADER_LINE.test(line))) return false;
  const names = new Set(lines.map((line) => line.split(':', 1)[0]?.toLowerCase()));
  return names.has('from') && ['date', 'subject', 'to', 'message-id', 'received'].some((n) => names.has(n));
}

// A web page or other markup is text, but not a kind kept: it is what a disguised attack looks like.
const MARKUP = /^\s*<(?:!doctype|html|head|body|script|svg|\?xml|iframe|object|embed|meta|style|link|img|a\s|!--)/i;

/** The kind of file these bytes are, or undefined when it is not one this product keeps. */
export function fileTypeOf(bytes: Buffer): FileType | undefined {
  const binary = binaryType(bytes);
  if (binary) return binary;
  const text = asText(bytes);
  if (text === undefined || MARKUP.test(text.replace(/^\uFEFF/, ''))) return undefined;
  return looksLikeEmail(text) ? EML : TEXT;
}

// A file's name as it is kept and offered for saving: never a path, no control or invisible
// characters, none that Windows or a header cannot hold, not too long, and ending in the extension
// of what the file really is (a text file sent as "notes.html" is saved as "notes.html.txt", so it
// never opens as a web page).
import type { FileType } from './fileType';

export const FILE_NAME_MAX = 120;

export function safeFileName(given: string, type: FileType): string {
  const lastPart = given.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastPart
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*;]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const base = cleaned === '' ? 'attachment' : cleaned;
  const extension = `.${type.extension}`;
  const named = base.toLowerCase().endsWith(extension) || (type.extension === 'jpg' && base.toLowerCase().endsWith('.jpeg')) ? base : `${base}${extension}`;
  if ([...named].length <= FILE_NAME_MAX) return named;
  // Keep the end (the extension) and as much of the start as fits, by characters, not UTF-16 units.
  const stem = [...named.slice(0, named.length - extension.length)].slice(0, FILE_NAME_MAX - extension.length).join('');
  return `${stem}${extension}`;
}

/** The Content-Disposition that makes a browser save the file, never show it: an ASCII name and the exact one (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

// Small real-shaped files of each kind a case keeps, and of kinds it refuses, for the attachment specs.
import JSZip from 'jszip';

const bytes = (...parts: Array<number[] | string>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

async function zip(files: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: 'nodebuffer' });
}

/** name → [bytes, the media type the product should find]. */
export async function acceptedSamples(): Promise<Record<string, [Buffer, string]>> {
  return {
    'photo.jpg': [bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]), 'image/jpeg'],
    'damp.png': [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]), 'image/png'],
    'mould.webp': [bytes('RIFF', [0x1a, 0, 0, 0], 'WEBPVP8 ', [0x0e, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'image/webp'],
    'IMG_0001.HEIC': [bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'image/heic'],
    'letter.pdf': [bytes('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'), 'application/pdf'],
    'notes.txt': [Buffer.from('The leak came back on Tuesday — the ceiling is wet again.\n', 'utf8'), 'text/plain; charset=utf-8'],
    'complaint.eml': [Buffer.from('From: Ann <ann@example.org>\r\nTo: complaints@example.org\r\nSubject: Leak\r\nDate: Mon, 30 Nov 2026 09:00:00 +0000\r\n\r\nThe leak is back.\r\n'), 'message/rfc822'],
    'complaint.msg': [bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.alloc(56).toString('latin1'), Buffer.from('__substg1.0_0037001F', 'utf16le').toString('latin1')), 'application/vnd.ms-outlook'],
    'statement.docx': [await zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  };
}

/** name → bytes of a kind a case does not keep, whatever the name says. */
export async function refusedSamples(): Promise<Record<string, Buffer>> {
  return {
    'setup.exe': bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0]),
    'photo.jpg (really a program)': bytes('MZ', [0x90, 0, 3, 0]),
    'archive.zip': await zip({ 'a.txt': 'x' }),
    'figures.xlsx': await zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }),
    'old.doc (OLE, not an email)': bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.alloc(64).toString('latin1')),
    'binary.txt': Buffer.from([0x00, 0x01, 0x02, 0xfe, 0xff]),
    'latin1.txt (not UTF-8)': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    'clip.gif': bytes('GIF89a', [1, 0, 1, 0]),
  };
}

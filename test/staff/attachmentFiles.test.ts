// The pure parts of filing: what a file is (from its bytes), the name it is kept under, the header
// that makes a browser save it, and the one file of a multipart form. Table-driven, then fuzzed.
import fc from 'fast-check';
import { multipartFile } from '../../http/multipartFile';
import { attachmentDisposition, FILE_NAME_MAX, safeFileName } from '../../staff/attachments/fileName';
import { fileTypeOf, type FileType } from '../../staff/attachments/fileType';
import { checkUpload } from '../../staff/attachments/uploadCheck';
import { acceptedSamples, refusedSamples } from '../support/sampleFiles';

const TEXT = fileTypeOf(Buffer.from('x')) as FileType;

describe('what a file is, from its bytes', () => {
  it('knows each accepted kind, whatever it is called', async () => {
    for (const [name, [bytes, mediaType]] of Object.entries(await acceptedSamples())) expect([name, fileTypeOf(bytes)?.mediaType]).toEqual([name, mediaType]);
  });

  it('knows none of the refused kinds', async () => {
    for (const [name, bytes] of Object.entries(await refusedSamples())) expect([name, fileTypeOf(bytes)]).toEqual([name, undefined]);
  });

  it.each([
    ['text that starts like a header but is not an email', 'Note: the resident rang.\nShe is upset.\n', 'text/plain; charset=utf-8'],
    ['an email with folded headers', 'Received: from a\r\n  by b\r\nFrom: x@y\r\nSubject: s\r\n\r\nbody', 'message/rfc822'],
    ['HTML, which is not kept', '\uFEFF  <!doctype html><script>alert(1)</script>', undefined],
    ['an SVG drawing, which is not kept', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', undefined],
    ['text that mentions a tag later', 'The officer wrote <b>urgent</b> on the job.', 'text/plain; charset=utf-8'],
  ])('reads %s', (_what, text, mediaType) => {
    expect(fileTypeOf(Buffer.from(text))?.mediaType).toBe(mediaType);
  });

  it.each([
    ['statement.pdf', 'is named .pdf but is plain text'],
    ['photo.JPEG', 'is named .jpeg but is plain text'],
  ])('refuses text named %s, saying what it really is', (name, message) => {
    const checked = checkUpload(Buffer.from('just words'), name, 100);
    expect(checked).toMatchObject({ ok: false, refusal: { kind: 'file_type_not_accepted', message: expect.stringContaining(message) } });
  });

  it('refuses empty, oversized and unknown files in that order, with the kind each is', () => {
    expect(checkUpload(Buffer.alloc(0), 'a', 10)).toMatchObject({ ok: false, refusal: { kind: 'empty_file' } });
    expect(checkUpload(Buffer.alloc(11, 0x61), 'a', 10)).toMatchObject({ ok: false, refusal: { kind: 'file_too_large' } });
    expect(checkUpload(Buffer.from([0]), 'a', 10)).toMatchObject({ ok: false, refusal: { kind: 'file_type_not_accepted' } });
  });
});

describe('the name a file is kept under', () => {
  it('keeps a jpeg\'s own .jpeg ending', () => {
    expect(safeFileName('IMG.JPEG', fileTypeOf(Buffer.from([0xff, 0xd8, 0xff, 0])) as FileType)).toBe('IMG.JPEG');
  });

  it('is never a path, never holds a control or header-breaking character, never too long, and always ends as what the file is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (given) => {
        const kept = safeFileName(given, TEXT);
        expect(kept).not.toMatch(/[/\\"<>:|?*;\p{Cc}\p{Cf}]/u);
        expect([...kept].length).toBeLessThanOrEqual(FILE_NAME_MAX);
        expect(kept.endsWith('.txt')).toBe(true);
        const disposition = attachmentDisposition(kept);
        expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]*$/);
        expect(decodeURIComponent(disposition.split("UTF-8''")[1] as string)).toBe(kept);
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });
});

describe('the one file of a multipart form', () => {
  const form = (parts: string[], boundary = 'XyZ') => Buffer.from(`${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`, 'latin1');

  it('finds the file part among others, bytes untouched', () => {
    const body = form(['Content-Disposition: form-data; name="note"\r\n\r\nhello', 'Content-Disposition: form-data; name="file"; filename="a\\"b.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-\r\n\xff\x00']);
    expect(multipartFile('multipart/form-data; boundary=XyZ', body)).toEqual({ ok: true, fileName: 'a"b.pdf', bytes: Buffer.from('%PDF-\r\n\xff\x00', 'latin1') });
  });

  it.each([
    ['not multipart', 'application/json', form([])],
    ['no boundary', 'multipart/form-data', form([])],
    ['no file part', 'multipart/form-data; boundary=XyZ', form(['Content-Disposition: form-data; name="note"\r\n\r\nhello'])],
    ['a cut-off body', 'multipart/form-data; boundary=XyZ', Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nabc')],
  ])('says what is wrong with %s', (_what, contentType, body) => {
    expect(multipartFile(contentType, body)).toMatchObject({ ok: false, message: expect.stringMatching(/form|file/) });
  });

  it('never throws on any bytes under any boundary', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.uint8Array({ maxLength: 400 }), (boundary, bytes) => {
        const result = multipartFile(`multipart/form-data; boundary=${boundary}`, Buffer.concat([Buffer.from(`--${boundary}\r\n`), Buffer.from(bytes)]));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500, seed: 20261130 },
    );
  });
});

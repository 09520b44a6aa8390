import { createHash } from 'node:crypto';
import { acceptedSamples, refusedSamples } from '../support/sampleFiles';
import { startStaff, type Role, type Staff } from './staffHarness';

// Files kept with a case (Code 5.12): POST /api/staff/cases/{reference}/attachments?filename=… with
// the file as the body (or a multipart form), listed on the case and downloadable; the kind is found
// from the content, the size is capped by ATTACHMENT_MAX_BYTES, the name is made safe; each filing
// is audited without the file, and none can be changed or removed afterwards.
const MAX = 64 * 1024;

describe('attachments on a case', () => {
  let s: Staff;
  let reference: string;
  let restricted: string;
  const upload = async (body: BodyInit, fileName: string | undefined, { role = 'reviewer', ref = reference, contentType = 'application/octet-stream' }: { role?: Role; ref?: string; contentType?: string } = {}) =>
    fetch(`${s.t.baseUrl}/api/staff/cases/${ref}/attachments${fileName === undefined ? '' : `?filename=${encodeURIComponent(fileName)}`}`, {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${await s.token(role)}` },
      body,
    });

  beforeAll(async () => {
    s = await startStaff({ ATTACHMENT_MAX_BYTES: String(MAX) });
    s.pinNow('2026-12-01T10:00:00Z');
    reference = await s.open('complaint-repair-delay');
    restricted = await s.open('complaint-repair-delay', { signals: { staffConduct: true } } as never);
  });
  afterAll(() => s.t.stop());

  it('keeps each kind a case accepts, found from its content, and gives it back byte for byte', async () => {
    for (const [name, [bytes, mediaType]] of Object.entries(await acceptedSamples())) {
      const res = await upload(new Uint8Array(bytes), name, { contentType: 'application/x-anything' });
      expect([name, res.status]).toEqual([name, 201]);
      const filed = await res.json();
      expect(filed).toMatchObject({ fileName: name, mediaType, sizeBytes: bytes.length, by: 'Test reviewer', sha256: createHash('sha256').update(bytes).digest('hex') });
      const download = await s.get(filed.download);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe(mediaType);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
      expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    }
  });

  it('lists them on the case, newest first, without their contents, and leaves the case version as it was', async () => {
    const detail = await s.detail(reference);
    expect(detail.version).toBe(1);
    expect(detail.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(Object.keys(await acceptedSamples()).reverse());
    const listed = await (await s.get(`/api/staff/cases/${reference}/attachments`)).json();
    expect(listed.attachments).toEqual(detail.attachments);
    expect(JSON.stringify(listed)).not.toContain('content');
  });

  it('audits each filing by name, kind, size and digest, never the contents', async () => {
    const audit = (await s.detail(reference)).audit.filter((e: { action: string }) => e.action === 'case.attachment_added');
    expect(audit).toHaveLength(9);
    expect(audit[0]).toMatchObject({ actor: 'staff:dev:reviewer:Test reviewer', details: { fileName: 'photo.jpg', mediaType: 'image/jpeg', by: 'Test reviewer' } });
    expect(JSON.stringify(audit)).not.toMatch(/ceiling is wet|leak is back/);
  });

  it.each(Object.keys({ 'setup.exe': 1, 'photo.jpg (really a program)': 1, 'archive.zip': 1, 'figures.xlsx': 1, 'old.doc (OLE, not an email)': 1, 'binary.txt': 1, 'latin1.txt (not UTF-8)': 1, 'clip.gif': 1 }))(
    'refuses %s with 415, naming the kinds it keeps',
    async (name) => {
      const res = await upload(new Uint8Array((await refusedSamples())[name] as Buffer), name.split(' ')[0]);
      expect(res.status).toBe(415);
      expect((await res.json()).error.message).toMatch(/Send one of: JPEG image, PNG image, WebP image, HEIC image.*PDF.*plain text.*Word document/);
    },
  );

  it.each([
    ['an empty file', () => new Uint8Array(0), 'empty.txt', 400, /empty \(0 bytes\)/],
    ['a file one byte over the limit', () => new Uint8Array(MAX + 1).fill(0x61), 'big.txt', 413, /larger than 0.1 MB/],
    ['a file three times the limit', () => new Uint8Array(MAX * 3).fill(0x61), 'huge.txt', 413, /larger than/],
    ['no file name', () => new Uint8Array([0x61]), undefined, 400, /\?filename=/],
  ])('refuses %s and says what to do', async (_what, body, name, status, message) => {
    const res = await upload(body(), name);
    expect(res.status).toBe(status);
    expect((await res.json()).error.message).toMatch(message);
  });

  it('cuts off a body far beyond the limit without reading it, and goes on answering', async () => {
    const status = await upload(new Uint8Array(MAX * 6).fill(0x61), 'huge.txt').then((res) => res.status, () => 'cut off');
    expect([413, 'cut off']).toContain(status);
    expect((await s.get('/healthz')).status).toBe(200);
  });

  it('keeps a file exactly at the limit', async () => {
    expect((await upload(new Uint8Array(MAX).fill(0x61), 'exactly.txt')).status).toBe(201);
  });

  it.each([
    ['../../etc/passwd', 'passwd.txt'],
    ['C:\\Users\\ann\\Desktop\\damp.txt', 'damp.txt'],
    ['report\u0000\u202e.txt', 'report.txt'],
    ['page.html', 'page.html.txt'],
    ['   ', 'attachment.txt'],
    ['a"b;c.txt', 'a_b_c.txt'],
    [`${'x'.repeat(300)}.txt`, `${'x'.repeat(116)}.txt`],
  ])('keeps the name %j as %j', async (given, kept) => {
    const res = await upload(new Uint8Array(Buffer.from('hello')), given);
    expect(res.status).toBe(201);
    expect((await res.json()).fileName).toBe(kept);
  });

  it('offers a name with any letters for saving, in ASCII and exactly (RFC 6266)', async () => {
    const filed = await (await upload(new Uint8Array(Buffer.from('hello')), 'Llythyr-cwyn-ŵ.txt')).json();
    const disposition = (await s.get(filed.download)).headers.get('content-disposition');
    expect(disposition).toBe(`attachment; filename="Llythyr-cwyn-_.txt"; filename*=UTF-8''Llythyr-cwyn-%C5%B5.txt`);
  });

  it('accepts the file as a multipart form too', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('%PDF-1.7\n%%EOF\n')]), 'scan.pdf');
    const res = await fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${await s.token('reviewer')}` }, body: form });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ fileName: 'scan.pdf', mediaType: 'application/pdf' });
  });

  it('is for casework roles, on cases they can see: a restricted case does not exist for a reviewer', async () => {
    const file = () => new Uint8Array(Buffer.from('hello'));
    expect((await upload(file(), 'a.txt', { role: 'admin' })).status).toBe(403);
    expect((await upload(file(), 'a.txt', { ref: 'CMP-2026-999999' })).status).toBe(404);
    expect((await upload(file(), 'a.txt', { ref: restricted })).status).toBe(404);
    const filed = await upload(file(), 'a.txt', { ref: restricted, role: 'complaints_manager' });
    expect(filed.status).toBe(201);
    const { download } = await filed.json();
    expect((await s.get(download, 'reviewer')).status).toBe(404);
    expect((await s.get(`/api/staff/cases/${restricted}/attachments`, 'reviewer')).status).toBe(404);
    expect((await s.get(download, 'complaints_manager')).status).toBe(200);
    expect((await s.get(download, null)).status).toBe(401);
  });

  it('does not hand out one case\'s file under another case\'s reference', async () => {
    const { download } = (await s.detail(reference)).attachments[0];
    const other = await s.open('complaint-repair-delay');
    expect((await s.get(download.replace(reference, other))).status).toBe(404);
    expect((await s.get(`/api/staff/cases/${reference}/attachments/abc`)).status).toBe(404);
  });

  it('keeps every file for good: the database refuses to change or remove one', async () => {
    const { database } = s.t.app.context;
    const { id } = (await s.detail(reference)).attachments[0];
    const removed = await fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/attachments/${id}/remove`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer')}` },
      body: JSON.stringify({ reason: 'Filed on the wrong case.' }),
    });
    expect(removed.status).toBe(200);
    // TRUNCATE of a table others reference is refused before its own trigger runs; either way, refused.
    for (const statement of [
      "UPDATE case_attachments SET file_name = 'x.txt'",
      'DELETE FROM case_attachments',
      'TRUNCATE case_attachments CASCADE',
      "UPDATE case_attachment_removals SET reason = 'never mind'",
      'DELETE FROM case_attachment_removals',
      'TRUNCATE case_attachment_removals',
    ]) {
      await expect(database.script((run) => run(statement).then(() => undefined))).rejects.toThrow(/case_attachments is append-only|is not allowed/);
    }
    expect((await s.detail(reference)).attachments.length).toBeGreaterThan(5);
  });

  it('takes a file filed by mistake off the case with a reason, once, and keeps the record of it', async () => {
    const filed = await (await upload(new Uint8Array(Buffer.from('wrong case')), 'neighbour.txt')).json();
    const remove = async (body: unknown) =>
      fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/attachments/${filed.id}/remove`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer')}` },
        body: JSON.stringify(body),
      });
    expect((await remove({ reason: ' ' })).status).toBe(400);
    const res = await remove({ reason: 'Belongs to the neighbour\'s case.' });
    expect(res.status).toBe(200);
    expect((await res.json()).removed).toMatchObject({ fileName: 'neighbour.txt' });
    expect((await remove({ reason: 'Again, by a double click.' })).status).toBe(409);
    expect((await s.get(filed.download)).status).toBe(404);
    const detail = await s.detail(reference);
    expect(detail.attachments.map((a: { id: number }) => a.id)).not.toContain(filed.id);
    expect(detail.audit.at(-1)).toMatchObject({ action: 'case.attachment_removed', details: { attachment: filed.id, fileName: 'neighbour.txt', reason: "Belongs to the neighbour's case.", by: 'Test reviewer' } });
  });
});

// Fuzzing the upload route with random bytes (and real files' first bytes), random names and random
// Content-Types, raw and as forms: never a 5xx, only the answers the route documents, a file kept
// only when it is a kind a case keeps, always under a safe name, and given back byte for byte.
import fc from 'fast-check';
import { fileTypeOf } from '../../staff/attachments/fileType';
import { acceptedSamples } from '../support/sampleFiles';
import { startStaff, type Staff } from './staffHarness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const MAX = 4096;

describe('fuzzing POST /api/staff/cases/{reference}/attachments', () => {
  let s: Staff;
  let reference: string;
  let samples: Buffer[];
  beforeAll(async () => {
    s = await startStaff({ ATTACHMENT_MAX_BYTES: String(MAX) });
    reference = await s.open('complaint-repair-delay');
    samples = Object.values(await acceptedSamples()).map(([bytes]) => bytes);
  });
  afterAll(() => s.t.stop());

  it('never answers 5xx, keeps only accepted kinds under safe names, and gives them back exactly', async () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: MAX + 200 }).map((b) => Buffer.from(b)),
      fc.tuple(fc.integer({ min: 0, max: 8 }), fc.uint8Array({ maxLength: 300 })).map(([i, tail]) => Buffer.concat([samples[i] as Buffer, Buffer.from(tail)])),
      fc.string({ unit: 'binary', maxLength: 300 }).map((t) => Buffer.from(t, 'utf8')),
    );
    const name = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('../x.pdf', 'a.exe', '', '.', 'CON', '%00.txt', 'x'.repeat(2000)));
    const contentType = fc.oneof(fc.constantFrom('application/octet-stream', 'application/json', 'text/html', 'image/png', 'multipart/form-data', 'multipart/form-data; boundary=', 'application/x-www-form-urlencoded'), fc.string({ maxLength: 40 }).map((t) => t.replace(/[^\x20-\x7e]/g, '')));
    await fc.assert(
      fc.asyncProperty(content, name, contentType, fc.boolean(), async (bytes, fileName, type, asForm) => {
        const token = await s.token('reviewer');
        let res: Response;
        if (asForm) {
          const form = new FormData();
          form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
          res = await fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/attachments`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
        } else {
          res = await fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/attachments?filename=${encodeURIComponent(fileName)}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, ...(type ? { 'content-type': type } : {}) },
            body: new Uint8Array(bytes),
          });
        }
        const body = await res.json();
        expect([201, 400, 413, 415]).toContain(res.status);
        if (res.status !== 201) {
          expect(body.error.message.length).toBeGreaterThan(10);
          return;
        }
        // A raw body sent as a form's Content-Type is refused (400), so a kept raw file is exactly what was sent.
        const sent = asForm || !/^multipart\/form-data/i.test(type) ? bytes : undefined;
        expect(body.mediaType).toBe(fileTypeOf(sent as Buffer)?.mediaType);
        expect(body.fileName).not.toMatch(/[/\\\p{Cc}]/u);
        expect([...body.fileName].length).toBeLessThanOrEqual(120);
        const download = await s.get(body.download);
        expect(Buffer.from(await download.arrayBuffer()).equals(sent as Buffer)).toBe(true);
      }),
      { numRuns: RUNS, seed: 20261130, endOnFailure: true },
    );
    expect((await s.get('/healthz')).status).toBe(200);
  });
});

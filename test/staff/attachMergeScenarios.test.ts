// The complaints team's acceptance scenarios for files on a case (`attach-`) and merging duplicates
// (`merge-`), written by someone who had not read the code, as specs. Roles as this product names
// them: a complaints officer is a `reviewer` (who works cases), a complaints manager a
// `complaints_manager`; the scenarios' read-only "reviewer" role does not exist here.
import { startStaff, type Role, type Staff } from './staffHarness';

const MB = 1024 * 1024;
const jpeg = (size: number) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size - 6, 0x42), Buffer.from([0xff, 0xd9])]);
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 15, 0x20), Buffer.from('\n%%EOF')]);
const BEGUM = { name: 'Aisha Begum', email: 'aisha.begum@example.org', postcode: 'LS1 4AB', preferredMethod: 'email', agreesToContact: true };
const PRYCE = { name: 'Joanne Pryce', phone: '07700 900456', postcode: 'LS1 4AB', preferredMethod: 'phone', agreesToContact: true };

describe('staff scenarios: files and duplicates', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-10T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  const open = (receivedAt = '2026-12-01T10:00:00Z', contact: object = BEGUM, extra: object = {}) => s.open('complaint-repair-delay', { receivedAt, contact, ...extra } as never);
  const upload = async (reference: string, bytes: Buffer, name: string, role: Role = 'reviewer') =>
    fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/attachments?filename=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${await s.token(role)}` },
      body: new Uint8Array(bytes),
    });
  const merge = async (duplicate: string, body: Record<string, unknown>, role: Role = 'reviewer') => {
    const version = body.version ?? (await s.detail(duplicate, role)).version;
    return s.act(duplicate, 'merge', { version, ...body }, role);
  };

  describe('attach-', () => {
    it('attach-damp-photos-and-scanned-letter: five files listed with name, size, uploader and time, each downloading byte for byte, each in the history', async () => {
      const ref = await open();
      const files: Array<[string, Buffer]> = [
        ['bedroom-wall-1.jpg', jpeg(4.2 * MB)],
        ['bedroom-wall-2.jpg', jpeg(3.9 * MB)],
        ['window.jpg', jpeg(2.1 * MB)],
        ['letter-from-resident.pdf', pdf(1.1 * MB)],
        ['email-24-feb.pdf', pdf(80_000)],
      ];
      for (const [name, bytes] of files) expect((await upload(ref, bytes, name)).status).toBe(201);
      const detail = await s.detail(ref);
      expect(detail.attachments.map((a: { fileName: string; sizeBytes: number; by: string }) => [a.fileName, a.sizeBytes, a.by])).toEqual(
        files.map(([name, bytes]) => [name, bytes.length, 'Test reviewer']).reverse(),
      );
      for (const [name, bytes] of files) {
        const listed = detail.attachments.find((a: { fileName: string }) => a.fileName === name);
        expect(Buffer.from(await (await s.get(listed.download)).arrayBuffer()).equals(bytes)).toBe(true);
      }
      expect(detail.audit.filter((e: { action: string }) => e.action === 'case.attachment_added')).toHaveLength(5);
      const page = await (await s.get(`/console/cases/${ref}`)).text();
      expect(page).toMatch(/bedroom-wall-1\.jpg<\/a> · 4\.2 MB · Test reviewer, /);
    });

    it('attach-video-too-large: a 40 MB video is refused, saying why and the limit; nothing stored; a note can still say where it is', async () => {
      const ref = await open();
      const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(40 * MB - 12)]);
      const res = await upload(ref, mp4, 'ceiling.mp4');
      expect([413, 415]).toContain(res.status);
      expect((await res.json()).error.message).toMatch(/10 MB/);
      expect((await s.detail(ref)).attachments).toEqual([]);
      expect((await s.act(ref, 'notes', { kind: 'note', text: 'Resident has a 40 MB video of the leak; held on the shared drive, Repairs/2026/Begum.' })).status).toBe(201);
    });

    it.each([
      ['a Windows program named damp.jpg', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'damp.jpg'],
      ['report.pdf.exe', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 'report.pdf.exe'],
      ['an HTML page renamed .pdf', Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), 'statement.pdf'],
    ])('attach-exe-renamed-jpg: %s is refused from what it contains; nothing stored', async (_what, bytes, name) => {
      const ref = await open();
      const res = await upload(ref, bytes, name);
      expect(res.status).toBe(415);
      expect((await s.detail(ref)).attachments).toEqual([]);
    });

    it('attach-zero-byte-file: refused as empty; nothing stored', async () => {
      const ref = await open();
      const res = await upload(ref, Buffer.alloc(0), 'scan001.pdf');
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(/file is empty/);
      expect((await s.detail(ref)).attachments).toEqual([]);
    });

    it('attach-odd-filename-kept-safe: odd names accepted, shown as literal text, no script runs, contents intact', async () => {
      const ref = await open();
      const obrien = "Mrs O'Brien – damp (kitchen) #2 ☔ 100%.jpg";
      const a = await (await upload(ref, jpeg(2000), obrien)).json();
      expect(a.fileName).toBe(obrien);
      const b = await upload(ref, pdf(500), '<img src=x onerror=alert(1)>.pdf');
      expect(b.status).toBe(201);
      const page = await (await s.get(`/console/cases/${ref}`)).text();
      expect(page).toContain('Mrs O&#x27;Brien – damp (kitchen) #2 ☔ 100%.jpg');
      expect(page).not.toMatch(/<img src=x/);
      expect(Buffer.from(await (await s.get(a.download)).arrayBuffer()).equals(jpeg(2000))).toBe(true);
    });

    it('attach-path-traversal-name: stored under names with no path, each download its own file, another case\'s same-named file untouched', async () => {
      const [one, other] = [await open(), await open()];
      const otherFile = await (await upload(other, pdf(700), 'passwd.pdf')).json();
      for (const [name, size] of [['../../etc/passwd', 600], ['..\\..\\windows\\win.ini', 650]] as const) {
        const filed = await (await upload(one, pdf(size), name)).json();
        expect(filed.fileName).not.toMatch(/[/\\]|\.\./);
        expect(Buffer.from(await (await s.get(filed.download)).arrayBuffer()).equals(pdf(size))).toBe(true);
      }
      expect(Buffer.from(await (await s.get(otherFile.download)).arrayBuffer()).equals(pdf(700))).toBe(true);
    });

    it('attach-restricted-case-hidden-from-others: officers cannot see a restricted case\'s files, even by a copied link; search does not name them; the manager can open them', async () => {
      const ref = await open(undefined, BEGUM, { signals: { staffConduct: true } });
      const filed = await (await upload(ref, pdf(900), 'witness-statement.pdf', 'complaints_manager')).json();
      expect((await s.get(filed.download, 'reviewer')).status).toBe(404);
      expect((await s.get(`/api/staff/cases/${ref}/attachments`, 'reviewer')).status).toBe(404);
      expect(JSON.stringify(await (await s.get('/api/staff/search?q=witness', 'reviewer')).json())).not.toContain('witness-statement');
      expect((await s.get(filed.download, 'complaints_manager')).status).toBe(200);
    });

    it('attach-restricted-case-reviewer-and-admin: being an admin does not open case files', async () => {
      const ref = await open(undefined, BEGUM, { signals: { staffConduct: true } });
      const filed = await (await upload(ref, pdf(900), 'witness-statement.pdf', 'complaints_manager')).json();
      expect((await s.get(filed.download, 'admin')).status).toBe(403);
    });

    it('attach-remove-is-recorded: a file filed on the wrong case is removed with a reason; no longer offered; the history says who, which file, when and why', async () => {
      const ref = await open();
      const filed = await (await upload(ref, jpeg(3000), 'window.jpg')).json();
      const res = await fetch(`${s.t.baseUrl}/api/staff/cases/${ref}/attachments/${filed.id}/remove`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer')}` },
        body: JSON.stringify({ reason: 'Filed on the wrong case: belongs to the neighbour\'s case.' }),
      });
      expect(res.status).toBe(200);
      const detail = await s.detail(ref);
      expect(detail.attachments).toEqual([]);
      expect(detail.audit.at(-1)).toMatchObject({ action: 'case.attachment_removed', details: { fileName: 'window.jpg', reason: expect.stringMatching(/wrong case/) } });
    });

    it('attach-upload-to-closed-case: accepted on a closed case, dated, and the closed case\'s dates and version do not move', async () => {
      const ref = await open();
      const before = await s.detail(ref);
      const closed = await (await s.act(ref, 'withdraw', { version: before.version, on: '2026-12-09', reason: 'Resident withdrew by phone.' })).json();
      const res = await upload(ref, jpeg(2500), 'still-not-fixed.jpg');
      expect(res.status).toBe(201);
      const after = await s.detail(ref);
      expect(after.version).toBe(closed.version);
      expect(after.lifecycle).toEqual(closed.lifecycle);
      expect(after.attachments[0]).toMatchObject({ fileName: 'still-not-fixed.jpg', at: '2026-12-10T10:00:00.000Z' });
    });
  });

  describe('merge-', () => {
    it('merge-email-and-chat-duplicate: the duplicate shows as merged with no clock; the kept case shows its note and file, marked as from it; both histories record who merged', async () => {
      const kept = await open('2026-12-01T09:00:00Z');
      const dup = await open('2026-12-02T09:00:00Z');
      await s.act(dup, 'notes', { kind: 'note', text: 'Chat said the damp is in the bedroom.' });
      await upload(dup, pdf(800), 'chat-transcript.pdf');
      const res = await merge(dup, { into: kept });
      expect(res.status).toBe(200);
      const d = await res.json();
      expect(d).toMatchObject({ mergedInto: kept, phase: 'closed' });
      expect(d.next ?? null).toBeNull();
      const k = await s.detail(kept);
      expect(k.mergedFrom).toMatchObject([{ reference: dup }]);
      expect(k.notes).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Chat said the damp is in the bedroom.', fromCase: dup, by: 'Test reviewer' })]));
      expect(k.attachments).toEqual(expect.arrayContaining([expect.objectContaining({ fileName: 'chat-transcript.pdf', fromCase: dup })]));
      expect(d.audit.at(-1)).toMatchObject({ action: 'case.merged_into', details: { into: kept, by: 'Test reviewer' } });
      expect(k.audit.at(-1)).toMatchObject({ action: 'case.merged_from', details: { from: dup, by: 'Test reviewer' } });
      const queue = await (await s.get('/api/staff/cases?pageSize=100')).json();
      expect(JSON.stringify(queue)).not.toContain(dup);
    });

    it('merge-clock-uses-earliest-receipt: merging never moves the clocks later than the first contact', async () => {
      const later = await open('2026-12-08T09:00:00Z');
      const earlier = await open('2026-12-04T09:00:00Z');
      const res = await merge(earlier, { into: later });
      if (res.status === 200) {
        expect((await s.detail(later)).deadlines).toEqual((await s.detail(earlier)).deadlines);
      } else {
        expect(res.status).toBe(422);
        expect((await res.json()).error.message).toMatch(new RegExp(`merge ${later} into ${earlier} instead`));
        expect((await merge(later, { into: earlier })).status).toBe(200);
      }
    });

    it('merge-counted-once-in-figures: one complaint, not two; the duplicate not counted as refused, withdrawn or resolved', async () => {
      const before = await (await s.get('/api/staff/figures', 'admin')).json();
      const kept = await open('2026-12-03T09:00:00Z');
      const dup = await open('2026-12-03T11:00:00Z');
      expect((await merge(dup, { into: kept })).status).toBe(200);
      const after = await (await s.get('/api/staff/figures', 'admin')).json();
      expect(after.received - before.received).toBe(1);
      expect(after.withdrawn).toBe(before.withdrawn);
      expect(after.outcomes).toEqual(before.outcomes);
      expect(after.refusalsByReason).toEqual(before.refusalsByReason);
    });

    it('merge-old-reference-lookup: the old reference is found, and says where the complaint went, with a link', async () => {
      const kept = await open('2026-12-01T09:00:00Z');
      const dup = await open('2026-12-01T12:00:00Z');
      await merge(dup, { into: kept });
      const found = await (await s.get(`/api/staff/search?q=${dup}`)).json();
      expect(found.items[0].reference).toBe(dup);
      const page = await (await s.get(`/console/cases/${dup}`)).text();
      expect(page).toMatch(new RegExp(`merged into <a href="/console/cases/${kept}">${kept}</a>`));
    });

    it('merge-chain-lookup: a reference merged twice leads to the live case, with the trail visible', async () => {
      const original = await open('2026-12-01T08:00:00Z');
      const middle = await open('2026-12-01T09:00:00Z');
      const first = await open('2026-12-01T10:00:00Z');
      expect((await merge(first, { into: middle })).status).toBe(200);
      expect((await merge(middle, { into: original })).status).toBe(200);
      const d = await s.detail(first);
      expect(d.mergedInto).toBe(middle);
      expect(d.mergedIntoLive ?? d.mergedInto).toBe(original);
    });

    it.each([['its own reference'], [' lower case with spaces ']])('merge-into-itself-refused: %s', async (how) => {
      const ref = await open();
      const before = await s.detail(ref);
      const into = how === 'its own reference' ? ref : ` ${ref.toLowerCase()} `;
      const res = await merge(ref, { into });
      expect(res.status).toBe(422);
      expect((await res.json()).error.message).toMatch(/cannot be merged into itself/);
      expect((await s.detail(ref)).version).toBe(before.version);
    });

    it('merge-into-closed-case: refused; the new complaint untouched and its clock running', async () => {
      const closed = await open('2026-11-20T09:00:00Z');
      await s.act(closed, 'withdraw', { version: (await s.detail(closed)).version, on: '2026-11-25', reason: 'Resident withdrew by phone.' });
      const fresh = await open('2026-12-08T09:00:00Z');
      const before = await s.detail(fresh);
      const res = await merge(fresh, { into: closed });
      expect(res.status).toBe(409);
      expect((await res.json()).error.message).toMatch(/closed: reopen it first/);
      const after = await s.detail(fresh);
      expect([after.version, after.phase, after.mergedInto]).toEqual([before.version, before.phase, null]);
    });

    it('merge-different-residents-refused: neighbours\' cases are not merged; nothing changes', async () => {
      const begum = await open('2026-12-01T09:00:00Z', BEGUM);
      const pryce = await open('2026-12-02T09:00:00Z', PRYCE);
      const before = await s.detail(pryce);
      const res = await merge(pryce, { into: begum });
      expect(res.status).toBe(422);
      expect((await s.detail(pryce)).version).toBe(before.version);
      expect((await s.detail(begum)).mergedFrom).toEqual([]);
    });

    it('merge-restricted-into-ordinary: into a restricted case it stays restricted; a restricted case into an ordinary one is refused', async () => {
      const restricted = await open('2026-12-01T09:00:00Z', BEGUM, { signals: { staffConduct: true } });
      const ordinary = await open('2026-12-01T10:00:00Z');
      expect((await merge(ordinary, { into: restricted }, 'complaints_manager')).status).toBe(200);
      expect((await s.detail(restricted, 'complaints_manager')).restricted).toBe(true);
      const restricted2 = await open('2026-12-02T10:00:00Z', BEGUM, { signals: { staffConduct: true } });
      const ordinary2 = await open('2026-12-02T09:00:00Z');
      const res = await merge(restricted2, { into: ordinary2 }, 'complaints_manager');
      expect(res.status).toBe(422);
      expect((await s.detail(restricted2, 'complaints_manager')).mergedInto).toBeNull();
      expect((await s.get(`/api/staff/cases/${restricted}`, 'reviewer')).status).toBe(404);
    });
  });
});

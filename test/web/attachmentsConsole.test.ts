// The case page's files over HTTP: the upload form (multipart, from the console itself), the list
// with download links, and a refused file explained on the page.
import { startStaff, type Staff } from '../staff/staffHarness';

describe('files on the console case page', () => {
  let s: Staff;
  let reference: string;
  beforeAll(async () => {
    s = await startStaff();
    reference = await s.open('complaint-repair-delay');
  });
  afterAll(() => s.t.stop());

  const send = async (content: Buffer, name: string, origin = s.t.baseUrl) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), name);
    return fetch(`${s.t.baseUrl}/console/cases/${reference}/attachments`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin, authorization: `Bearer ${await s.token('reviewer')}` },
      body: form,
    });
  };

  it('offers the upload form, naming the kinds and the size a case keeps', async () => {
    const page = await (await s.get(`/console/cases/${reference}`)).text();
    expect(page).toContain(`action="/console/cases/${reference}/attachments" enctype="multipart/form-data"`);
    expect(page).toMatch(/JPEG image, PNG image.*; at most 10 MB\. Not checked for viruses: add only files you trust\. A file filed by mistake can be removed/);
    expect(page).toContain('No files yet.');
  });

  it('files what the form sends and lists it with its download link', async () => {
    const posted = await send(Buffer.from('%PDF-1.7\n%%EOF\n'), 'Repair "history" 2026.pdf');
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/console/cases/${reference}?done=attachments`);
    const page = await (await s.get(`/console/cases/${reference}?done=attachments`)).text();
    expect(page).toContain('Saved: attachments.');
    expect(page).toMatch(new RegExp(`<a href="/api/staff/cases/${reference}/attachments/\\d+" download>Repair _history_ 2026.pdf</a> · 15 bytes · Test reviewer`));
  });

  it('explains a refused file on the page, with the status for its kind', async () => {
    const res = await send(Buffer.from('MZ\x90\x00'), 'photo.jpg');
    expect(res.status).toBe(415);
    expect(await res.text()).toMatch(/This kind of file is not kept with a case\. Send one of: JPEG image/);
    const empty = await send(Buffer.alloc(0), 'empty.txt');
    expect(empty.status).toBe(400);
  });

  it('refuses a form sent from another site', async () => {
    expect((await send(Buffer.from('hello'), 'a.txt', 'https://evil.example')).status).toBe(403);
    expect((await s.detail(reference)).attachments).toHaveLength(1);
  });
});

// The console's case page shows the resident's contact, and its update-contact form comes
// prefilled with it (an older case's free-text adjustments as "other"), saves it, and says what to
// fix when a field is wrong.
import { startStaff, type Staff } from '../staff/staffHarness';

const COMPLAINT = 'complaint-repair-delay';

describe('the contact on the console case page', () => {
  let s: Staff;
  const page = async (path: string) => (await s.get(path)).text();
  const post = async (path: string, fields: [string, string][]) =>
    fetch(`${s.t.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
      body: new URLSearchParams(fields).toString(),
    });

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it.each([
    ['name', { name: 'Fay Lewis' }, '<dt>Name</dt><dd>Fay Lewis</dd>'],
    ['email', { email: 'fay@example.org' }, '<dt>Email</dt><dd>fay@example.org</dd>'],
    ['phone', { phone: '07700 900789' }, '<dt>Phone</dt><dd>07700 900789</dd>'],
    ['address', { address: ['4 Quay Street', 'Swansea'], postcode: 'sa11aa' }, '<dd>4 Quay Street<br>Swansea<br>SA1 1AA</dd>'],
    ['preferred method', { preferredMethod: 'in_person' }, '<dt>Preferred method</dt><dd>in person</dd>'],
    ['language', { language: 'cy' }, '<dt>Language</dt><dd>cy</dd>'],
    ['adjustments', { adjustments: [{ kind: 'bsl' }] }, '<li>British Sign Language interpreter</li>'],
  ])('shows the %s', async (_what, contact, shown) => {
    const reference = await s.open(COMPLAINT, { contact, vulnerability: { hasVulnerability: false } } as never);
    expect(await page(`/console/cases/${reference}`)).toContain(shown);
  });

  it('says what is not given', async () => {
    const reference = await s.open(COMPLAINT, { contact: { name: 'Gil Owen' }, vulnerability: { hasVulnerability: false } });
    const html = await page(`/console/cases/${reference}`);
    for (const dt of ['Email', 'Phone', 'Address']) expect(html).toMatch(new RegExp(`<dt>${dt}</dt>\\s*<dd>Not given</dd>`));
    expect(html).toContain('<dt>Language</dt><dd>en</dd>');
    expect(html).toMatch(/<dt>Adjustments<\/dt>\s*<dd>None asked for<\/dd>/);
  });

  it('prefills the form with the contact, and saves what staff change', async () => {
    const reference = await s.open(COMPLAINT, {
      contact: { name: 'Hal Price', phone: '07700 900111', preferredMethod: 'webchat', address: ['9 Bay Road'], postcode: 'CF10 1AA' },
      vulnerability: { hasVulnerability: true, adjustments: ['I am deaf, email or text only'] },
    });
    const html = await page(`/console/cases/${reference}`);
    expect(html).toContain(`action="/console/cases/${reference}/update-contact"`);
    expect(html).toContain('id="update-contact-name" type="text" name="name" value="Hal Price"');
    expect(html).toContain('<option value="webchat" selected>webchat</option>');
    expect(html).toMatch(/name="address" rows="3">9 Bay Road<\/textarea>/);
    expect(html).toMatch(/name="adjustments" rows="3">other: I am deaf, email or text only<\/textarea>/);

    const res = await post(`/console/cases/${reference}/update-contact`, [
      ['version', '1'], ['name', 'Hal Price'], ['email', 'hal@example.org'], ['phone', ''], ['address', '9 Bay Road\r\nCardiff'], ['postcode', 'cf10 1aa'],
      ['language', 'en'], ['preferredMethod', 'email'], ['adjustments', 'email_only: deaf\r\ntext only'],
    ]);
    expect(res.status).toBe(303);
    const detail = await s.detail(reference);
    expect(detail.contact).toEqual({
      name: 'Hal Price', email: 'hal@example.org', phone: null, address: ['9 Bay Road', 'Cardiff'], postcode: 'CF10 1AA', language: 'en', preferredMethod: 'email',
      adjustments: [{ kind: 'email_only', details: 'deaf', text: 'Email only: deaf' }, { kind: 'text_only', details: null, text: 'Text messages only' }],
    });
  });

  it('says what to fix when the postcode is wrong, and changes nothing', async () => {
    const reference = await s.open(COMPLAINT, { contact: { name: 'Ivy Moss' } });
    const res = await post(`/console/cases/${reference}/update-contact`, [['version', '1'], ['name', 'Ivy Moss'], ['postcode', 'NOPE']]);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('contact.postcode must be a UK postcode');
    expect((await s.detail(reference)).version).toBe(1);
  });
});

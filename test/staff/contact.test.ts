// The resident's contact over the staff API: what the case detail shows, what update-contact
// accepts and refuses, and an audit trail that names the changed fields but never their values.
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';

describe('the contact in the case detail (GET /api/staff/cases/{reference})', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it.each([
    [
      'a full contact, postcode normalised',
      { name: 'Ann Evans', email: 'ann@example.org', phone: '07700 900123', address: ['Flat 2', '1 High Street', 'Cardiff'], postcode: 'cf101aa', language: 'cy', preferredMethod: 'letter', adjustments: [{ kind: 'large_print' }, { kind: 'interpreter', details: 'Polish' }] },
      { vulnerability: { hasVulnerability: false } },
      { name: 'Ann Evans', email: 'ann@example.org', phone: '07700 900123', address: ['Flat 2', '1 High Street', 'Cardiff'], postcode: 'CF10 1AA', language: 'cy', preferredMethod: 'letter', adjustments: [{ kind: 'large_print', details: null, text: 'Large print (18 pt and above)' }, { kind: 'interpreter', details: 'Polish', text: 'Interpreter: Polish' }] },
    ],
    [
      'an older case: name only, adjustments in words',
      { name: 'Bo Jones' },
      { vulnerability: { hasVulnerability: true, adjustments: ['Large print (18pt) letters'] } },
      { name: 'Bo Jones', email: null, phone: null, address: [], postcode: null, language: 'en', preferredMethod: null, adjustments: [{ kind: 'other', details: 'Large print (18pt) letters', text: 'Large print (18pt) letters' }] },
    ],
  ])('%s', async (_what, contact, more, shown) => {
    const reference = await s.open(COMPLAINT, { contact, ...more } as never);
    expect((await s.detail(reference)).contact).toEqual(shown);
  });

  it.each([
    ['a postcode that is not one', { postcode: 'XX1' }, /contact.postcode must be a UK postcode/],
    ['an adjustment of no known kind', { adjustments: [{ kind: 'carrier_pigeon' }] }, /kind must be one of: large_print, braille/],
    ['"other" without saying what', { adjustments: [{ kind: 'other' }] }, /must say what it is in details/],
    ['a language that is not a code', { language: 'Welsh please' }, /ISO language code/],
  ])('refuses %s at intake with a message to act on', async (_what, contact, message) => {
    const res = await fetch(`${s.t.baseUrl}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('service')}` },
      body: JSON.stringify({ ...(await import('../support/fixtures')).exampleCase(COMPLAINT), contact }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(message);
  });
});

describe('update-contact (POST /api/staff/cases/{reference}/update-contact)', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it('replaces the contact and the free-text adjustments, keeps whether they agreed to contact, and audits only the names of the changed fields', async () => {
    const reference = await s.open(COMPLAINT, {
      contact: { name: 'Cy Hughes', phone: '07700 900456', preferredMethod: 'webchat', agreesToContact: true },
      vulnerability: { hasVulnerability: true, details: 'Deaf', adjustments: ['I am deaf, email or text only'] },
    });
    const res = await s.act(reference, 'update-contact', {
      version: 1,
      name: 'Cy Hughes',
      email: 'cy@example.org',
      preferredMethod: 'email',
      adjustments: [{ kind: 'email_only', details: 'Deaf: email or text, never phone' }, { kind: 'text_only' }],
    });
    expect(res.status).toBe(200);
    const detail = await res.json();
    expect(detail.contact).toMatchObject({ name: 'Cy Hughes', email: 'cy@example.org', phone: null, preferredMethod: 'email' });
    expect(detail.contact.adjustments.map((a: { kind: string }) => a.kind)).toEqual(['email_only', 'text_only']);
    expect(detail.case.contact.agreesToContact).toBe(true);
    expect(detail.vulnerability).toEqual({ hasVulnerability: true, details: 'Deaf' });
    const event = detail.audit.at(-1);
    expect(event).toMatchObject({ action: 'case.contact_updated', details: { changed: ['email', 'phone', 'preferredMethod', 'adjustments'] } });
    expect(JSON.stringify(event)).not.toMatch(/cy@example|07700|deaf/i);
  });

  it.each([
    ['nothing changes', (v: number) => ({ version: v, name: 'Di Roberts' }), 409, /already as given/],
    ['the version is stale', () => ({ version: 99, name: 'Di R' }), 409, /./],
    ['the postcode is not one', (v: number) => ({ version: v, postcode: 'NOT A CODE' }), 400, /contact.postcode must be a UK postcode/],
  ])('is refused when %s', async (_what, body, status, message) => {
    const reference = await s.open(COMPLAINT, { contact: { name: 'Di Roberts' }, vulnerability: { hasVulnerability: false } });
    const res = await s.act(reference, 'update-contact', body(1));
    expect(res.status).toBe(status);
    expect(await res.text()).toMatch(message);
  });

  it('is offered on a closed case too', async () => {
    const reference = await s.open(COMPLAINT, { contact: { name: 'Ed Price' } });
    expect((await s.act(reference, 'withdraw', { version: 1, on: '2026-11-30', reason: 'Resident rang to withdraw' })).status).toBe(200);
    const res = await s.act(reference, 'update-contact', { version: 2, name: 'Ed Price', address: ['3 Mill Lane'], postcode: 'SW1A 1AA' });
    expect(res.status).toBe(200);
    expect((await res.json()).contact.address).toEqual(['3 Mill Lane']);
  });
});

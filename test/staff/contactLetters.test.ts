// Letters honour the resident's contact: the address block when an address is known (and not on a
// letter to a representative), and 18 pt throughout when large print was asked for, whether as an
// adjustment kind or in an older case's own words.
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';

describe('letters and the contact', () => {
  let s: Staff;
  const letter = async (reference: string, kind: string) => {
    const res = await s.get(`/api/staff/cases/${reference}/letters/${kind}`, 'complaints_manager');
    expect(res.status).toBe(200);
    return res.text();
  };
  const fontSize = (html: string) => /body \{[^}]*font-size: (\d+)pt/.exec(html)?.[1];

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it.each([
    ['no adjustments', {}, { hasVulnerability: false }, '12'],
    ['large print as a kind', { adjustments: [{ kind: 'large_print' }] }, { hasVulnerability: false }, '18'],
    ['large print in an older case’s words', {}, { hasVulnerability: true, adjustments: ['Large print (18pt) letters'] }, '18'],
    ['another adjustment only', { adjustments: [{ kind: 'braille' }] }, { hasVulnerability: false }, '12'],
  ])('with %s, the acknowledgement is set at the size that needs', async (_what, contact, vulnerability, size) => {
    const reference = await s.open(COMPLAINT, { contact: { name: 'Jo Bell', ...contact }, vulnerability } as never);
    const html = await letter(reference, 'acknowledgement');
    expect(fontSize(html)).toBe(size);
    // Headings grow with the text, never fall below it.
    expect(html).toContain('h1 { font-size: 1.4em; }');
  });

  it('says the adjustments it noted in words a resident reads', async () => {
    const reference = await s.open(COMPLAINT, { contact: { name: 'Jo Bell', adjustments: [{ kind: 'large_print' }, { kind: 'interpreter', details: 'Polish' }] }, vulnerability: { hasVulnerability: false } } as never);
    const html = await letter(reference, 'acknowledgement');
    expect(html).toContain('Large print (18 pt and above)');
    expect(html).toContain('Interpreter: Polish');
  });

  it.each([
    ['an address and postcode', { name: 'Kim Ross', address: ['Flat 1', '2 Dock Street'], postcode: 'cf101aa' }, '<address class="recipient">Kim Ross<br>Flat 1<br>2 Dock Street<br>CF10 1AA</address>'],
    ['an address with no name', { address: ['2 Dock Street'] }, '<address class="recipient">2 Dock Street</address>'],
    ['no address', { name: 'Kim Ross', postcode: 'CF10 1AA' }, null],
  ])('with %s, the address block is as known', async (_what, contact, block) => {
    const reference = await s.open(COMPLAINT, { contact } as never);
    const html = await letter(reference, 'acknowledgement');
    if (block) expect(html).toContain(block);
    else expect(html).not.toContain('class="recipient"');
  });

  it.each([
    ['a name', 'Mo Khan', 'Dear Mo Khan,'],
    ['a social handle', '@lost_soul', 'Dear Resident,'],
  ])('with %s, the letter says "Dear …" to a person', async (_what, name, dear) => {
    const reference = await s.open(COMPLAINT, { contact: { name, address: ['7 Bank Street'] } } as never);
    const html = await letter(reference, 'acknowledgement');
    expect(html).toContain(dear);
    expect(html).not.toContain('@lost_soul');
  });

  it('a letter to a representative does not carry the resident’s address', async () => {
    const reference = await s.open('representative-pending', { contact: { name: 'Lee Ward', address: ['5 Park Row'], postcode: 'SW1A 1AA' } } as never);
    const html = await letter(reference, 'consent-request');
    expect(html).not.toContain('5 Park Row');
  });
});

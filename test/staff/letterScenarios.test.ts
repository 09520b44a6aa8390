// The complaints team's scenarios for letters as PDF and by email (written by someone who had not
// read the code; section "letter-"), as specs: each `it` is named after its scenario. The standing
// cast: Mrs Aisha Begum (prefers email), Mr Dennis O'Connor (post only, large print), Ms Joanne
// Pryce (no email on file); Priya Shah and Tom Ellis, complaints officers.
import { caseNotes, cases } from '../../store/schema';
import { eq } from 'drizzle-orm';
import { pdfFontSizes, pdfText } from '../support/pdfText';
import { deadSmtpUrl, startSmtp, type TestSmtp } from '../support/smtpServer';
import { startStaff, type Role, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';
const FROM = 'Complaints <complaints@landlord.example>';
const BEGUM = { name: 'Aisha Begum', email: 'aisha.begum@example.org', address: ['12 Larch Court'], preferredMethod: 'email' };
const OCONNOR = { name: "Dennis O'Connor", email: 'dennis.old@example.org', address: ['4 Mill Row'], preferredMethod: 'letter', adjustments: [{ kind: 'large_print' }] };
const PRYCE = { name: 'Joanne Pryce', address: ['1 Elm Close'], phone: '07700 900456' };

describe('letters as PDF and by email: the team’s scenarios', () => {
  let smtp: TestSmtp;
  let s: Staff;

  const as = async (name: string, role: Role = 'reviewer') => ({ authorization: `Bearer ${await s.token(role, name)}` });
  const send = async (reference: string, kind: string, who = 'Priya Shah', role: Role = 'reviewer') =>
    fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/letters/${kind}/send`, { method: 'POST', headers: await as(who, role) });
  const pdf = async (reference: string, kind: string) => {
    const res = await s.get(`/api/staff/cases/${reference}/letters/${kind}.pdf`);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    return Buffer.from(await res.arrayBuffer());
  };
  const act = async (reference: string, action: string, body: Record<string, unknown>) => {
    const { version } = await s.detail(reference, 'complaints_manager');
    const res = await s.act(reference, action, { version, ...body }, 'complaints_manager');
    if (res.status !== 200) throw new Error(`${action}: ${res.status} ${await res.text()}`);
  };
  const emailsOut = async (reference: string) =>
    ((await s.detail(reference)).notes as { method: string; direction: string; text: string; by: string; at: string }[]).filter((n) => n.method === 'email' && n.direction === 'out');

  /** A complaint received on 3 March 2025 and acknowledged on 5 March, as in the scenarios. */
  async function begumsComplaint(contact: Record<string, unknown> = BEGUM) {
    s.pinNow('2025-03-05T10:00:00Z');
    const reference = await s.open(COMPLAINT, { category: 'complaint', receivedAt: '2025-03-03T09:00:00Z', priorServiceRequest: undefined, contact, vulnerability: { hasVulnerability: false } } as never);
    if ((await s.detail(reference)).decision.outcome === 'needs_review') await act(reference, 'approve', {});
    await act(reference, 'acknowledge', { on: '2025-03-05' });
    return reference;
  }
  async function answered(reference: string) {
    s.pinNow('2025-03-14T15:42:00Z');
    await act(reference, 'respond', { on: '2025-03-14' });
    await act(reference, 'close', { outcome: 'upheld', reasons: 'The repair was missed twice.', remedy: 'An apology and £50.', on: '2025-03-14' });
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    s = await startStaff({ SMTP_URL: smtp.url, LETTERS_FROM: FROM });
  });
  afterAll(async () => {
    await s.t.stop();
    await smtp.stop();
  });
  beforeEach(() => {
    smtp.received.length = 0;
  });

  it('letter-pdf-has-reference-and-dates', async () => {
    const reference = await begumsComplaint();
    const ack = (await pdfText(await pdf(reference, 'acknowledgement'))).replace(/\s+/g, ' ');
    for (const words of [reference, 'Aisha Begum', '5 March 2025', '3 March 2025', '19 March 2025']) expect([words, ack.includes(words)]).toEqual([words, true]);
    await answered(reference);
    const response = (await pdfText(await pdf(reference, 'stage1-response'))).replace(/\s+/g, ' ');
    for (const words of [reference, 'Aisha Begum', '14 March 2025', 'Your complaint is upheld.', 'stage 2', 'Housing Ombudsman']) expect([words, response.includes(words)]).toEqual([words, true]);
  });

  it('letter-email-send-recorded', async () => {
    const reference = await begumsComplaint();
    await answered(reference);
    expect((await send(reference, 'stage1-response')).status).toBe(201);
    const [note] = await emailsOut(reference);
    expect(note.by).toBe('Priya Shah');
    expect(new Date(note.at).toISOString()).toBe('2025-03-14T15:42:00.000Z');
    expect(note.text).toContain('aisha.begum@example.org');
    const page = await (await s.get(`/console/cases/${reference}`)).text();
    expect(page).toMatch(/Emailed on 14 Mar 2025, 15:42 by Priya Shah to aisha\.begum@example\.org/);
  });

  it('letter-address-changed-after-send', async () => {
    const reference = await begumsComplaint();
    expect((await send(reference, 'acknowledgement')).status).toBe(201);
    s.pinNow('2025-03-20T10:00:00Z');
    await act(reference, 'update-contact', { ...BEGUM, email: 'a.begum@example.net' });
    expect((await emailsOut(reference))[0].text).toContain('aisha.begum@example.org');
    expect((await send(reference, 'acknowledgement', 'Tom Ellis')).status).toBe(201);
    const notes = await emailsOut(reference);
    expect(notes).toHaveLength(2);
    expect(notes.map((n) => n.text.match(/to (\S+@\S+),/)?.[1])).toEqual(['a.begum@example.net', 'aisha.begum@example.org']);
    expect(smtp.received.map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : ''))).toEqual(['aisha.begum@example.org', 'a.begum@example.net']);
  });

  it('letter-no-email-on-file', async () => {
    const reference = await begumsComplaint(PRYCE);
    const res = await send(reference, 'acknowledgement');
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/no email address/);
    expect(await emailsOut(reference)).toEqual([]);
    expect(smtp.received).toEqual([]);
    await pdf(reference, 'acknowledgement');
  });

  it('letter-post-only-preference', async () => {
    const reference = await begumsComplaint(OCONNOR);
    await answered(reference);
    const res = await send(reference, 'stage1-response', 'Tom Ellis');
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/post/);
    expect(smtp.received).toEqual([]);
    await pdf(reference, 'stage1-response');
    const posted = await fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/notes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await as('Tom Ellis')) },
      body: JSON.stringify({ kind: 'contact', method: 'letter', direction: 'out', on: '2025-03-14', text: 'Stage 1 response posted first class.' }),
    });
    expect(posted.status).toBe(201);
  });

  it('letter-large-print', async () => {
    const reference = await begumsComplaint(OCONNOR);
    expect(Math.min(...pdfFontSizes(await pdf(reference, 'acknowledgement')))).toBeGreaterThanOrEqual(16);
    const page = await (await s.get(`/console/cases/${reference}`)).text();
    expect(page).toContain('Large print (18 pt and above)');
  });

  it('letter-mail-server-down', async () => {
    const down = await startStaff({ SMTP_URL: await deadSmtpUrl(), LETTERS_FROM: FROM });
    try {
      down.pinNow('2025-03-19T11:00:00Z');
      const reference = await down.open(COMPLAINT, { contact: BEGUM, vulnerability: { hasVulnerability: false } } as never);
      const before = (await down.detail(reference)).version;
      const sendNow = async () => fetch(`${down.t.baseUrl}/api/staff/cases/${reference}/letters/acknowledgement/send`, { method: 'POST', headers: { authorization: `Bearer ${await down.token('reviewer', 'Priya Shah')}` } });
      const first = await sendNow();
      expect(first.status).toBe(502);
      expect((await first.json()).error.message).toMatch(/^Not sent/);
      const detail = await down.detail(reference);
      expect((detail.notes as { method: string }[]).filter((n) => n.method === 'email')).toEqual([]);
      expect(detail.version).toBe(before);
      const failed = (detail.audit as { action: string; at: string }[]).filter((e) => e.action === 'case.letter_email_failed');
      expect(failed.map((e) => new Date(e.at).toISOString())).toEqual(['2025-03-19T11:00:00.000Z']);
      expect((await sendNow()).status).toBe(502);
    } finally {
      await down.t.stop();
    }
  });

  it('letter-double-click-and-resend', async () => {
    const reference = await begumsComplaint();
    await answered(reference);
    const clicks = await Promise.all([send(reference, 'stage1-response', 'Tom Ellis'), send(reference, 'stage1-response', 'Tom Ellis')]);
    expect(clicks.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(smtp.received).toHaveLength(1);
    const [original] = await emailsOut(reference);
    s.pinNow('2025-03-21T09:00:00Z');
    expect((await send(reference, 'stage1-response', 'Tom Ellis')).status).toBe(201);
    const notes = await emailsOut(reference);
    expect(notes).toHaveLength(2);
    expect(notes[1]).toEqual(original);
    expect(new Date(notes[0].at).toISOString()).toBe('2025-03-21T09:00:00.000Z');
    expect(smtp.received).toHaveLength(2);
  });

  it('letter-email-header-injection', async () => {
    const reference = await begumsComplaint();
    for (const email of ['aisha.begum@example.org\r\nBcc: everyone@example.com', 'aisha.begum@example.org, other@example.com']) {
      const { version } = await s.detail(reference);
      const res = await s.act(reference, 'update-contact', { version, ...BEGUM, email }, 'reviewer');
      expect([email, res.status]).toEqual([email, 400]);
    }
    // Such a value already on a case, from before the contact was checked.
    const db = s.t.app.context.database.db;
    const [row] = await db.select().from(cases).where(eq(cases.reference, reference));
    await db.update(cases).set({ caseData: { ...row.caseData, contact: { ...row.caseData.contact, email: 'aisha.begum@example.org, other@example.com' } } }).where(eq(cases.id, row.id));
    const res = await send(reference, 'acknowledgement');
    expect(res.status).toBe(409);
    expect(smtp.received).toEqual([]);
    expect(await db.select().from(caseNotes).where(eq(caseNotes.caseId, row.id))).toEqual([]);
  });

  it('an admin, who does not work cases, cannot send a letter (the scenarios’ conventions)', async () => {
    const reference = await begumsComplaint();
    expect((await send(reference, 'acknowledgement', 'Sam Okafor', 'admin')).status).toBe(403);
    expect(smtp.received).toEqual([]);
  });
});

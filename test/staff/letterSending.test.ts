// Emailing a letter to the resident, through the real app, nodemailer and a real SMTP server on
// 127.0.0.1: the message arrives with the letter as text, HTML and an attached PDF, the sending is
// on the case's record, a double click sends once, and a resident without an email address, or
// who asked for post, phone or text only, is not emailed. A refused or unreachable server is a 502
// and nothing is recorded as sent; no SMTP configured is a 503, and the console says so.
import { pdfText } from '../support/pdfText';
import { deadSmtpUrl, startSmtp, type TestSmtp } from '../support/smtpServer';
import { startTestApp } from '../support/testApp';
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';
const FROM = 'Greatwell Complaints <complaints@greatwell.example>';
const NOW = '2026-12-01T10:00:00Z';
const NO_ADJUSTMENTS = { hasVulnerability: false };

describe('emailing a letter', () => {
  let smtp: TestSmtp;
  let s: Staff;

  const send = async (reference: string, kind = 'acknowledgement', body: unknown = {}) =>
    fetch(`${s.t.baseUrl}/api/staff/cases/${reference}/letters/${kind}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token('reviewer', 'Ola Reed')}` },
      body: JSON.stringify(body),
    });
  const openWith = (contact: Record<string, unknown>, vulnerability: Record<string, unknown> = NO_ADJUSTMENTS) =>
    s.open(COMPLAINT, { contact: { name: 'Jo Bell', ...contact }, vulnerability } as never);
  const emailsOut = async (reference: string) => ((await s.detail(reference)).notes as { method: string; direction: string; text: string }[]).filter((n) => n.method === 'email' && n.direction === 'out');
  const audited = async (reference: string, action: string) => ((await s.detail(reference)).audit as { action: string; details: Record<string, unknown> }[]).filter((e) => e.action === action);

  beforeAll(async () => {
    smtp = await startSmtp();
    s = await startStaff({ SMTP_URL: smtp.url, LETTERS_FROM: FROM });
    s.pinNow(NOW);
  });
  afterAll(async () => {
    await s.t.stop();
    await smtp.stop();
  });
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.rejectRecipients = false;
  });

  it('sends the letter as text and HTML with its PDF, from LETTERS_FROM to the contact email, and records it on the case', async () => {
    const reference = await openWith({ email: 'jo.bell@example.org', address: ['2 Dock Street'], postcode: 'CF10 1AA' });
    const res = await send(reference);
    expect(res.status).toBe(201);
    const { sending } = await res.json();
    expect(sending).toMatchObject({ letter: 'acknowledgement', to: 'jo.bell@example.org', by: 'Ola Reed' });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.subject).toBe(`Acknowledgement of your complaint – your reference ${reference}`);
    expect(mail.from?.text).toContain('complaints@greatwell.example');
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('jo.bell@example.org');
    expect(mail.messageId).toBe(sending.messageId);
    expect(mail.text).toContain(`Our reference: ${reference}`);
    expect(mail.text).toContain('Dear Jo Bell,');
    expect(mail.html).toContain('<h1>Acknowledgement of your complaint</h1>');
    expect(mail.html).not.toContain('<nav');
    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments;
    expect([pdf.filename, pdf.contentType]).toEqual([`${reference}-acknowledgement.pdf`, 'application/pdf']);
    const text = await pdfText(pdf.content);
    expect(text).toContain(reference);
    expect(text).toContain('1 December 2026');

    const [note] = await emailsOut(reference);
    expect(note.text).toContain('jo.bell@example.org');
    expect(note.text).toContain(sending.messageId);
    expect(note.text).toContain('Acknowledgement of your complaint');
    const [event] = await audited(reference, 'case.letter_emailed');
    expect(event.details).toMatchObject({ letter: 'acknowledgement', messageId: sending.messageId, by: 'Ola Reed' });
    expect(JSON.stringify(event.details)).not.toContain('jo.bell@example.org');
  });

  it('sends once for a double click: the second, at once or together, is a 409 naming the first', async () => {
    const reference = await openWith({ email: 'kim@example.org' });
    const together = await Promise.all([send(reference), send(reference)]);
    expect(together.map((r) => r.status).sort()).toEqual([201, 409]);
    const again = await send(reference);
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toMatch(/was sent by Ola Reed at \d\d:\d\d: it is not sent again within 10 minutes/);
    expect(smtp.received).toHaveLength(1);
    expect(await emailsOut(reference)).toHaveLength(1);
  });

  it('sends the same letter again once the window has passed, and another letter of the case at any time', async () => {
    const reference = await openWith({ email: 'lee@example.org' });
    expect((await send(reference)).status).toBe(201);
    s.pinNow('2026-12-01T10:11:00Z');
    try {
      expect((await send(reference)).status).toBe(201);
    } finally {
      s.pinNow(NOW);
    }
    expect(smtp.received).toHaveLength(2);
  });

  it.each([
    ['no email address', { phone: '07700 900123' }, NO_ADJUSTMENTS, /has no email address for the resident/],
    ['post preferred', { email: 'a@example.org', preferredMethod: 'letter' }, NO_ADJUSTMENTS, /prefers letters by post/],
    ['phone only', { email: 'a@example.org', adjustments: [{ kind: 'phone_only' }] }, NO_ADJUSTMENTS, /asked for "Phone only"/],
    ['text only', { email: 'a@example.org', adjustments: [{ kind: 'text_only' }] }, NO_ADJUSTMENTS, /asked for "Text messages only"/],
    ['post only, in an older case’s words', { email: 'a@example.org' }, { hasVulnerability: true, adjustments: ['Letters by post only please'] }, /asked for "Letters by post only please"/],
  ])('refuses with a 409 and sends nothing when the resident has %s', async (_what, contact, vulnerability, message) => {
    const reference = await openWith(contact, vulnerability);
    const res = await send(reference);
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(message);
    expect(smtp.received).toHaveLength(0);
    expect(await emailsOut(reference)).toHaveLength(0);
  });

  it.each([
    ['large print', { email: 'b@example.org', adjustments: [{ kind: 'large_print' }] }],
    ['email only, even with post preferred', { email: 'b@example.org', preferredMethod: 'letter', adjustments: [{ kind: 'email_only' }] }],
    ['an interpreter', { email: 'b@example.org', adjustments: [{ kind: 'interpreter', details: 'Polish' }] }],
  ])('emails a resident who asked for %s', async (_what, contact) => {
    const reference = await openWith(contact);
    expect((await send(reference)).status).toBe(201);
    expect(smtp.received).toHaveLength(1);
  });

  it('refuses a body that names anything (the address is always the case’s), and a letter the case does not have', async () => {
    const reference = await openWith({ email: 'c@example.org' });
    const named = await send(reference, 'acknowledgement', { to: 'someone.else@example.org' });
    expect(named.status).toBe(400);
    expect((await named.json()).error.message).toContain('a letter goes to the email address on the case');
    expect((await send(reference, 'stage2-response')).status).toBe(404);
    expect((await send(reference, 'no-such-letter')).status).toBe(404);
    expect((await send('CMP-2026-999999')).status).toBe(404);
    expect(smtp.received).toHaveLength(0);
  });

  it('when the server refuses the message: 502, nothing recorded as sent, the attempt audited, and a later send goes', async () => {
    const reference = await openWith({ email: 'dee@example.org' });
    smtp.rejectRecipients = true;
    const res = await send(reference);
    expect(res.status).toBe(502);
    const { message } = (await res.json()).error;
    expect(message).toContain('The email server refused the message (reply 550)');
    expect(message).not.toContain('dee@example.org');
    expect(await emailsOut(reference)).toHaveLength(0);
    expect(await audited(reference, 'case.letter_email_failed')).toHaveLength(1);
    smtp.rejectRecipients = false;
    expect((await send(reference)).status).toBe(201);
    expect(await emailsOut(reference)).toHaveLength(1);
  });

  it('shows each letter with a PDF link and a button to email it', async () => {
    const reference = await openWith({ email: 'eve@example.org' });
    const html = await (await s.get(`/console/cases/${reference}`)).text();
    expect(html).toContain(`href="/api/staff/cases/${reference}/letters/acknowledgement.pdf"`);
    expect(html).toContain(`action="/console/cases/${reference}/letters/acknowledgement/send"`);
    const posted = await fetch(`${s.t.baseUrl}/console/cases/${reference}/letters/acknowledgement/send`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
      body: '',
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toBe(`/console/cases/${reference}?done=letter-emailed`);
    expect(smtp.received).toHaveLength(1);
    const after = await (await s.get(`/console/cases/${reference}?done=letter-emailed`)).text();
    expect(after).toContain('Saved: letter emailed.');
    expect(after).toContain('Emailed the letter');
  });

  it('shows why a letter cannot be emailed instead of the button', async () => {
    const reference = await openWith({ phone: '07700 900123' });
    const html = await (await s.get(`/console/cases/${reference}`)).text();
    expect(html).toContain('Not by email: Case');
    expect(html).not.toContain(`action="/console/cases/${reference}/letters/acknowledgement/send"`);
  });
});

describe('emailing a letter when email cannot go', () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(() => smtp.stop());

  it.each([
    ['the server is down', async () => ({ SMTP_URL: await deadSmtpUrl(), LETTERS_FROM: FROM }), 502, /could not be reached/],
    ['the sign-in is wrong', async () => ({ SMTP_URL: smtp.url.replace('loopback-secret', 'wrong'), LETTERS_FROM: FROM }), 502, /refused our sign-in: check SMTP_URL/],
    ['email is not configured', async () => ({}), 503, /Email is not configured here/],
  ])('when %s: the status says so, nothing is recorded as sent, and no log line holds the address', async (_what, env, status, message) => {
    const logLines: string[] = [];
    const t = await startTestApp(await env(), undefined, undefined, logLines);
    try {
      const auth = async (role: string) => ({ authorization: `Bearer ${(await (await fetch(`${t.baseUrl}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role, name: 'Pat' }) })).json()).token}` });
      const opened = await fetch(`${t.baseUrl}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await auth('service')) },
        body: JSON.stringify({ ...(await import('../support/fixtures')).exampleCase(COMPLAINT), contact: { name: 'Ann Cole', email: 'ann.cole@example.org' }, vulnerability: NO_ADJUSTMENTS }),
      });
      const { reference } = await opened.json();
      const reviewer = await auth('reviewer');
      const res = await fetch(`${t.baseUrl}/api/staff/cases/${reference}/letters/acknowledgement/send`, { method: 'POST', headers: reviewer });
      expect(res.status).toBe(status);
      expect((await res.json()).error.message).toMatch(message);
      const detail = await (await fetch(`${t.baseUrl}/api/staff/cases/${reference}`, { headers: reviewer })).json();
      expect((detail.notes as { method: string }[]).filter((n) => n.method === 'email')).toEqual([]);
      expect(logLines.filter((line) => line.includes('ann.cole@example.org'))).toEqual([]);
      if (status === 503) {
        const page = await (await fetch(`${t.baseUrl}/console/cases/${reference}`, { headers: reviewer })).text();
        expect(page).toContain('Not by email: Email is not configured here');
        expect(page).not.toContain('/letters/acknowledgement/send"');
      }
    } finally {
      await t.stop();
    }
  });
});

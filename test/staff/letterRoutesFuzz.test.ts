// The letter routes (printable page, PDF, email) under generated requests: real and odd references
// and letter kinds, any body and content type, any role or none, the SMTP server taking or refusing
// mail. The property: never a 5xx except the documented 502 (the email server failed) and 503
// (email not configured), on the send route only; every error is a problem document; at most one
// message per letter of a case reaches the server (the send window). A fixed seed; FUZZ_RUNS runs.
import fc from 'fast-check';
import { LETTER_KINDS } from '../../staff/views/letters';
import { startSmtp, type TestSmtp } from '../support/smtpServer';
import { startStaff, type Role, type Staff } from './staffHarness';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261130);

describe('fuzzing the letter routes', () => {
  let smtp: TestSmtp;
  let s: Staff;
  const references: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtp();
    s = await startStaff({ SMTP_URL: smtp.url, LETTERS_FROM: 'complaints@landlord.example' });
    s.pinNow('2026-12-01T10:00:00Z');
    for (const contact of [{ name: 'Ivy Shaw', email: 'ivy@example.org' }, { name: 'No Mail' }, { name: 'Post Only', email: 'p@example.org', preferredMethod: 'letter' }]) {
      references.push(await s.open('complaint-repair-delay', { contact, vulnerability: { hasVulnerability: false } } as never));
    }
  });
  afterAll(async () => {
    await s.t.stop();
    await smtp.stop();
  });

  it('answers every generated request without an undocumented 5xx, and sends each letter of a case at most once', async () => {
    const statuses = new Set<number>();
    const reference = fc.oneof({ arbitrary: fc.constantFrom(...references), weight: 4 }, fc.constantFrom('CMP-2026-999999', '%00', 'x'.repeat(300), '..%2F', '%ED%A0%80'), fc.string({ maxLength: 20 }).map(encodeURIComponent));
    const kind = fc.oneof({ arbitrary: fc.constantFrom<string>('acknowledgement'), weight: 3 }, fc.constantFrom(...LETTER_KINDS), fc.constantFrom('acknowledgement.pdf', '', '%00', 'stage1', 'ACKNOWLEDGEMENT'), fc.string({ maxLength: 20 }).map(encodeURIComponent));
    const form = fc.constantFrom('html', 'pdf', 'send');
    const body = fc.oneof(
      fc.constant(undefined),
      fc.constant('{}'),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null'),
      fc.record({ to: fc.emailAddress() }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 80 }),
    );
    const contentType = fc.constantFrom(undefined, 'application/json', 'text/plain', 'application/x-www-form-urlencoded');
    const role = fc.constantFrom<Role | null>('reviewer', 'complaints_manager', 'admin', 'service', null);
    const query = fc.constantFrom('', '?download=1', '?download', '?format=pdf', '?download=%00');
    await fc.assert(
      fc.asyncProperty(reference, kind, form, body, contentType, role, query, fc.boolean(), async (ref, k, f, b, type, who, q, refuse) => {
        smtp.rejectRecipients = refuse;
        const path = f === 'send' ? `/api/staff/cases/${ref}/letters/${k}/send` : `/api/staff/cases/${ref}/letters/${k}${f === 'pdf' ? '.pdf' : ''}${q}`;
        const headers: Record<string, string> = { ...(type ? { 'content-type': type } : {}), ...(who ? { authorization: `Bearer ${await s.token(who)}` } : {}) };
        const res = await fetch(`${s.t.baseUrl}${path}`, { method: f === 'send' ? 'POST' : 'GET', headers, body: f === 'send' ? b : undefined });
        const text = await res.text();
        statuses.add(res.status);
        const where = `${f} ${path.slice(0, 120)} -> ${res.status} ${text.slice(0, 200)}`;
        const documented = f === 'send' && (res.status === 502 || res.status === 503);
        expect([where, res.status < 500 || documented]).toEqual([where, true]);
        if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json')) {
          expect([where, typeof JSON.parse(text).error?.message]).toEqual([where, 'string']);
        }
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // What a long run answered; the run reached the letters themselves, not only refusals.
    if (process.env.FUZZ_RUNS) console.log(JSON.stringify([...statuses].sort()));
    expect([...statuses].filter((status) => status < 300)).not.toEqual([]);
    const perLetter = new Map<string, number>();
    for (const mail of smtp.received) perLetter.set(mail.subject ?? '', (perLetter.get(mail.subject ?? '') ?? 0) + 1);
    expect([...perLetter.values()].filter((n) => n > 1)).toEqual([]);
    expect((await fetch(`${s.t.baseUrl}/healthz`)).status).toBe(200);
  }, 300_000);
});

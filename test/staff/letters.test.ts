// Every letter the lifecycle needs, for every built-in profile, made from cases taken through the
// real staff API: each is scanned for what must never reach a resident — placeholder brackets,
// "undefined", "null", "NaN", a promise of a date already past — and signed once. Each is also
// made as a PDF, whose text (read back by a PDF text extractor) has the reference and every date
// the printable letter has.
import { builtInProfiles } from '../../triage/profiles';
import { LETTER_KINDS } from '../../staff/views/letters';
import { pdfText } from '../support/pdfText';
import { startStaff, type Staff } from './staffHarness';

const TODAY = '2026-12-07';
const PROFILES = [...builtInProfiles.keys()];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The letter as a resident reads it: text without markup. */
const text = (html: string) =>
  html
    .replace(/<nav[\s\S]*?<\/nav>/g, '')
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Dates promised with "by …" (a response, a request) that are before the letter's own date. */
function pastPromises(letter: string): string[] {
  const found: string[] = [];
  for (const m of letter.matchAll(/\bby (?:\w+day )?(\d{1,2}) (\w+) (\d{4})/g)) {
    const iso = `${m[3]}-${String(MONTHS.indexOf(m[2] as string) + 1).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
    if (iso < TODAY) found.push(m[0]);
  }
  return found;
}

describe('letters a team can send', () => {
  let s: Staff;
  const made: { profile: string; kind: string; reference: string; letter: string; pdf: string }[] = [];

  async function act(ref: string, action: string, body: Record<string, unknown>, role: 'complaints_manager' | 'reviewer' = 'complaints_manager') {
    const { version } = await s.detail(ref, 'complaints_manager');
    const res = await s.act(ref, action, { version, ...body }, role);
    if (res.status !== 200) throw new Error(`${action} on ${ref}: ${res.status} ${await res.text()}`);
    return res.json();
  }

  async function lettersOf(profile: string, ref: string) {
    const { letters } = await s.detail(ref, 'complaints_manager');
    for (const kind of letters as string[]) {
      const res = await s.get(`/api/staff/cases/${ref}/letters/${kind}`, 'complaints_manager');
      expect(res.status).toBe(200);
      const pdf = await s.get(`/api/staff/cases/${ref}/letters/${kind}.pdf`, 'complaints_manager');
      expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
      made.push({ profile, kind, reference: ref, letter: text(await res.text()), pdf: (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, ' ') });
    }
  }

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow(`${TODAY}T12:00:00Z`);
    for (const profile of PROFILES) {
      // A complaint taken through both stages, each extended, answered with reasons, remedy and next steps.
      const complaint = await s.open('complaint-repair-delay', { profile, category: 'complaint', receivedAt: '2026-12-01T10:00:00Z', priorServiceRequest: undefined } as never);
      if ((await s.detail(complaint)).decision.outcome === 'needs_review') await act(complaint, 'approve', {});
      await act(complaint, 'acknowledge', { on: TODAY });
      const respondDue = (await s.detail(complaint, 'complaints_manager')).decision.deadlines.respondBy as string;
      const later = new Date(Date.parse(`${respondDue}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
      await act(complaint, 'extend', { to: later, reason: 'We are waiting for the surveyor’s report', residentAgreed: true });
      await act(complaint, 'respond', {
        on: TODAY,
        apology: true,
        compensation: '150',
        rootCauses: ['appointment_missed'],
        actions: [
          { what: 'Check the cupboard', owner: 'Sam Lee', due: '2026-12-18' },
          { what: 'Review how repairs are booked', owner: 'Ann Cole', due: '2027-01-15' },
        ],
      });
      await act(complaint, 'close', { outcome: 'partly_upheld', reasons: 'The repair was booked twice and missed twice; the third date was kept.', remedy: 'An apology and £50 for the missed appointments.', nextSteps: 'Our repairs manager will check the cupboard by 18 December 2026.', on: TODAY });
      await lettersOf(profile, complaint);
      await act(complaint, 'escalate-stage2', { requestedOn: TODAY });
      await act(complaint, 'acknowledge', { on: TODAY });
      // Code 6.13: stage 2 is considered by someone not involved at stage 1.
      await act(complaint, 'respond', { on: TODAY, compensation: 25.5 }, 'reviewer');
      await act(complaint, 'close', { outcome: 'upheld', reasons: 'On review, the missed appointments were our fault throughout.', on: TODAY }, 'reviewer');
      await lettersOf(profile, complaint);
      // A complaint past its response date, still unanswered: the acknowledgement says so, never "by" a past date.
      const late = await s.open('complaint-repair-delay', { profile, category: 'complaint', receivedAt: '2026-10-01T10:00:00Z', priorServiceRequest: undefined } as never);
      await lettersOf(profile, late);
      // Not accepted, by triage and by a reviewer's override to the time limit.
      await lettersOf(profile, await s.open('complaint-repair-delay', { profile, signals: { legalProceedingsFiled: true } } as never));
      const overridden = await s.open('complaint-repair-delay', { profile, category: 'complaint', priorServiceRequest: undefined } as never);
      await act(overridden, 'override', { outcome: 'not_accepted', refusalReason: 'time_limit', reason: 'The issue dates from 2023' });
      await lettersOf(profile, overridden);
      // A quick fix, and a representative without the resident's consent yet.
      await lettersOf(profile, await s.open('complaint-repair-delay', { profile, category: 'quick_fix', priorServiceRequest: undefined } as never));
      await lettersOf(profile, await s.open('representative-pending', { profile } as never));
    }
  }, 300_000);
  afterAll(() => s.t.stop());

  it('makes every kind of letter for some profile', () => {
    expect(new Set(made.map((m) => m.kind))).toEqual(new Set(LETTER_KINDS));
  });

  it.each(PROFILES)('%s: no letter has placeholders, "undefined", "null", "NaN" or a promise dated in the past; each is signed once', (profile) => {
    const letters = made.filter((m) => m.profile === profile);
    expect(letters.length).toBeGreaterThan(5);
    const faults = letters.flatMap(({ kind, letter }) => [
      ...(/[[\]]/.test(letter) ? [`${kind}: brackets`] : []),
      ...[...letter.matchAll(/\b(undefined|null|NaN)\b/g)].map((m) => `${kind}: ${m[0]}`),
      ...pastPromises(letter).map((p) => `${kind}: promises "${p}" on ${TODAY}`),
      ...((letter.match(/Yours sincerely/g) ?? []).length === 1 ? [] : [`${kind}: not signed exactly once`]),
    ]);
    expect(faults).toEqual([]);
  });

  it.each(PROFILES)('%s: each letter as a PDF has the reference, the letter’s date and every date the letter gives, and nothing a resident must never see', (profile) => {
    const letters = made.filter((m) => m.profile === profile);
    const dates = (words: string) => [...words.matchAll(/\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/g)].map((m) => m[0]);
    const faults = letters.flatMap(({ kind, reference, letter, pdf }) => [
      ...(pdf.includes(`Our reference: ${reference}`) ? [] : [`${kind}: no reference`]),
      ...(pdf.includes('7 December 2026') ? [] : [`${kind}: not dated`]),
      ...dates(letter).filter((date) => !pdf.includes(date)).map((date) => `${kind}: ${date} missing`),
      ...(/[[\]]|\b(undefined|null|NaN)\b/.test(pdf) ? [`${kind}: a placeholder`] : []),
    ]);
    expect(faults).toEqual([]);
  });

  it('the stage 2 acknowledgement gives stage 2’s date, and the stage 2 response is the final one, with the Ombudsman', () => {
    const ack = made.find((m) => m.profile === 'code-2024' && m.kind === 'stage2-acknowledgement')?.letter ?? '';
    expect(ack).toContain('a request to look at your complaint again at stage 2');
    const final = made.find((m) => m.profile === 'code-2024' && m.kind === 'stage2-response')?.letter ?? '';
    expect(final).toMatch(/our final response.*Housing Ombudsman/i);
    expect(final).toContain('On review, the missed appointments were our fault throughout.');
  });

  it('the stage 1 response states the decision, the reasons, the remedy and what happens next, as recorded', () => {
    const response = made.find((m) => m.profile === 'code-2024' && m.kind === 'stage1-response')?.letter ?? '';
    expect(response).toContain('Your complaint is partly upheld.');
    expect(response).toContain('The repair was booked twice and missed twice');
    expect(response).toContain('An apology and £50');
    expect(response).toContain('Our repairs manager will check the cupboard');
  });

  it('the response states the apology, the compensation in pounds and each action with who does it and by when, as recorded', () => {
    const response = made.find((m) => m.profile === 'code-2024' && m.kind === 'stage1-response')?.letter ?? '';
    expect(response).toContain('we apologise');
    expect(response).toContain('We are offering you £150.00 in compensation.');
    expect(response).toContain('Check the cupboard: Sam Lee will do this by Friday 18 December 2026.');
    expect(response).toContain('Review how repairs are booked: Ann Cole will do this by Friday 15 January 2027.');
    const final = made.find((m) => m.profile === 'code-2024' && m.kind === 'stage2-response')?.letter ?? '';
    expect(final).toContain('We are offering you £25.50 in compensation.');
    expect(final).not.toContain('we apologise');
  });

  it('an override to the time limit names the months the policy allows', () => {
    const refusals = made.filter((m) => m.profile === 'code-2024' && m.kind === 'not-accepted').map((m) => m.letter);
    expect(refusals.some((l) => /within 12 months/.test(l))).toBe(true);
  });

  it('a late acknowledgement apologises for the delay instead of promising a date already past', () => {
    const acks = made.filter((m) => m.profile === 'code-2024' && m.kind === 'acknowledgement').map((m) => m.letter);
    expect(acks.some((l) => /Our full response was due on .* We are sorry that it is late/.test(l))).toBe(true);
  });
});

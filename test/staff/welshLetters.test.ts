// Every letter staff can send, for a resident whose language is Welsh: made through the real staff
// API, each is in Welsh throughout — its title, its words, its dates, the ombudsman's name — and
// scanned for what must never reach a resident; the PDF has the reference and every date. Staff
// still read the case in English, and an English resident's letters are unchanged.
import { LETTER_KINDS, LETTER_TITLES_CY } from '../../staff/views/letters';
import { pdfText } from '../support/pdfText';
import { startStaff, type Staff } from './staffHarness';

const TODAY = '2026-12-07';
const ENGLISH_DATE_WORDS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const WELSH_DATE = /\b\d{1,2} (?:Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}\b/g;
// What the resident said stays as they said it: here, in Welsh, so any English in a letter is ours.
const SAID = { summary: 'Rhoddais wybod am dap yn gollwng ac ni ddaeth neb.', desiredOutcome: 'Trwsio’r tap.', vulnerability: { hasVulnerability: false } };
const WELSH = { name: 'Mrs Siân Prŷs', address: ['Tŷ Gwyn', '2 Heol y Bont'], postcode: 'SY10 7AB', language: 'cy' };

const text = (html: string) =>
  (/<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

describe('letters to a resident whose language is Welsh', () => {
  let s: Staff;
  const made: { kind: string; reference: string; html: string; letter: string; pdf: string; pdfLang: string | undefined }[] = [];

  async function act(ref: string, action: string, body: Record<string, unknown>, role: 'complaints_manager' | 'reviewer' = 'complaints_manager') {
    const { version } = await s.detail(ref, 'complaints_manager');
    const res = await s.act(ref, action, { version, ...body }, role);
    if (res.status !== 200) throw new Error(`${action} on ${ref}: ${res.status} ${await res.text()}`);
  }

  async function lettersOf(ref: string) {
    const { letters } = await s.detail(ref, 'complaints_manager');
    for (const kind of letters as string[]) {
      const html = await (await s.get(`/api/staff/cases/${ref}/letters/${kind}`, 'complaints_manager')).text();
      const pdf = new Uint8Array(await (await s.get(`/api/staff/cases/${ref}/letters/${kind}.pdf`, 'complaints_manager')).arrayBuffer());
      const pdfLang = /\/Lang \(([^)]*)\)/.exec(Buffer.from(pdf).toString('latin1'))?.[1];
      made.push({ kind, reference: ref, html, letter: text(html), pdf: (await pdfText(pdf)).replace(/\s+/g, ' '), pdfLang });
    }
  }

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow(`${TODAY}T12:00:00Z`);
    const open = (overrides: Record<string, unknown>, contact: Record<string, unknown> = WELSH) =>
      s.open('complaint-repair-delay', { category: 'complaint', priorServiceRequest: undefined, contact, ...SAID, ...overrides } as never);
    const complaint = await open({ receivedAt: '2026-12-01T10:00:00Z' });
    await act(complaint, 'acknowledge', { on: TODAY });
    await act(complaint, 'extend', { to: '2026-12-30', reason: 'Rydym yn aros am adroddiad y syrfëwr', residentAgreed: true });
    await act(complaint, 'respond', { on: TODAY, apology: true, compensation: '150', actions: [{ what: 'Trwsio’r cwpwrdd', owner: 'Sam Lee', due: '2026-12-18' }] });
    await act(complaint, 'close', { outcome: 'partly_upheld', reasons: 'Cafodd y gwaith ei drefnu ddwywaith a’i golli ddwywaith.', on: TODAY });
    await lettersOf(complaint);
    await act(complaint, 'escalate-stage2', { requestedOn: TODAY });
    await act(complaint, 'acknowledge', { on: TODAY });
    await act(complaint, 'respond', { on: TODAY }, 'reviewer');
    await act(complaint, 'close', { outcome: 'upheld', reasons: 'Ein bai ni oedd yr apwyntiadau a gollwyd.', noRemedyReason: 'Talwyd iawndal yng ngham 1.', on: TODAY }, 'reviewer');
    await lettersOf(complaint);
    await lettersOf(await open({ signals: { legalProceedingsFiled: true } }));
    await lettersOf(await open({ category: 'quick_fix' }));
    await lettersOf(await s.open('representative-pending', { contact: WELSH, ...SAID } as never));
  });
  afterAll(() => s.t.stop());

  it('makes every kind of letter', () => {
    expect(new Set(made.map((m) => m.kind))).toEqual(new Set(LETTER_KINDS));
  });

  it.each(LETTER_KINDS)('%s: in Welsh, with a Welsh title and dates, signed once, nothing a resident must never see', (kind) => {
    for (const { html, letter } of made.filter((m) => m.kind === kind)) {
      expect(html).toContain('<html lang="cy">');
      expect(letter).toContain(LETTER_TITLES_CY[kind]);
      expect(letter).toMatch(/^ .*Ein cyfeirnod: /);
      expect(letter.match(/Yn gywir,/g)).toHaveLength(1);
      expect(letter).not.toMatch(ENGLISH_DATE_WORDS);
      expect(letter).not.toMatch(/\bDear\b|Yours sincerely|Our reference|Your complaint|Housing Ombudsman Service/);
      expect(letter).not.toMatch(/[[\]]|\b(undefined|null|NaN)\b/);
      expect(letter).toMatch(WELSH_DATE);
    }
  });

  it('each PDF is tagged Welsh and has the reference and every date the letter gives', () => {
    const faults = made.flatMap(({ kind, reference, letter, pdf, pdfLang }) => [
      ...(pdfLang === 'cy' ? [] : [`${kind}: PDF language ${pdfLang}`]),
      ...(pdf.includes(reference) ? [] : [`${kind}: no reference`]),
      ...[...letter.matchAll(WELSH_DATE)].map((m) => m[0]).filter((date) => !pdf.includes(date)).map((date) => `${kind}: ${date} missing`),
    ]);
    expect(faults).toEqual([]);
  });

  it('names the ombudsman in Welsh, and the resident, the address and the reference as written', () => {
    const final = made.find((m) => m.kind === 'stage2-response') as (typeof made)[number];
    expect(final.letter).toContain('Gwasanaeth yr Ombwdsmon Tai');
    expect(final.letter).toContain("Mae eich cwyn wedi'i chadarnhau.");
    expect(final.letter).toContain('Tŷ Gwyn');
    expect(final.letter).toContain('Annwyl Mrs Siân Prŷs');
  });
});

// The complaints officer's scenarios for logging by hand (logged-*), finding by postcode (postcode-*),
// an upheld complaint with no remedy (remedy-warn-*) and letters in Welsh and large print
// (welsh-letter-*), written by someone who had not read the code; each test names its scenario.
// Over HTTP on the store, as staff with their own accounts. "Today" is Monday 30 November 2026, 10:00.
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../store/database';
import { configuredStore, testStoreEnv } from '../support/testDatabase';
import { startTestApp } from '../support/testApp';
import { startStaff, type Role, type Staff } from './staffHarness';

const TODAY = '2026-11-30T10:00:00Z';
const ENGLISH_DATE_WORDS = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const PHONE_DETAILS = {
  channel: 'phone',
  receivedAt: '2026-11-30T09:40:00Z',
  category: 'complaint',
  summary: "Back door doesn't lock. Reported 3 times since August (jobs raised and cancelled), contractor never came. Feels unsafe at night, lives alone, age 78.",
  desiredOutcome: 'Door fixed this week and an apology.',
  complainant: { type: 'tenant' },
  contact: {
    name: 'Mrs Brenda Holt',
    phone: '0113 496 0000',
    address: ['14 Cardigan Road', 'Leeds'],
    postcode: 'LS6 1AA',
    preferredMethod: 'phone',
    adjustments: [{ kind: 'other', details: 'Phone in the mornings' }],
  },
};

let s: Staff;
beforeAll(async () => {
  s = await startStaff();
  s.pinNow(TODAY);
});
afterAll(() => s.t.stop());

const logCase = async (body: unknown, key?: string, role: Role = 'reviewer') =>
  fetch(`${s.t.baseUrl}/api/staff/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await s.token(role)}`, ...(key ? { 'Idempotency-Key': key } : {}) },
    body: JSON.stringify(body),
  });
const casesCount = async () => rowsOf<{ n: number }>(await s.t.app.context.database.db.execute(sql`SELECT count(*)::int AS n FROM cases`))[0].n;
const search = async (q: string, role: Role = 'reviewer') => {
  const res = await s.get(`/api/staff/search?q=${encodeURIComponent(q)}&pageSize=100`, role);
  expect(res.status).toBe(200);
  return (await res.json()) as { items: { reference: string; name: string | null; summary: string }[]; total: number };
};
const letter = async (reference: string, kind: string) => {
  const res = await s.get(`/api/staff/cases/${reference}/letters/${kind}`, 'complaints_manager');
  expect([res.status, kind]).toEqual([200, kind]);
  return res.text();
};
/** The letter's words, without the page's markup and style. */
const letterWords = (html: string) => (/<main>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
const fontSize = (html: string) => /body \{[^}]*font-size: (\d+)pt/.exec(html)?.[1];

describe('logging a phone complaint by hand (logged-*)', () => {
  let r1: string;
  const key = (name: string) => `${name}-${Date.now()}`;
  const K1 = key('K1');

  it('logged-01: log once: one case, shown at once, as entered, stage 1 with working-day deadlines, one "created" by the officer', async () => {
    const res = await logCase(PHONE_DETAILS, K1);
    expect(res.status).toBe(201);
    const detail = await res.json();
    r1 = detail.reference;
    expect(r1).toMatch(/^CMP-2026-/);
    expect(detail.case).toMatchObject({
      channel: 'phone',
      summary: PHONE_DETAILS.summary,
      desiredOutcome: PHONE_DETAILS.desiredOutcome,
      contact: { name: 'Mrs Brenda Holt', postcode: 'LS6 1AA', preferredMethod: 'phone' },
    });
    expect(new Date(detail.case.receivedAt).toISOString()).toBe('2026-11-30T09:40:00.000Z');
    expect(detail).toMatchObject({ outcome: 'stage1_opened', phase: 'stage1' });
    expect(detail.decision.deadlines.acknowledgeBy).toMatch(/^2026-12-07/);
    const created = detail.audit.filter((e: { action: string }) => e.action === 'case.created');
    expect(created).toHaveLength(1);
    expect(created[0].actor).toMatch(/^staff:/);
  });

  it('logged-01: living alone, age 78, feeling unsafe show as vulnerability or health-and-safety information', async () => {
    const detail = await s.detail(r1);
    const shown = detail.case.vulnerability?.hasVulnerability === true || detail.case.signals?.healthAndSafety === true || detail.case.signals?.safeguarding === true;
    expect(shown).toBe(true);
  });

  it('logged-02: the same submit resent twice gives R1 each time, one case, one "created", deadlines from 09:40', async () => {
    const before = await casesCount();
    s.pinNow('2026-11-30T10:05:00Z');
    const again = await logCase(PHONE_DETAILS, K1);
    const third = await logCase(PHONE_DETAILS, K1);
    s.pinNow(TODAY);
    for (const res of [again, third]) {
      expect(res.status).toBeLessThan(300);
      expect((await res.json()).reference).toBe(r1);
    }
    expect(await casesCount()).toBe(before);
    const holt = await search('Holt');
    expect(holt.items.filter((i) => i.summary.startsWith("Back door doesn't lock"))).toHaveLength(1);
    const byPostcode = await search('LS6 1AA');
    expect(byPostcode.items.map((i) => i.reference)).toEqual([r1]);
    const detail = await s.detail(r1);
    expect(detail.audit.filter((e: { action: string }) => e.action === 'case.created')).toHaveLength(1);
    expect(detail.decision.deadlines.acknowledgeBy).toMatch(/^2026-12-07/);
    expect(detail.letters.filter((l: string) => l === 'acknowledgement')).toHaveLength(1);
  });

  it('logged-03: a double-click, two submits at the same moment, is one case with one reference and no server error', async () => {
    const before = await casesCount();
    const K = key('K3');
    const [a, b] = await Promise.all([logCase(PHONE_DETAILS, K), logCase(PHONE_DETAILS, K)]);
    expect(a.status).toBeLessThan(500);
    expect(b.status).toBeLessThan(500);
    expect((await a.json()).reference).toBe((await b.json()).reference);
    expect(await casesCount()).toBe(before + 1);
  });

  it('logged-04: the same words under a new key are a second case; R1 is unchanged', async () => {
    const before = await s.detail(r1);
    const res = await logCase(PHONE_DETAILS, key('K2'));
    expect(res.status).toBe(201);
    const r2 = (await res.json()).reference;
    expect(r2).not.toBe(r1);
    const found = (await search('LS6 1AA')).items.map((i) => i.reference);
    expect(found).toEqual(expect.arrayContaining([r1, r2]));
    const queue = await (await s.get('/api/staff/cases?pageSize=100')).json();
    expect(JSON.stringify(queue)).toContain(r2);
    expect((await s.detail(r1)).version).toBe(before.version);
  });

  it('logged-05: the same key with changed words is refused in plain words naming R1; nothing changes', async () => {
    const before = await casesCount();
    const trail = (await s.detail(r1)).audit.length;
    const changed = {
      ...PHONE_DETAILS,
      summary: PHONE_DETAILS.summary.replace('Reported 3 times since August', 'Reported 4 times since July'),
      contact: { ...PHONE_DETAILS.contact, postcode: 'LS6 1AB' },
    };
    const res = await logCase(changed, K1);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const message: string = (await res.json()).error.message;
    expect(message).toContain(r1);
    expect(message).toMatch(/different details/);
    expect(message).toMatch(/new/);
    expect(await casesCount()).toBe(before);
    const detail = await s.detail(r1);
    expect(detail.case.summary).toBe(PHONE_DETAILS.summary);
    expect(detail.case.contact.postcode).toBe('LS6 1AA');
    expect(detail.audit).toHaveLength(trail);
  });
});

describe('logged-06: the resend arrives after a restart', () => {
  it('gives the same reference: the key was kept in the database', async () => {
    const store = testStoreEnv(configuredStore);
    const env = { STAFF_DEV_SIGNING_SECRET: 'a-development-secret-for-this-test-only-0123456789' };
    const post = async (baseUrl: string) => {
      const { token } = await (await fetch(`${baseUrl}/auth/dev-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'reviewer', name: 'Officer' }) })).json();
      return fetch(`${baseUrl}/api/staff/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'Idempotency-Key': 'K1-restart' },
        body: JSON.stringify(PHONE_DETAILS),
      });
    };
    try {
      const first = await startTestApp(env, configuredStore, store);
      first.app.context.now = () => new Date(TODAY);
      const r1 = (await (await post(first.baseUrl)).json()).reference;
      await first.stop();
      const second = await startTestApp(env, configuredStore, store);
      second.app.context.now = () => new Date(TODAY);
      try {
        const res = await post(second.baseUrl);
        expect(res.status).toBeLessThan(300);
        expect((await res.json()).reference).toBe(r1);
        expect(rowsOf<{ n: number }>(await second.app.context.database.db.execute(sql`SELECT count(*)::int AS n FROM cases`))[0].n).toBe(1);
      } finally {
        await second.stop();
      }
    } finally {
      await store.dispose();
    }
  });
});

describe('finding cases by postcode (postcode-*)', () => {
  let s2: Staff;
  const refs: Record<string, string> = {};
  const find = async (q: string, role: Role = 'reviewer') => {
    const res = await s2.get(`/api/staff/search?q=${encodeURIComponent(q)}&pageSize=100`, role);
    expect(res.status).toBe(200);
    const page = await res.json();
    return { refs: (page.items as { reference: string }[]).map((i) => i.reference).sort(), total: page.total as number, raw: JSON.stringify(page) };
  };
  const expected = (...letters: string[]) => letters.map((l) => refs[l]).sort();

  beforeAll(async () => {
    s2 = await startStaff();
    s2.pinNow(TODAY);
    const residents: [string, string, string][] = [
      ['A', 'Mrs Holt', 'LS6 1AA'],
      ['B', 'Mr Nowak', 'ls6 1aa'],
      ['C', 'Ms Reid', 'LS6 2BB'],
      ['D', 'Mr Khan', 'LS16 5XY'],
      ['E', 'Miss Evans', 'LS26 0QT'],
      ['F', 'Mr Obi', 'B70 9XX'],
    ];
    for (const [letterName, name, postcode] of residents) {
      const res = await fetch(`${s2.t.baseUrl}/api/staff/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await s2.token('reviewer')}` },
        body: JSON.stringify({ ...PHONE_DETAILS, summary: 'The repair to my gutter was never done.', contact: { name, address: ['1 Some Street'], postcode } }),
      });
      expect(res.status).toBe(201);
      refs[letterName] = (await res.json()).reference;
    }
    refs.G = await s2.open('complaint-repair-delay', {
      summary: 'The housing officer Dave Price shouted at me on the phone and was rude.',
      signals: { staffConduct: true } as never,
      contact: { name: 'Mr Grey', address: ['3 Cardigan Road'], postcode: 'LS6 1AA' } as never,
    });
  });
  afterAll(() => s2.t.stop());

  it.each(['LS6 1AA', 'ls61aa', 'LS6  1aa', ' ls6 1AA '])('postcode-01..03: "%s" finds exactly A and B, however B was typed', async (q) => {
    expect((await find(q)).refs).toEqual(expected('A', 'B'));
  });

  it.each(['LS6', 'ls6'])('postcode-04: the outward code "%s" finds A, B and C, never LS16 or LS26', async (q) => {
    expect((await find(q)).refs).toEqual(expected('A', 'B', 'C'));
  });

  it.each(['LS6 9ZZ', 'ZZ99 9ZZ'])('postcode-05: "%s" matches nothing: an empty list, not an error, and the box keeps it', async (q) => {
    expect((await find(q)).refs).toEqual([]);
    const page = await (await s2.get(`/console/search?q=${encodeURIComponent(q)}`)).text();
    expect(page).toMatch(/0 cases found/);
    expect(page).toContain(`value="${q}"`);
  });

  it('postcode-06: a restricted case at the same postcode is hidden from reviewers, shown to complaints managers', async () => {
    const asReviewer = await find('LS6 1AA');
    expect(asReviewer.refs).toEqual(expected('A', 'B'));
    expect(asReviewer.total).toBe(2);
    expect(asReviewer.raw).not.toContain(refs.G);
    expect(asReviewer.raw).not.toContain('Mr Grey');
    expect(asReviewer.raw).not.toContain('Dave Price');
    expect((await find('LS6 1AA', 'complaints_manager')).refs).toEqual(expected('A', 'B', 'G'));
  });
});

describe('an upheld complaint with no remedy (remedy-warn-*)', () => {
  const act = async (reference: string, action: string, body: Record<string, unknown>, role: Role = 'reviewer') => {
    const res = await s.act(reference, action, body, role);
    const text = await res.text();
    expect([action, res.status, text]).toEqual([action, 200, expect.any(String)]);
    return JSON.parse(text);
  };
  /** R1-like: logged, acknowledged, answered with the given remedy; closed with the outcome. */
  async function answered(outcome: string, remedy: Record<string, unknown>): Promise<{ reference: string; answer: unknown }> {
    const reference = (await (await logCase(PHONE_DETAILS)).json()).reference;
    await act(reference, 'acknowledge', { version: 1, on: '2026-11-30' });
    await act(reference, 'respond', { version: 2, on: '2026-11-30', reasons: 'The contractor cancelled three jobs without telling the resident.', ...remedy });
    const answer = await act(reference, 'close', { version: 3, outcome, on: '2026-11-30', ...remedy });
    return { reference, answer };
  }
  const WARNING = /no remedy/i;
  const warned = (v: unknown) => WARNING.test(JSON.stringify(v));

  it('remedy-warn-01: stage 1 upheld with nothing offered: warned on the form, in the answer and on the case; saved as upheld; audited', async () => {
    const { reference, answer } = await analyse('upheld', {});
    expect(warned(answer)).toBe(true);
    const detail = await s.detail(reference);
    expect(detail.lifecycle.stage1.outcome).toBe('upheld');
    expect(warned(detail.warnings ?? detail.remedies)).toBe(true);
    const close = detail.audit.find((e: { action: string }) => /close/.test(e.action));
    expect(warned(close.details)).toBe(true);
    // The close form says so before saving, while "upheld" is chosen and the remedy parts are empty.
    const reopened = (await (await logCase(PHONE_DETAILS)).json()).reference;
    await act(reopened, 'acknowledge', { version: 1, on: '2026-11-30' });
    await act(reopened, 'respond', { version: 2, on: '2026-11-30', reasons: 'Reasons.' });
    const page = await (await s.get(`/console/cases/${reopened}`)).text();
    expect(page).toMatch(/upheld but no remedy is recorded/i);
  });

  it('remedy-warn-02: stage 2 partly upheld with nothing offered is warned the same way', async () => {
    const { reference } = await analyse('upheld', { apology: true });
    await act(reference, 'escalate-stage2', { version: 4, requestedOn: '2026-11-30' }, 'complaints_manager');
    await act(reference, 'acknowledge', { version: 5, on: '2026-11-30' }, 'complaints_manager');
    await act(reference, 'respond', { version: 6, on: '2026-11-30', reasons: 'Looked at again.' }, 'complaints_manager');
    const answer = await act(reference, 'close', { version: 7, outcome: 'partly_upheld', on: '2026-11-30' }, 'complaints_manager');
    expect(warned(answer)).toBe(true);
    const detail = await s.detail(reference, 'complaints_manager');
    expect(detail.lifecycle.stage2.outcome).toBe('partly_upheld');
    expect(warned(detail.warnings)).toBe(true);
  });

  it('remedy-warn-03: upheld with an apology only is not warned, and the letter states the apology', async () => {
    const { reference, answer } = await analyse('upheld', { apology: true });
    expect(warned(answer)).toBe(false);
    expect(warned((await s.detail(reference)).warnings ?? null)).toBe(false);
    expect(letterWords(await letter(reference, 'stage1-response'))).toMatch(/we apologise/i);
  });

  it('remedy-warn-04: upheld with no remedy and a reason is not warned; the reason is kept word for word and audited', async () => {
    const reason = "Resident moved to her daughter's on 4 Dec, the tenancy has ended, and she asked us in writing to close the complaint with no apology, payment or further contact";
    const { reference, answer } = await analyse('upheld', { noRemedyReason: reason });
    expect(warned(answer)).toBe(false);
    const detail = await s.detail(reference);
    expect(warned(detail.warnings ?? null)).toBe(false);
    expect(JSON.stringify(detail.lifecycle.stage1)).toContain(JSON.stringify(reason).slice(1, -1));
    expect(JSON.stringify(detail.audit)).toContain(JSON.stringify(reason).slice(1, -1));
    expect(await (await s.get(`/console/cases/${reference}`)).text()).toContain('she asked us in writing to close the complaint');
  });

  it('remedy-warn-05: a reason of only spaces does not count: warned as with none', async () => {
    const reference = (await (await logCase(PHONE_DETAILS)).json()).reference;
    await act(reference, 'acknowledge', { version: 1, on: '2026-11-30' });
    await act(reference, 'respond', { version: 2, on: '2026-11-30', reasons: 'Reasons.' });
    const res = await s.act(reference, 'close', { version: 3, outcome: 'upheld', on: '2026-11-30', noRemedyReason: '    ' });
    // Either refused as empty, or saved with the warning: never taken as a reason.
    if (res.status === 200) expect(warned(await res.json())).toBe(true);
    else expect([res.status, (await res.json()).error.message]).toEqual([400, expect.stringMatching(/noRemedyReason/)]);
  });

  it('remedy-warn-06: not upheld with no remedy is not warned', async () => {
    const { reference, answer } = await analyse('not_upheld', {});
    expect(warned(answer)).toBe(false);
    expect(warned((await s.detail(reference)).warnings ?? null)).toBe(false);
  });

  async function analyse(outcome: string, remedy: Record<string, unknown>) {
    return answered(outcome, remedy);
  }
});

describe('letters in Welsh, and large print (welsh-letter-*)', () => {
  const welshCase = async (overrides: Record<string, unknown> = {}, receivedAt = '2026-11-30T09:00:00Z') =>
    s.open('complaint-repair-delay', {
      category: 'complaint',
      receivedAt,
      summary: 'Mae dŵr yn dod drwy’r to yn yr ystafell wely ers tair wythnos.',
      desiredOutcome: 'Trwsio’r to cyn y Nadolig.',
      contact: { name: 'Mrs Siân Prŷs', address: ['Tŷ Gwyn', '2 Heol y Bont'], postcode: 'SY10 7AB', language: 'cy', ...overrides },
    } as never);

  it('welsh-letter-01: the acknowledgement is in Welsh, with Welsh dates and the Ombudsman, names unchanged', async () => {
    const reference = await welshCase();
    expect((await s.act(reference, 'acknowledge', { version: 1, on: '2026-11-30' })).status).toBe(200);
    const words = letterWords(await letter(reference, 'acknowledgement'));
    expect(words).toMatch(/Annwyl Mrs Siân Prŷs/);
    expect(words).toContain('dydd Llun 14 Rhagfyr 2026');
    expect(words).toContain('30 Tachwedd 2026');
    expect(words).not.toMatch(ENGLISH_DATE_WORDS);
    for (const detail of ['PO Box 152, Liverpool L33 7WQ', '0300 111 3000', 'info@housing-ombudsman.org.uk']) expect(words).toContain(detail);
    expect(words).toContain('Tŷ Gwyn');
    expect(words).toContain(reference);
    expect(words).not.toMatch(/\bDear\b|\bOur reference\b/);
  });

  it('welsh-letter-02: the stage 1 response is in Welsh: stage, decision, apology, the repair date, £50, how to escalate', async () => {
    const reference = await welshCase();
    expect((await s.act(reference, 'acknowledge', { version: 1, on: '2026-11-30' })).status).toBe(200);
    const res = await s.act(reference, 'respond', {
      version: 2,
      on: '2026-11-30',
      reasons: 'Ni ddaeth y contractwr.',
      apology: true,
      compensation: 50,
      actions: [{ what: 'Trwsio’r to', owner: 'Tîm atgyweirio', due: '2026-12-11' }],
    });
    expect(res.status).toBe(200);
    expect((await s.act(reference, 'close', { version: 3, outcome: 'upheld', on: '2026-11-30' })).status).toBe(200);
    const words = letterWords(await letter(reference, 'stage1-response'));
    expect(words).toMatch(/cam 1/i);
    expect(words).toContain('dydd Gwener 11 Rhagfyr 2026');
    expect(words).toContain('£50');
    expect(words).toMatch(/Ombwdsmon/);
    expect(words).not.toMatch(ENGLISH_DATE_WORDS);
    expect(words).not.toMatch(/\bupheld\b|\bOur decision\b/);
  });

  it('welsh-letter-03: awkward dates: Chwefror, "Mawrth" as day and month, Mai; never a bank holiday', async () => {
    s.pinNow('2027-02-16T10:00:00Z');
    try {
      const reference = await welshCase({}, '2027-02-15T09:00:00Z');
      expect((await s.act(reference, 'acknowledge', { version: 1, on: '2027-02-16' })).status).toBe(200);
      const ack = letterWords(await letter(reference, 'acknowledgement'));
      expect(ack).toContain('16 Chwefror 2027');
      expect(ack).toContain('dydd Mawrth 2 Mawrth 2027');
      expect((await s.act(reference, 'extend', { version: 2, to: '2027-03-16', reason: 'Mae angen adroddiad gan syrfëwr.' })).status).toBe(200);
      const extension = letterWords(await letter(reference, 'extension'));
      expect(extension).toContain('dydd Mawrth 16 Mawrth 2027');
      expect(extension).not.toMatch(ENGLISH_DATE_WORDS);
      s.pinNow('2027-05-04T10:00:00Z');
      expect(letterWords(await letter(reference, 'extension'))).toContain('dydd Mawrth 4 Mai 2027');
    } finally {
      s.pinNow(TODAY);
    }
  });

  it('welsh-letter-04: large print in English: 18 pt throughout, the same words; the next letter without it is back to normal', async () => {
    const large = await s.open('complaint-repair-delay', { category: 'complaint', contact: { name: 'Mr Lee', adjustments: [{ kind: 'large_print' }] } } as never);
    const plain = await s.open('complaint-repair-delay', { category: 'complaint', contact: { name: 'Mr Lee' } } as never);
    const big = await letter(large, 'acknowledgement');
    expect(fontSize(big)).toBe('18');
    expect(big).not.toMatch(/font-size: (?:0?\.\d+em|[0-9]pt|1[0-7]pt|small)/);
    expect(fontSize(await letter(plain, 'acknowledgement'))).toBe('12');
  });

  it('welsh-letter-05: letters in Welsh asked for in an English chat, with large print: Welsh and 18 pt; the console stays English', async () => {
    const reference = await welshCase({ adjustments: [{ kind: 'large_print' }] });
    const html = await letter(reference, 'acknowledgement');
    expect(fontSize(html)).toBe('18');
    expect(letterWords(html)).toMatch(/Annwyl/);
    // What the resident asked for is said back in Welsh too.
    expect(letterWords(html)).not.toMatch(/Large print/i);
    const page = await (await s.get(`/console/cases/${reference}`)).text();
    expect(page).toContain('<html lang="en');
    expect(page).toMatch(/their letters are written in Welsh/);
  });

  it('welsh-letter-06: control: English only, normal size, English dates', async () => {
    const reference = await s.open('complaint-repair-delay', { category: 'complaint', receivedAt: '2026-11-30T09:00:00Z', contact: { name: 'Ms Ellis' } } as never);
    expect((await s.act(reference, 'acknowledge', { version: 1, on: '2026-11-30' })).status).toBe(200);
    const html = await letter(reference, 'acknowledgement');
    expect(fontSize(html)).toBe('12');
    const words = letterWords(html);
    expect(words).toContain('Monday 14 December 2026');
    expect(words).toMatch(/Dear Ms Ellis/);
    expect(words).not.toMatch(/Annwyl|Rhagfyr/);
  });
});

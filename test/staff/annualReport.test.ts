// The annual complaint performance report (Code 8.1) and the self-assessment, through the real API
// and store. Scenarios written by a complaints manager who had not read the code (report-…).
import { pdfText } from '../support/pdfText';
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';

describe('the annual complaint performance report', () => {
  let s: Staff;
  let restricted: string;

  async function act(ref: string, action: string, body: Record<string, unknown>, day?: string, role: 'complaints_manager' | 'reviewer' = 'complaints_manager') {
    const pinned = s.t.app.context.now;
    const on = day ?? ((body.on ?? body.requestedOn) as string | undefined);
    if (on) s.pinNow(`${on}T16:00:00Z`);
    const version = (await s.detail(ref, 'complaints_manager')).version;
    const res = await s.act(ref, action, { version, ...body }, role).finally(() => {
      s.t.app.context.now = pinned;
    });
    if (res.status !== 200) throw new Error(`${action} on ${ref}: ${res.status} ${await res.text()}`);
  }

  /** A stage 1 complaint answered `late` or on time, closed with `outcome`. */
  async function answered(receivedAt: string, late: boolean, outcome: string, overrides: Record<string, unknown> = {}) {
    const ref = await s.open(COMPLAINT, { receivedAt, ...overrides } as never);
    const received = receivedAt.slice(0, 10);
    const plus = (n: number) => new Date(Date.parse(`${received}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    await act(ref, 'acknowledge', { on: plus(1) });
    await act(ref, 'respond', { on: plus(late ? 40 : 7) });
    const remedy = outcome === 'not_upheld' ? { rootCauses: ['communication'] } : { apology: true, compensation: '£150.25', rootCauses: ['appointment_missed', 'communication'] };
    await act(ref, 'close', { outcome, reasons: 'Point by point.', on: plus(late ? 40 : 7), ...remedy });
    return ref;
  }

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2025-06-30T12:00:00Z');
    // 2024/25: four stage 1 complaints, three on time; one went to stage 2, answered on time.
    const a = await answered('2024-05-01T10:00:00Z', false, 'upheld', { serviceArea: '=HYPERLINK("http://evil.example","Click")' });
    await answered('2024-06-03T10:00:00Z', false, 'partly_upheld');
    await answered('2024-09-02T10:00:00Z', true, 'not_upheld');
    restricted = await answered('2024-10-01T10:00:00Z', false, 'upheld', { signals: { staffConduct: true } });
    await act(a, 'escalate-stage2', { requestedOn: '2024-05-20' });
    await act(a, 'acknowledge', { on: '2024-05-21' });
    // Code 6.13: stage 2 is considered by someone not involved at stage 1.
    await act(a, 'respond', { on: '2024-06-05' }, undefined, 'reviewer');
    await act(a, 'close', { outcome: 'not_upheld', reasons: 'Reviewed afresh.', on: '2024-06-05' }, undefined, 'reviewer');
    await act(a, 'record-ombudsman-determination', { on: '2025-02-10', finding: 'maladministration' });
    // Two refused: a court claim, and an issue older than 12 months (by a reviewer's override).
    await s.open(COMPLAINT, { receivedAt: '2024-11-04T10:00:00Z', signals: { legalProceedingsFiled: true } } as never);
    const old = await s.open(COMPLAINT, { receivedAt: '2024-11-05T10:00:00Z' } as never);
    await act(old, 'override', { outcome: 'not_accepted', refusalReason: 'time_limit', reason: 'The issue dates from 2022' }, '2024-11-06');
    // report-year-boundaries: 23:30 on 31 March 2025 (BST) is 2024/25; 00:15 on 1 April is 2025/26.
    await s.open(COMPLAINT, { receivedAt: '2025-03-31T22:30:00Z' } as never);
    await s.open(COMPLAINT, { receivedAt: '2025-03-31T23:15:00Z' } as never);
  }, 300_000);
  afterAll(() => s.t.stop());

  const report = async (query: string, role: 'reviewer' | 'complaints_manager' | 'admin' = 'complaints_manager') => {
    const res = await s.get(`/api/staff/reports/annual?${query}`, role);
    expect(res.status).toBe(200);
    return res.json();
  };
  const row = (r: any, section: string, measure: string): string[] =>
    r.sections.find((x: { id: string }) => x.id === section).rows.find((x: { measure: string }) => x.measure === measure)?.values;

  it('report-year-counts-by-stage: the year’s complaints by stage, on time and refused, for 1 April to 31 March', async () => {
    const r = await report('year=2024');
    expect(r.period).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    // Four answered and the one received at 23:30 on 31 March; the refused two never reached stage 1.
    expect(row(r, 'numbers', 'Complaints')).toEqual(['5', '1']);
    expect(row(r, 'numbers', 'Responded to within the timescales (CH02)')).toEqual(['3 of 4 (75%)', '1 of 1 (100%)']);
    expect(row(r, 'refusals', 'legal proceedings')).toEqual(['1']);
    expect(row(r, 'refusals', 'time limit')).toEqual(['1']);
  });

  it('report-year-boundaries: a complaint at 23:30 on 31 March and one at 00:15 on 1 April fall in different years', async () => {
    const [y2024, y2025] = [await report('year=2024'), await report('year=2025')];
    expect(Number(row(y2024, 'numbers', 'Complaints')[0]) + Number(row(y2025, 'numbers', 'Complaints')[0])).toBe(6);
    expect(row(y2025, 'numbers', 'Complaints')[0]).toBe('1');
  });

  it('report-outcomes and report-ombudsman-determinations: outcomes by stage, withdrawals apart, determinations by finding', async () => {
    const r = await report('year=2024');
    expect(row(r, 'outcomes', 'upheld')).toEqual(['2', '0']);
    expect(row(r, 'outcomes', 'partly upheld')).toEqual(['1', '0']);
    expect(row(r, 'outcomes', 'not upheld')).toEqual(['1', '1']);
    expect(row(r, 'ombudsman', 'maladministration')).toEqual(['1']);
  });

  it('report-outcomes-compensation-rootcauses: compensation to the penny and root causes by their labels', async () => {
    const r = await report('year=2024');
    expect(row(r, 'remedies', 'Apologies given')).toEqual(['3', '0']);
    expect(row(r, 'remedies', 'Compensation offered (£)')).toEqual(['450.75', '0.00']);
    expect(row(r, 'learning', 'Communication')).toEqual(['4']);
    expect(row(r, 'learning', 'Appointment missed')).toEqual(['3']);
  });

  it('report-csv-and-pdf-match-page: the PDF gives every figure of the report, the year and the day it was produced', async () => {
    const r = await report('year=2024', 'reviewer');
    const res = await s.get('/api/staff/reports/annual.pdf?year=2024', 'reviewer');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(new Uint8Array(await res.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('Annual complaint performance report, 2024/25');
    expect(text).toContain('Produced on');
    for (const section of r.sections) for (const { values } of section.rows) for (const v of values) expect(text).toContain(v);
    expect(text).toContain('450.75');
  });

  it('report-csv-and-pdf-match-page: the CSV and the page give the same figures as the JSON; a reviewer can read them', async () => {
    const r = await report('year=2024', 'reviewer');
    const csv = await (await s.get('/api/staff/reports/annual.csv?year=2024', 'reviewer')).text();
    const page = await (await s.get('/console/reports/annual?year=2024', 'reviewer')).text();
    expect(csv.split('\r\n')[0]).toBe('section,measure,column,value');
    for (const section of r.sections) {
      for (const { measure, values } of section.rows) {
        values.forEach((v: string, i: number) => expect(csv).toContain(`,${section.columns[i]},${v.includes(',') ? `"${v}"` : v}\r\n`));
        expect(page).toContain(measure.replace(/'/g, '&#x27;').replace(/"/g, '&quot;').replace(/=/g, '&#x3D;'));
      }
    }
    expect(page).toContain('To add by hand before publishing');
  });

  it('report-csv-formula-injection: a label that came from data cannot run as a formula', async () => {
    const csv = await (await s.get('/api/staff/reports/annual.csv?year=2024', 'admin')).text();
    expect(csv).toContain('HYPERLINK');
    // No cell, quoted or not, begins with a character a spreadsheet reads as a formula.
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('report-no-personal-data-and-restricted-counted: the restricted case is counted for every role, and no name or address is in any output', async () => {
    const [asReviewer, asManager] = [await report('year=2024', 'reviewer'), await report('year=2024', 'complaints_manager')];
    expect(asReviewer).toEqual(asManager);
    const everything = JSON.stringify(asReviewer) + (await (await s.get('/api/staff/reports/annual.csv?year=2024', 'reviewer')).text());
    expect(everything).not.toContain('Sam Jones');
    expect(everything).not.toContain('07700');
    expect(everything).not.toContain(restricted);
  });

  it.each([
    ['2019', 200, /"Complaints"/],
    ['2030', 200, /"Complaints"/],
    ['2024; DROP', 400, /year must be/],
    ['1999', 400, /2000 or later/],
  ])('report-empty-and-future-year: year=%s answers %s', async (year, status, body) => {
    const res = await s.get(`/api/staff/reports/annual?year=${encodeURIComponent(year)}`, 'complaints_manager');
    expect(res.status).toBe(status);
    const text = await res.text();
    expect(text).toMatch(body);
    if (status === 200) expect(row(JSON.parse(text), 'numbers', 'Complaints')).toEqual(['0', '0']);
  });
});

describe('the self-assessment against the Code', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
  });
  afterAll(() => s.t.stop());

  it('report-self-assessment-evidence: each clause says where it is evidenced; what the system cannot evidence says so and is never shown as met', async () => {
    const res = await s.get('/api/staff/reports/self-assessment?profile=code-2024', 'reviewer');
    expect(res.status).toBe(200);
    const { clauses } = await res.json();
    const clause = (c: string) => clauses.find((x: { clause: string }) => x.clause === c);
    expect(clause('Code 6.2')).toMatchObject({ evidenced: true, shortfalls: [] });
    expect(clause('Code 6.2').where.map((w: { href: string }) => w.href)).toContain('/console/reports');
    expect(clause('Code 8.1').where.map((w: { href: string }) => w.href)).toContain('/console/reports/annual');
    const manual = clauses.filter((x: { evidenced: boolean }) => !x.evidenced);
    expect(manual.length).toBeGreaterThan(0);
    for (const m of manual) expect(m).toMatchObject({ howThisSystemMeetsIt: expect.stringMatching(/manual evidence required/), where: [] });
    const page = await (await s.get('/console/self-assessment?profile=code-2024', 'reviewer')).text();
    expect(page).toContain('Nowhere in this system');
  });

  it("shows a landlord's policy that falls short against the clause it falls short of", async () => {
    const { clauses } = await (await s.get('/api/staff/reports/self-assessment?profile=whg', 'reviewer')).json();
    const limit = clauses.find((x: { clause: string }) => x.clause === 'Code 2.3');
    expect(limit.shortfalls.join(' ')).toMatch(/12 months/);
    const page = await (await s.get('/console/self-assessment?profile=whg', 'reviewer')).text();
    expect(page).toContain('This policy falls short');
  });
});

import { hazardDeadlineInWords } from '../../staff/hazards/hazardDeadlineWords';
import { startStaff, type Role, type Staff } from '../staff/staffHarness';

const ENGLAND = { nation: 'england-and-wales' } as const;

describe("hazard deadlines in words (Awaab's Law)", () => {
  it.each([
    // 24-hour clock: clock hours, through the night.
    ['2026-12-21T15:00:00Z', '2026-12-21T10:00:00Z', 'in 5 hours'],
    ['2026-12-21T08:00:00Z', '2026-12-21T10:00:00Z', 'overdue by 2 hours'],
    ['2026-12-21T10:40:00Z', '2026-12-21T10:00:00Z', 'in 40 minutes'],
    ['2026-12-18T10:00:00Z', '2026-12-21T10:00:00Z', 'overdue by 3 days'],
    // Working days, the Christmas bank holidays not counted.
    ['2026-12-24', '2026-12-21T10:00:00Z', 'in 3 working days'],
    ['2026-12-29', '2026-12-21T10:00:00Z', 'in 4 working days'],
    ['2026-12-17', '2026-12-21T10:00:00Z', '2 working days overdue'],
    ['2026-12-21', '2026-12-21T10:00:00Z', 'due today'],
    // Friday's deadline seen on Saturday: no working day has passed, but it is overdue.
    ['2026-12-18', '2026-12-19T10:00:00Z', 'overdue since the last working day'],
  ])('%s seen at %s is "%s"', (deadline, now, words) => {
    expect(hazardDeadlineInWords(deadline, new Date(now), ENGLAND)).toBe(words);
  });
});

// The console's hazard page over HTTP: who sees which clocks, recording a step through the same
// service as the API (version-checked, audited), and refusals as pages that say why.
describe('the console hazard page (/console/hazards)', () => {
  let s: Staff;
  let damp: string;
  let gas: string;
  let hidden: string;
  const page = async (role: Role | null = 'reviewer', query = '') => s.get(`/console/hazards${query}`, role);
  const clocks = async (role: Role = 'reviewer') => (await (await s.get('/api/staff/hazards', role)).json()).clocks;
  const post = async (id: number | string, fields: Record<string, string>, role: Role = 'reviewer') =>
    fetch(`${s.t.baseUrl}/console/hazards/${id}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token(role, 'Hana Hazard')}` },
      body: new URLSearchParams(fields).toString(),
    });

  beforeAll(async () => {
    s = await startStaff();
    damp = await s.open('damp-and-mould-repair');
    gas = await s.open('gas-smell-emergency');
    hidden = await s.open('damp-and-mould-repair', { signals: { staffConduct: true } as never });
    s.pinNow('2026-12-21T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  it('shows a reviewer every open clock soonest first, deadlines in words, states in words, without restricted cases', async () => {
    const res = await page();
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('aria-current="page">Hazard clocks</a>');
    expect(html.indexOf(`/console/cases/${gas}`)).toBeLessThan(html.indexOf(`/console/cases/${damp}`));
    expect(html).not.toContain(hidden);
    expect(html).toMatch(/Make safe<\/th>\s*<td>[^<]+<\/td>\s*<td><span class="overdue">overdue by 56 days<\/span><\/td>\s*<td><span class="tag overdue">overdue<\/span>/);
    expect(html).toMatch(/Investigate<\/th>\s*<td>end of Wednesday 6 January 2027<\/td>\s*<td><span>in 9 working days<\/span><\/td>\s*<td><span class="tag">due<\/span>/);
    expect(html).toMatch(/<span class="tag">Emergency<\/span>[\s\S]*<span class="tag">Significant<\/span>/);
  });

  it('shows a complaints manager the restricted case too; an admin is refused and a stranger sent to sign in', async () => {
    expect(await (await page('complaints_manager')).text()).toContain(`/console/cases/${hidden}`);
    expect((await page('admin')).status).toBe(403);
    const stranger = await fetch(`${s.t.baseUrl}/console/hazards`, { redirect: 'manual' });
    expect([stranger.status, stranger.headers.get('location')]).toEqual([303, '/console/sign-in']);
  });

  it('records the investigation through the form: the step is met, later clocks start, and it is an audit event', async () => {
    const clock = (await clocks()).find((c: { caseReference: string }) => c.caseReference === damp);
    const res = await post(clock.id, { record: 'investigation-concluded', version: String(clock.version), at: '2026-12-21T09:30' });
    expect(res.status).toBe(303);
    const location = res.headers.get('location') as string;
    expect(location).toBe(`/console/hazards?done=investigation-concluded&case=${damp}#clock-${clock.id}`);
    const html = await (await page('reviewer', location.replace('/console/hazards', '').replace(/#.*/, ''))).text();
    expect(html).toContain(`Saved: investigation concluded on case ${damp}.`);
    expect(html).toMatch(/Investigate<\/th>\s*<td>end of Wednesday 6 January 2027<\/td>\s*<td>done 21 Dec 2026, 09:30<\/td>\s*<td><span class="tag">met<\/span>/);
    expect(html).toMatch(/Written summary to the resident<\/th>\s*<td>end of Thursday 24 December 2026<\/td>\s*<td><span>in 3 working days<\/span>/);
    const audit = (await s.detail(damp)).audit.at(-1);
    expect(audit).toMatchObject({ action: 'hazard.investigation-concluded', details: { at: '2026-12-21T09:30:00.000Z', by: 'Hana Hazard', hazard: 'damp_mould' } });
    // The same step cannot be offered twice.
    const after = (await clocks()).find((c: { caseReference: string }) => c.caseReference === damp);
    expect(await post(after.id, { record: 'investigation-concluded', version: String(after.version), at: '2026-12-21T09:40' })).toHaveProperty('status', 422);
  });

  it('a stale form, a bad time, an unknown step or a clock out of sight is refused with a page that says why', async () => {
    const [emergency] = await clocks();
    const stale = await post(emergency.id, { record: 'safety-work-done', version: String(emergency.version + 5), at: '2026-12-21T09:00' });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toMatch(/role="alert"[\s\S]*changed by someone else \(you had version \d+\)\. Reload it and try again\./);
    const badTime = await post(emergency.id, { record: 'safety-work-done', version: String(emergency.version), at: 'yesterday' });
    expect([badTime.status, await badTime.text()]).toEqual([400, expect.stringContaining('at must be a date and time')]);
    const unknown = await post(emergency.id, { record: 'tea-made', version: String(emergency.version), at: '2026-12-21T09:00' });
    expect([unknown.status, await unknown.text()]).toEqual([400, expect.stringContaining('Choose what to record')]);
    expect((await post('abc', { record: 'safety-work-done', version: '1', at: '2026-12-21T09:00' })).status).toBe(404);
    const restricted = (await clocks('complaints_manager')).find((c: { caseReference: string }) => c.caseReference === hidden);
    const refused = await post(restricted.id, { record: 'investigation-concluded', version: String(restricted.version), at: '2026-12-21T09:00' });
    expect([refused.status, await refused.text()]).toEqual([404, expect.stringContaining(`No hazard clock you can see has the id &quot;${restricted.id}&quot;`)]);
  });

  it('the figures count hazard clock steps met and missed for the period, restricted cases included whoever looks: JSON, CSV and the reports page', async () => {
    const reviewer = await (await s.get('/api/staff/figures')).json();
    expect(reviewer.hazardSteps).toEqual({ met: 1, missed: 0, due: 4, overdue: 2 });
    const manager = await (await s.get('/api/staff/figures', 'complaints_manager')).json();
    expect(manager.hazardSteps).toEqual({ met: 1, missed: 0, due: 4, overdue: 2 });
    // The gas smell was reported in October: outside a December period.
    const december = await (await s.get('/api/staff/figures?from=2026-12-01&to=2026-12-31', 'admin')).json();
    expect(december.hazardSteps).toEqual({ met: 1, missed: 0, due: 4, overdue: 0 });
    const csv = await (await s.get('/api/staff/figures.csv', 'admin')).text();
    expect(csv).toContain("Awaab's Law hazard clock steps,met,1,,\r\nAwaab's Law hazard clock steps,missed,0,,\r\n");
    const html = await (await s.get('/console/reports', 'admin')).text();
    expect(html).toMatch(/Met: done by its deadline<\/th><td>1<\/td>[\s\S]*Missed: done after its deadline<\/th><td>0<\/td>[\s\S]*deadline passed<\/th><td>2<\/td>/);
  });

  it('escapes what comes back in the address', async () => {
    const html = await (await page('reviewer', `?done=summary-sent&case=${encodeURIComponent('<script>alert(1)</script>')}`)).text();
    expect(html).toContain('Saved: written summary sent on case &lt;script&gt;alert(1)&lt;/script&gt;.');
    expect(html).not.toContain('<script>alert(1)');
  });
});

import { startStaff, type Role, type Staff } from '../staff/staffHarness';

const COMPLAINT = 'complaint-repair-delay';

// The console's side of finding and owning cases, over HTTP as a browser sends it: the search box
// and its results, who owns each row and "my cases", ticking several decisions to approve at once,
// the owner and the hazard clocks on a case page, and the hazard page's filters and pages.
describe('finding, owning and approving in the console', () => {
  let s: Staff;
  let sam: string;
  let dee: string;
  let damp: string;
  let gas: string;
  const page = async (path: string, role: Role = 'reviewer') => {
    const res = await s.get(path, role);
    return { status: res.status, html: await res.text() };
  };
  const post = async (path: string, fields: [string, string][], origin = s.t.baseUrl) =>
    fetch(`${s.t.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin, authorization: `Bearer ${await s.token('reviewer')}` },
      body: new URLSearchParams(fields).toString(),
    });

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
    sam = await s.open(COMPLAINT, { contact: { name: 'Sam Jones', phone: '07700 900123' } });
    dee = await s.open(COMPLAINT, { contact: { name: 'Dee <b>Bold</b>' }, summary: 'Nobody answered my call about the boiler.\nSecond line.' });
    damp = await s.open('damp-and-mould-repair');
    gas = await s.open('gas-smell-emergency');
  });
  afterAll(() => s.t.stop());

  describe('the queue page', () => {
    it('has a search box, "My cases" and "Unassigned", and each row names the resident, the first line and the owner', async () => {
      const { html } = await page('/console/queue');
      expect(html).toContain('<form method="get" action="/console/search"');
      expect(html).toContain('<label for="search-q">Find a case, open or closed</label>');
      expect(html).toContain('<a href="/console/queue?view&#x3D;today&amp;assignee&#x3D;me">My cases</a>');
      expect(html).toContain('Unassigned</a>');
      expect(html).toContain('<strong>Sam Jones</strong>');
      // What a resident typed is escaped like any text.
      expect(html).toContain('<strong>Dee &lt;b&gt;Bold&lt;/b&gt;</strong><br><span class="muted">Nobody answered my call about the boiler.</span>');
      expect(html).not.toContain('Second line.');
      expect(html).toContain('<span class="muted">Nobody yet</span>');
    });

    it('offers a tick box for each decision that can be approved as it is, carrying the version shown', async () => {
      const { html } = await page('/console/queue');
      expect(html).toContain(`<input type="checkbox" name="approve" value="${sam}@1"`);
      expect(html).toContain('<button type="submit">Approve selected</button>');
    });
  });

  describe('search', () => {
    it('shows the cases found, the resident named, open or closed and the owner', async () => {
      const { status, html } = await page(`/console/search?q=${encodeURIComponent('07700 900123')}`);
      expect(status).toBe(200);
      expect(html).toContain('1 case found for “07700 900123”');
      expect(html).toContain(`<a href="/console/cases/${sam}">${sam}</a>`);
      expect(html).toContain('<strong>Sam Jones</strong>');
      expect(html).toContain('value="07700 900123"');
    });

    it('an empty box is just the box; a query too short says why', async () => {
      expect((await page('/console/search')).html).not.toContain('role="alert"');
      const short = await page('/console/search?q=x');
      expect(short.status).toBe(400);
      expect(short.html).toContain('<strong>Not searched:</strong> q must be at least 2 characters');
    });
  });

  describe('approve selected', () => {
    it('approves each ticked case through the approve action, and reports one that changed since the page was read', async () => {
      expect((await s.act(dee, 'acknowledge', { version: 1, on: '2026-11-27' })).status).toBe(200);
      const res = await post('/console/queue/approve', [
        ['queue', 'view=today'],
        ['approve', `${sam}@1`],
        ['approve', `${dee}@1`],
      ]);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<p class="notice" role="status">Approved 1: ${sam}.</p>`);
      expect(html).toContain('<strong>Not approved (1):</strong>');
      expect(html).toMatch(new RegExp(`${dee}</a>: Case ${dee} was changed by someone else \\(you had version 1\\)`));
      expect((await s.detail(sam)).reviewed).toBe(true);
      expect((await s.detail(dee)).reviewed).toBe(false);
    });

    it('with nothing ticked, or from another site, nothing is approved and the page says why', async () => {
      const none = await post('/console/queue/approve', [['queue', 'view=today']]);
      expect(none.status).toBe(400);
      expect(await none.text()).toContain('<strong>Nothing approved:</strong> choose at least one case to approve');
      const forged = await post('/console/queue/approve', [['approve', `${dee}@2`]], 'https://evil.example');
      expect(forged.status).toBe(403);
      expect((await s.detail(dee)).reviewed).toBe(false);
    });
  });

  describe('the case page', () => {
    it('assigns the case to me from the list of officers, then shows me as its owner and in "my cases"', async () => {
      const before = await page(`/console/cases/${dee}`);
      expect(before.html).toContain('<dt>Owner</dt><dd>Nobody yet</dd>');
      const me = await (await s.get('/api/staff/me')).json();
      expect(before.html).toContain(`<option value="${me.subject}">Test reviewer (you)</option>`);
      const version = (await s.detail(dee)).version;
      const res = await post(`/console/cases/${dee}/assignment`, [
        ['version', String(version)],
        ['assignee', me.subject],
      ]);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`/console/cases/${dee}?done=assignment`);
      expect((await page(`/console/cases/${dee}?done=assignment`)).html).toContain('<dt>Owner</dt><dd>Test reviewer</dd>');
      const mine = await page('/console/queue?view=today&assignee=me');
      expect(mine.html).toContain(`/console/cases/${dee}"`);
      expect(mine.html).not.toContain(`/console/cases/${sam}"`);
    });

    it('refuses an officer the console does not know, saying what to do', async () => {
      const res = await post(`/console/cases/${sam}/assignment`, [
        ['version', String((await s.detail(sam)).version)],
        ['assignee', 'someone:invented'],
      ]);
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Choose an officer from the list, or nobody.');
    });

    it("shows the case's hazard clocks, each step's deadline, how far in words and its state", async () => {
      s.pinNow('2026-12-21T10:00:00Z');
      const { html } = await page(`/console/cases/${gas}`);
      expect(html).toContain('<h2 id="hazards-h">Hazard clocks (Awaab\'s Law)</h2>');
      expect(html).toMatch(/Make safe<\/th>\s*<td>[^<]+<\/td>\s*<td><span class="overdue">overdue by \d+ days<\/span><\/td>\s*<td><span class="tag overdue">overdue<\/span>/);
      expect((await page(`/console/cases/${sam}`)).html).not.toContain('id="hazards-h"');
    });
  });

  describe('the hazard page', () => {
    it('filters by hazard and overdue, keeping the filters chosen', async () => {
      const { html } = await page('/console/hazards?hazard=damp_mould');
      expect(html).toContain(`/console/cases/${damp}"`);
      expect(html).not.toContain(`/console/cases/${gas}"`);
      expect(html).toContain('<option value="damp_mould" selected>');
      const overdue = await page('/console/hazards?overdue=true');
      expect(overdue.html).toContain(`/console/cases/${gas}"`);
      expect(overdue.html).not.toContain(`/console/cases/${damp}"`);
      expect(overdue.html).toContain('1 open clock, soonest deadline first');
    });

    it('pages, and shows closed clocks without forms when asked', async () => {
      const first = await page('/console/hazards?pageSize=1');
      expect(first.html).toContain('Page 1 of 2');
      expect(first.html).toContain('<a href="/console/hazards?pageSize&#x3D;1&amp;page&#x3D;2">Next page</a>');
      expect((await page('/console/hazards?status=closed')).html).toContain('No closed hazard clocks match these filters.');
      const clock = (await (await s.get('/api/staff/hazards?hazard=damp_mould')).json()).clocks[0];
      const res = await post(`/console/hazards/${clock.id}/close-in-error`, [
        ['version', String(clock.version)],
        ['reason', 'The mould was at the previous address.'],
      ]);
      expect(res.status).toBe(303);
      const closed = await page('/console/hazards?status=closed');
      expect(closed.html).toContain(`/console/cases/${damp}"`);
      expect(closed.html).toContain('<span class="tag">closed in error</span>');
      expect(closed.html).toContain('<dt>Closed in error</dt>');
      expect(closed.html).not.toContain('Close in error</button>');
    });
  });
});

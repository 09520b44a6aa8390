import { devShapedToken, startStaff, type Staff } from './staffHarness';

// A complaint that triage opens at stage 1 (Code 1.5: dissatisfied with a repair's handling).
const COMPLAINT = 'complaint-repair-delay';

describe('the staff API (/api/staff)', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  describe('access', () => {
    it('answers 401 without a token, and with a token this server did not sign', async () => {
      const none = await s.get('/api/staff/cases', null);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer');
      const forged = await devShapedToken('not-the-server-secret-0123456789abcdef', ['complaints_manager']);
      const res = await fetch(`${s.t.baseUrl}/api/staff/cases`, { headers: { authorization: `Bearer ${forged}` } });
      expect(res.status).toBe(401);
    });

    it('answers 403 for roles that do not work cases, naming the roles needed', async () => {
      for (const role of ['admin', 'service'] as const) {
        const res = await s.get('/api/staff/cases', role);
        expect(res.status).toBe(403);
        expect((await res.json()).error.message).toMatch(/reviewer, complaints_manager/);
      }
      const act = await s.act('CMP-2026-000001', 'approve', { version: 1 }, 'admin');
      expect(act.status).toBe(403);
    });

    it('lets an admin read the figures but not the cases', async () => {
      expect((await s.get('/api/staff/figures', 'admin')).status).toBe(200);
      expect((await s.get('/api/staff/cases/CMP-2026-000001', 'admin')).status).toBe(403);
    });

    it('development sign-in refuses an unknown role with a 400 that lists the roles', async () => {
      const res = await fetch(`${s.t.baseUrl}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'superuser', name: 'Eve' }),
      });
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(/reviewer, complaints_manager, admin, service/);
    });
  });

  describe('restricted cases (Greatwell 3, 5.1)', () => {
    let restricted: string;
    beforeAll(async () => {
      restricted = await s.open(COMPLAINT, { signals: { staffConduct: true } });
    });

    it('do not exist for a reviewer: not listed, not counted, not found, not changeable', async () => {
      const asReviewer = await (await s.get('/api/staff/cases?view=today&pageSize=100')).json();
      const asManager = await (await s.get('/api/staff/cases?view=today&pageSize=100', 'complaints_manager')).json();
      expect(asReviewer.items.map((i: { reference: string }) => i.reference)).not.toContain(restricted);
      expect(asManager.items.map((i: { reference: string }) => i.reference)).toContain(restricted);
      expect(asManager.total).toBe(asReviewer.total + 1);
      const counts = (page: { views: { name: string; count: number }[] }) => Object.fromEntries(page.views.map((v) => [v.name, v.count]));
      expect(counts(asManager).stage1_open).toBe(counts(asReviewer).stage1_open + 1);
      expect((await s.get(`/api/staff/cases/${restricted}`)).status).toBe(404);
      expect((await s.act(restricted, 'approve', { version: 1 })).status).toBe(404);
      expect((await s.get(`/api/staff/cases/${restricted}/letters/acknowledgement`)).status).toBe(404);
    });

    it('are visible to a complaints manager, marked restricted', async () => {
      const detail = await s.detail(restricted, 'complaints_manager');
      expect(detail.restricted).toBe(true);
      expect(detail.decision.reasons.map((r: { rule: string }) => r.rule)).toContain('restricted');
    });

    it('are counted in a reviewer\'s figures as in a complaints manager\'s: the figures do not depend on who looks', async () => {
      const reviewer = await (await s.get('/api/staff/figures')).json();
      const manager = await (await s.get('/api/staff/figures', 'complaints_manager')).json();
      expect(reviewer).toEqual(manager);
    });
  });

  describe('approve and override', () => {
    it('approves once; a second approval is a 409, and so is a stale version', async () => {
      const ref = await s.open(COMPLAINT);
      const ok = await s.act(ref, 'approve', { version: 1, serviceArea: 'repairs', theme: 'missed appointments' });
      expect(ok.status).toBe(200);
      const body = await ok.json();
      expect(body).toMatchObject({ version: 2, reviewed: true, theme: 'missed appointments' });
      expect(body.audit.at(-1)).toMatchObject({ action: 'case.approved', details: { by: 'Test reviewer' } });
      expect((await s.act(ref, 'approve', { version: 2 })).status).toBe(409);
      const stale = await s.act(ref, 'acknowledge', { version: 1, on: '2026-11-27' });
      expect(stale.status).toBe(409);
      expect((await stale.json()).error.message).toMatch(/changed by someone else.*Reload/);
    });

    it('a case triage left to a person cannot be approved as is: it needs an outcome (422)', async () => {
      const ref = await s.open(COMPLAINT, { signals: { unreasonableBehaviour: true } });
      const res = await s.act(ref, 'approve', { version: 1 });
      expect(res.status).toBe(422);
      expect((await res.json()).error.message).toMatch(/override/);
    });

    it('an override needs a reason, and a refusal needs its reason (Code 2.4)', async () => {
      const ref = await s.open(COMPLAINT);
      const noReason = await s.act(ref, 'override', { version: 1, outcome: 'service_request' });
      expect(noReason.status).toBe(400);
      expect((await noReason.json()).error.issues.map((i: { path: string }) => i.path)).toContain('reason');
      const noRefusal = await s.act(ref, 'override', { version: 1, outcome: 'not_accepted', reason: 'Court claim filed last week' });
      expect(noRefusal.status).toBe(400);
      expect((await noRefusal.json()).error.message).toMatch(/refusalReason/);
      const refused = await s.act(ref, 'override', { version: 1, outcome: 'not_accepted', refusalReason: 'legal_proceedings', reason: 'Court claim filed last week' });
      expect(refused.status).toBe(200);
      const body = await refused.json();
      expect(body.decision.exclusions[0]).toMatchObject({ rule: 'legal_proceedings' });
      expect(body.decision.exclusions[0].explanation).toMatch(/Housing Ombudsman/);
      expect(body.deadlines).toEqual([]);
      expect(body.letters).toContain('not-accepted');
    });

    it('overriding to stage 1 recomputes the clocks with the triage functions and keeps the reason', async () => {
      const ref = await s.open(COMPLAINT, { signals: { unreasonableBehaviour: true } });
      const res = await s.act(ref, 'override', { version: 1, outcome: 'stage1_opened', reason: 'Behaviour concern not borne out by the call notes' });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.phase).toBe('stage1');
      expect(body.decision.deadlines).toMatchObject({ acknowledgeBy: '2026-12-03', respondBy: '2026-12-17' });
      expect(body.deadlines[0]).toMatchObject({ label: 'Stage 1: acknowledge by', due: '2026-12-03', inWords: 'in 2 working days' });
      expect(body.audit.at(-1)).toMatchObject({
        action: 'case.overridden',
        details: { reason: 'Behaviour concern not borne out by the call notes', from: { outcome: 'needs_review' }, to: { outcome: 'stage1_opened' } },
      });
    });

    it('a new category alone runs triage again with it', async () => {
      const ref = await s.open('first-asb-report');
      const res = await s.act(ref, 'override', { version: 1, category: 'complaint', reason: 'Unhappy with how the ASB case was handled' });
      expect(res.status).toBe(200);
      expect((await res.json()).category).toBe('complaint');
    });

    it('two reviewers overriding the same version: one wins, the other gets 409', async () => {
      const ref = await s.open(COMPLAINT);
      const [a, b] = await Promise.all([
        s.act(ref, 'override', { version: 1, outcome: 'service_request', reason: 'Reviewer A: a first report' }),
        s.act(ref, 'override', { version: 1, outcome: 'quick_fix', reason: 'Reviewer B: can be put right today' }, 'complaints_manager'),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const detail = await s.detail(ref);
      expect(detail.version).toBe(2);
      expect(detail.audit.filter((e: { action: string }) => e.action === 'case.overridden')).toHaveLength(1);
    });
  });

  describe('the stage 1 and stage 2 lifecycle', () => {
    it('acknowledge, extend, respond, escalate without reasons, close with an outcome', async () => {
      const ref = await s.open(COMPLAINT);
      const future = await s.act(ref, 'acknowledge', { version: 1, on: '2026-12-02' });
      expect(future.status).toBe(422);
      expect((await future.json()).error.message).toMatch(/future/);
      expect((await s.act(ref, 'respond', { version: 1, on: '2026-11-30' })).status).toBe(422);

      let res = await s.act(ref, 'acknowledge', { version: 1, on: '2026-11-27' });
      expect(res.status).toBe(200);
      let body = await res.json();
      // Code 6.3: ten working days from the acknowledgement.
      expect(body.deadlines.find((d: { label: string }) => d.label === 'Stage 1: respond by').due).toBe('2026-12-11');

      const tooLong = await s.act(ref, 'extend', { version: 2, to: '2027-02-26', reason: 'Waiting for a surveyor' });
      expect(tooLong.status).toBe(422);
      expect((await tooLong.json()).error.message).toMatch(/Code 6\.4–6\.5/);
      res = await s.act(ref, 'extend', { version: 2, to: '2027-02-26', reason: 'Waiting for a surveyor', residentAgreed: true });
      expect(res.status).toBe(200);
      body = await res.json();
      expect(body.deadlines.find((d: { label: string }) => d.label.startsWith('Stage 1: respond by')).due).toBe('2027-02-26');
      expect(body.letters).toContain('extension');
      const letter = await (await s.get(`/api/staff/cases/${ref}/letters/extension`)).text();
      expect(letter).toContain('Waiting for a surveyor');
      expect(letter).toContain('PO Box 152, Liverpool L33 7WQ');

      expect((await s.act(ref, 'respond', { version: 3, on: '2026-12-01' })).status).toBe(200);
      // Code 6.12: no reasons are asked for; a reason sent anyway is simply ignored.
      res = await s.act(ref, 'escalate-stage2', { version: 4, requestedOn: '2026-12-01' });
      expect(res.status).toBe(200);
      body = await res.json();
      expect(body.phase).toBe('stage2');
      expect(body.deadlines.map((d: { label: string }) => d.label)).toContain('Stage 2: acknowledge by');

      expect((await s.act(ref, 'close', { version: 5, outcome: 'upheld', on: '2026-12-01' })).status).toBe(422);
      expect((await s.act(ref, 'acknowledge', { version: 5, on: '2026-12-01' })).status).toBe(200);
      // Code 6.13: stage 2 is considered by someone not involved at stage 1.
      expect((await s.act(ref, 'respond', { version: 6, on: '2026-12-01' }, 'complaints_manager')).status).toBe(200);
      const badOutcome = await s.act(ref, 'close', { version: 7, outcome: 'sort_of', on: '2026-12-01' }, 'complaints_manager');
      expect(badOutcome.status).toBe(400);
      expect((await badOutcome.json()).error.message).toMatch(/upheld, partly_upheld, not_upheld/);
      res = await s.act(ref, 'close', { version: 7, outcome: 'partly_upheld', remedy: '£50 for the delay', on: '2026-12-01' }, 'complaints_manager');
      expect(res.status).toBe(200);
      expect((await res.json()).phase).toBe('closed');
      expect((await s.act(ref, 'approve', { version: 8 })).status).toBe(409);

      const queue = await (await s.get('/api/staff/cases?view=today&pageSize=100')).json();
      expect(queue.items.map((i: { reference: string }) => i.reference)).not.toContain(ref);
      const actions = (await s.detail(ref)).audit.map((e: { action: string }) => e.action);
      expect(actions).toEqual([
        // Every way in records what understanding suggested beside the case it opened.
        'case.created', 'understanding.suggested', 'stage1.acknowledged', 'stage1.extended', 'stage1.responded', 'stage2.requested',
        'stage2.acknowledged', 'stage2.responded', 'case.closed',
      ]);
    });

    it('a quick fix is resolved in its window, or escalated to stage 1 with clocks from that day', async () => {
      const resolved = await s.open('greatwell-concern', { receivedAt: '2026-11-26T10:00:00Z' });
      let res = await s.act(resolved, 'resolve-quick-fix', { version: 1, on: '2026-11-27' });
      expect(res.status).toBe(200);
      expect((await res.json()).audit.at(-1)).toMatchObject({ action: 'quick_fix.resolved', details: { withinWindow: true } });

      const escalated = await s.open('greatwell-concern', { receivedAt: '2026-11-23T10:00:00Z' });
      expect((await s.get(`/api/staff/cases?view=quick_fix_past_window&pageSize=100`)).ok).toBe(true);
      const past = await (await s.get('/api/staff/cases?view=quick_fix_past_window&pageSize=100')).json();
      expect(past.items.map((i: { reference: string }) => i.reference)).toContain(escalated);
      res = await s.act(escalated, 'escalate-quick-fix', { version: 1, on: '2026-11-30' });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.phase).toBe('stage1');
      expect(body.audit.at(-1).details).toMatchObject({ windowPassed: true });
      expect((await s.act(escalated, 'resolve-quick-fix', { version: 2, on: '2026-11-30' })).status).toBe(409);
    });
  });

  describe('the queue', () => {
    it('puts the soonest deadline first, overdue first, and pages', async () => {
      s.pinNow('2026-12-15T10:00:00Z');
      const overdue = await s.open(COMPLAINT, { receivedAt: '2026-11-26T09:00:00Z' });
      await s.open(COMPLAINT, { receivedAt: '2026-12-14T09:00:00Z' });
      const page = await (await s.get('/api/staff/cases?view=overdue&pageSize=100')).json();
      expect(page.items.map((i: { reference: string }) => i.reference)).toContain(overdue);
      const all = await (await s.get('/api/staff/cases?pageSize=100')).json();
      const dues = all.items.filter((i: { next: unknown }) => i.next).map((i: { next: { due: string } }) => i.next.due);
      expect(dues).toEqual([...dues].sort());
      expect(all.items[0].next.inWords).toMatch(/working days? overdue/);
      const second = await (await s.get('/api/staff/cases?pageSize=1&page=2')).json();
      expect(second.items).toHaveLength(1);
      expect(second.items[0].reference).toBe(all.items[1].reference);
      s.pinNow('2026-12-01T10:00:00Z');
    });

    it('a bad filter is a 400 naming the views', async () => {
      const res = await s.get('/api/staff/cases?view=everything&pageSize=0');
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.message).toMatch(/needs_review/);
      expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(['view', 'pageSize']);
    });
  });

  describe('letters', () => {
    it('renders the acknowledgement with the tenant text escaped, and downloads it', async () => {
      const ref = await s.open(COMPLAINT, { summary: '<script>alert(1)</script><img src=x onerror="alert(2)"> tap leaking' });
      const res = await s.get(`/api/staff/cases/${ref}/letters/acknowledgement`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const html = await res.text();
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src&#x3D;x');
      expect(html).not.toMatch(/<script>|<img src=x/);
      expect(html).toContain('@media print');
      const download = await s.get(`/api/staff/cases/${ref}/letters/acknowledgement?download=1`);
      expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${ref}-acknowledgement.html"`);
      expect((await s.get(`/api/staff/cases/${ref}/letters/not-accepted`)).status).toBe(404);
    });

    it('a stage 1 response, once its decision and reasons are recorded, carries the items of Code 6.9 and whg 2.16', async () => {
      const ref = await s.open(COMPLAINT, { profile: 'whg' });
      const before = await s.get(`/api/staff/cases/${ref}/letters/stage1-response`);
      expect(before.status).toBe(404);
      expect((await before.json()).error.message).toMatch(/has no "stage1-response" letter/);
      const step = async (action: string, body: Record<string, unknown>) => {
        const { version } = await s.detail(ref);
        expect((await s.act(ref, action, { version, ...body })).status).toBe(200);
      };
      if ((await s.detail(ref)).decision.outcome === 'needs_review') await step('approve', {});
      const today = s.t.app.context.now().toISOString().slice(0, 10);
      await step('acknowledge', { on: today });
      await step('respond', { on: today });
      await step('close', { outcome: 'upheld', reasons: 'The tap was reported twice.', remedy: 'A new tap and an apology.', nextSteps: 'The cupboard is repaired next week.', on: today });
      const html = await (await s.get(`/api/staff/cases/${ref}/letters/stage1-response`)).text();
      for (const heading of ['Complaint stage', 'Your complaint', 'Our decision', 'Our reasons', 'Putting things right', 'What happens next', 'If you are not satisfied']) {
        expect(html).toContain(heading);
      }
      expect(html).toContain('You do not have to give us your reasons');
    });

    it('a representative without consent gets the consent request', async () => {
      const ref = await s.open('representative-pending', { receivedAt: '2026-11-30T09:00:00Z' });
      const html = await (await s.get(`/api/staff/cases/${ref}/letters/consent-request`)).text();
      expect(html).toContain('Dear A. Member MP');
      expect(html).toContain('we need their permission');
    });
  });

  it('case detail shows the forwarded message and what understanding suggested, with its confidence', async () => {
    const ref = await s.open(COMPLAINT, { channel: 'facebook' });
    await s.forward(ref, 'facebook', 'Third time I have reported the leaking tap and nobody came. I want to complain.');
    const detail = await s.detail(ref);
    expect(detail.forwarded).toHaveLength(1);
    expect(detail.forwarded[0]).toMatchObject({ channel: 'facebook', text: expect.stringContaining('leaking tap') });
    const { suggestion } = detail.forwarded[0];
    expect(suggestion.confidence).toBeGreaterThanOrEqual(0);
    expect(suggestion.confidence).toBeLessThanOrEqual(100);
    expect(suggestion.category).toEqual(expect.any(String));
  });

  it('documents itself: /api/staff/openapi.json from the zod schemas', async () => {
    const doc = await (await fetch(`${s.t.baseUrl}/api/staff/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    const override = doc.paths['/api/staff/cases/{reference}/override'].post;
    const schema = override.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'reason']));
    expect(override.responses['409']).toBeDefined();
    const escalate = doc.paths['/api/staff/cases/{reference}/escalate-stage2'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(escalate.properties)).toEqual(['version', 'requestedOn']);
    expect(doc.paths['/api/staff/cases'].get.parameters.map((p: { name: string }) => p.name)).toContain('view');
  });
});

// Merging a duplicate into the case kept (POST /api/staff/cases/{reference}/merge; lifecycle/merge.ts):
// what changes on both cases, each refusal and its status, the version gate on either case, the
// console's form and banner, and a fuzz of the route.
import fc from 'fast-check';
import { startStaff, type Role, type Staff } from './staffHarness';

const SAM = { name: 'Sam Jones', phone: '07700 900123', preferredMethod: 'phone', agreesToContact: true };

describe('merging a duplicate case', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-21T10:00:00Z');
  });
  afterAll(() => s.t.stop());

  const open = (receivedAt: string, extra: object = {}, example = 'complaint-repair-delay') => s.open(example, { receivedAt, contact: SAM, ...extra } as never);
  const merge = async (duplicate: string, body: Record<string, unknown>, role: Role = 'reviewer') =>
    s.act(duplicate, 'merge', { version: (await s.detail(duplicate, 'complaints_manager')).version, ...body }, role);

  it('closes the duplicate as merged, no outcome and no clock, lists it on the case kept, bumps both versions, and audits both', async () => {
    const kept = await open('2026-12-14T09:00:00Z');
    const dup = await open('2026-12-15T09:00:00Z');
    const res = await merge(dup, { into: kept, reason: 'Same leak, reported again by phone.' });
    expect(res.status).toBe(200);
    const d = await res.json();
    expect(d).toMatchObject({ reference: dup, version: 2, phase: 'closed', mergedInto: kept, mergedIntoLive: kept });
    expect(d.lifecycle.mergedInto).toEqual({ reference: kept, on: '2026-12-21', reason: 'Same leak, reported again by phone.', differentResident: false });
    expect(d.lifecycle.closed).toMatchObject({ on: '2026-12-21' });
    expect(d.lifecycle.stage1?.outcome).toBeUndefined();
    const k = await s.detail(kept);
    expect(k).toMatchObject({ version: 2, mergedFrom: [{ reference: dup, on: '2026-12-21' }], mergedInto: null });
    expect(d.audit.at(-1)).toMatchObject({ actor: 'staff:dev:reviewer:Test reviewer', action: 'case.merged_into', details: { into: kept, differentResident: false } });
    expect(k.audit.at(-1)).toMatchObject({ action: 'case.merged_from', details: { from: dup } });
    const reopen = await s.act(dup, 'reopen', { version: 2, on: '2026-12-21', reason: 'Merged by mistake' });
    expect(reopen.status).toBe(409);
    expect((await reopen.json()).error.message).toMatch(new RegExp(`merged into ${kept}.*work on ${kept} instead`));
  });

  it('counts a merged duplicate apart in the figures, never as received', async () => {
    const f = await (await s.get('/api/staff/figures', 'admin')).json();
    expect(f.mergedDuplicates).toBe(1);
    expect((await (await s.get('/api/staff/figures.csv', 'admin')).text())).toMatch(/duplicates merged into another case,,1/);
  });

  it.each([
    ['a stale version of the duplicate', 'duplicate'],
    ['a stale version of the case kept', 'kept'],
  ])('refuses %s with 409 and changes neither case', async (_what, stale) => {
    const kept = await open('2026-12-14T09:00:00Z');
    const dup = await open('2026-12-15T09:00:00Z');
    const body = stale === 'duplicate' ? { version: 7, into: kept } : { version: 1, into: kept, intoVersion: 7 };
    const res = await s.act(dup, 'merge', body);
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/changed by someone else/);
    expect([(await s.detail(dup)).version, (await s.detail(kept)).version]).toEqual([1, 1]);
  });

  it('merges residents whose details differ only when confirmed with a reason, and records that', async () => {
    const kept = await open('2026-12-14T09:00:00Z');
    const dup = await open('2026-12-15T09:00:00Z', { contact: { name: 'S. Jones (son)', email: 'son@example.org', preferredMethod: 'email', agreesToContact: true } });
    expect((await merge(dup, { into: kept, confirmDifferentResident: true })).status).toBe(422);
    const res = await merge(dup, { into: kept, confirmDifferentResident: true, reason: 'Her son rang about the same leak on her behalf.' });
    expect(res.status).toBe(200);
    expect((await res.json()).lifecycle.mergedInto.differentResident).toBe(true);
  });

  it.each([
    ['the same resident by email, whatever its case', { email: 'Ann@Example.org' }, { email: 'ann@example.org' }, 200],
    ['the same resident by phone, however written', { phone: '+44 7700 900999' }, { phone: '07700900999' }, 200],
    ['the same name at the same postcode', { name: 'Ann  Lee', postcode: 'LS1 4AB' }, { name: 'ann lee', postcode: 'ls14ab' }, 200],
    ['the same name at another postcode', { name: 'Ann Lee', postcode: 'LS1 4AB' }, { name: 'Ann Lee', postcode: 'LS2 9ZZ' }, 422],
    ['no contact details at all', {}, {}, 422],
  ])('treats %s: %j and %j → %i', async (_what, a, b, status) => {
    const kept = await open('2026-12-14T09:00:00Z', { contact: { ...a, agreesToContact: true } });
    const dup = await open('2026-12-15T09:00:00Z', { contact: { ...b, agreesToContact: true } });
    expect((await merge(dup, { into: kept })).status).toBe(status);
  });

  it('refuses a duplicate with an open Awaab\'s Law clock', async () => {
    const kept = await open('2026-12-14T09:00:00Z');
    const dup = await open('2026-12-18T16:45:00Z', {}, 'damp-and-mould-repair');
    const res = await merge(dup, { into: kept });
    expect(res.status).toBe(422);
    expect((await res.json()).error.message).toMatch(/open Awaab's Law hazard clock/);
  });

  it('refuses a complaint into a contact routed elsewhere', async () => {
    const routed = await open('2026-12-14T09:00:00Z', {}, 'first-asb-report');
    const dup = await open('2026-12-15T09:00:00Z');
    const res = await merge(dup, { into: routed });
    expect([(await s.detail(routed)).phase, res.status]).toEqual(['routed', 422]);
  });

  it.each([
    ['an admin', 'admin', 403],
    ['a case to keep that does not exist', 'reviewer', 404],
  ] as const)('refuses %s (as %s: %i)', async (what, role, status) => {
    const dup = await open('2026-12-15T09:00:00Z');
    const into = what === 'an admin' ? dup : 'CMP-2026-999999';
    expect((await s.act(dup, 'merge', { version: 1, into }, role)).status).toBe(status);
  });

  it.each([
    [{ version: 1 }, /into must be the reference/],
    [{ version: 1, into: 'not a reference' }, /into must be a case reference/],
    [{ into: 'CMP-2026-000001' }, /version/],
    [{ version: 1, into: 'CMP-2026-000001', reason: 'no' }, /reason must say why/],
  ])('refuses the body %j with 400, naming the field', async (body, message) => {
    const dup = await open('2026-12-15T09:00:00Z');
    const res = await s.act(dup, 'merge', body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(message);
  });

  it('the case page offers the form, which merges, and both pages say so with links', async () => {
    const kept = await open('2026-12-14T09:00:00Z');
    const dup = await open('2026-12-15T09:00:00Z');
    expect(await (await s.get(`/console/cases/${dup}`)).text()).toContain(`action="/console/cases/${dup}/merge"`);
    const posted = await fetch(`${s.t.baseUrl}/console/cases/${dup}/merge`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
      body: new URLSearchParams({ version: '1', into: ` ${kept.toLowerCase()} `, reason: '' }).toString(),
    });
    expect(posted.status).toBe(303);
    const dupPage = await (await s.get(`/console/cases/${dup}?done=merge`)).text();
    expect(dupPage).toContain(`this case was merged into <a href="/console/cases/${kept}">${kept}</a>`);
    expect(dupPage).not.toContain(`action="/console/cases/${dup}/merge"`);
    expect(await (await s.get(`/console/cases/${kept}`)).text()).toContain(`Merged from: <a href="/console/cases/${dup}">${dup}</a>`);
  });

  it('the form explains a refusal on the page', async () => {
    const dup = await open('2026-12-15T09:00:00Z');
    const res = await fetch(`${s.t.baseUrl}/console/cases/${dup}/merge`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: s.t.baseUrl, authorization: `Bearer ${await s.token('reviewer')}` },
      body: new URLSearchParams({ version: '1', into: dup }).toString(),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/cannot be merged into itself/);
  });

  it('never answers 5xx to generated merge requests, and never leaves one case merged without the other knowing', async () => {
    const refs = [await open('2026-12-14T09:00:00Z'), await open('2026-12-15T09:00:00Z'), await open('2026-12-16T09:00:00Z')];
    const anything = fc.oneof(fc.constantFrom(...refs), fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null), fc.boolean());
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 2 }),
        fc.record({ version: fc.oneof(fc.integer({ min: -1, max: 4 }), anything), into: anything, intoVersion: fc.option(fc.integer({ min: 0, max: 4 })), reason: fc.option(fc.string({ maxLength: 40 })), confirmDifferentResident: fc.option(fc.boolean()) }, { requiredKeys: [] }),
        async (which, body) => {
          const res = await s.act(refs[which] as string, 'merge', body as Record<string, unknown>);
          expect([200, 400, 404, 409, 422]).toContain(res.status);
          await res.text();
        },
      ),
      { numRuns: 60, seed: 20261130 },
    );
    for (const ref of refs) {
      const d = await s.detail(ref);
      if (d.mergedInto) expect((await s.detail(d.mergedInto)).mergedFrom.map((m: { reference: string }) => m.reference)).toContain(ref);
    }
  });
});

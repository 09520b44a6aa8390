// The admin's read-only view of the built-in policy profiles (the admin role):
// who may read it, what it says (timescales with clauses, shortfalls against the Code), and the
// download being exactly what `npm run profile` prints.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { builtInProfiles } from '../../triage/profiles';
import { startStaff, type Staff } from './staffHarness';

const ROOT = join(__dirname, '..', '..');

describe('policy profiles for admins (GET /api/staff/profiles, /console/profiles)', () => {
  let s: Staff;
  beforeAll(async () => {
    s = await startStaff();
  });
  afterAll(() => s.t.stop());

  it.each([
    ['/api/staff/profiles', null, 401],
    ['/api/staff/profiles', 'reviewer', 403],
    ['/api/staff/profiles', 'complaints_manager', 403],
    ['/api/staff/profiles/greatwell', null, 401],
    ['/api/staff/profiles/greatwell', 'reviewer', 403],
    ['/api/staff/profiles', 'admin', 200],
  ] as const)('GET %s as %s answers %i', async (path, role, status) => {
    expect((await s.get(path, role)).status).toBe(status);
  });

  it('lists every built-in profile with version, nation, timescales and shortfalls with their clauses', async () => {
    const { profiles } = await (await s.get('/api/staff/profiles', 'admin')).json();
    expect(profiles.map((p: { id: string }) => p.id)).toEqual([...builtInProfiles.keys()]);
    const byId = Object.fromEntries(profiles.map((p: { id: string }) => [p.id, p]));
    // The Code is built from its own clauses, so it lints clean.
    expect(byId['code-2024']).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.\d+$/), nation: 'england-and-wales', shortfalls: [] });
    expect(byId.greatwell.timescales).toContainEqual({
      label: 'Quick fix (customer concern)',
      value: 'within 3 working days; unresolved, it becomes stage 1 by itself',
      sources: ['Greatwell 2.1.2', 'Greatwell 2.2'],
    });
    // Greatwell answers stage 1 within 10 working days of logging, not of the acknowledgement.
    expect(byId.greatwell.shortfalls).toContainEqual(expect.objectContaining({ setting: 'stage1.respond.countsFrom', clause: 'Code 6.3' }));
    expect(byId.greatwell.download).toBe('/api/staff/profiles/greatwell');
  });

  it('downloads a profile as exactly the JSON `npm run profile` prints; an unknown one is a 404', async () => {
    // Printed first, without blocking: a synchronous child would stall the server past its keep-alive.
    const { stdout: printed } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/profile.ts', 'greatwell'], { cwd: ROOT, encoding: 'utf8' });
    const res = await s.get('/api/staff/profiles/greatwell', 'admin');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="greatwell-\d+\.\d+\.\d+\.json"$/);
    expect(await res.text()).toBe(printed);
    const unknown = await s.get('/api/staff/profiles/nowhere', 'admin');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toMatch(/code-2024/);
  });

  it('the console page says users are managed in the identity provider; the nav offers it to admins only', async () => {
    const page = async (role: 'admin' | 'reviewer', path: string) =>
      fetch(`${s.t.baseUrl}${path}`, { headers: { cookie: `staff_token=${await s.token(role)}` }, redirect: 'manual' });
    const admin = await page('admin', '/console/profiles');
    expect(admin.status).toBe(200);
    const html = await admin.text();
    expect(html).toMatch(/managed in the identity provider \(Microsoft Entra ID app roles\)/);
    expect(html).toContain('href="/api/staff/profiles/wch"');
    expect(html).toMatch(/<a href="\/console\/profiles" aria-current="page">Policy profiles<\/a>/);
    expect((await page('reviewer', '/console/profiles')).status).toBe(403);
    expect(await (await page('reviewer', '/console/queue')).text()).not.toContain('/console/profiles');
  });
});

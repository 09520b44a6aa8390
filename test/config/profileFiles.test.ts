// A landlord's own policy without code: PROFILE_FILE / PROFILES_DIR, checked at start-up. A valid
// profile is used (BOT_PROFILE may name it); one that falls short of the Code starts and says where;
// an invalid one stops the start, naming each problem.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOwnProfiles } from '../../config/profileFiles';
import { getProfile } from '../../triage/profiles';
import { runEntryPoint, startServerProcess } from '../support/serverProcess';

const TOKEN = 'a-service-token-for-the-triage-api-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'profiles-'));

/** The Code's own profile, renamed and given a landlord's details: the starting point the README gives. */
function ownProfile(changes: (p: Record<string, any>) => void): Record<string, any> {
  const p = JSON.parse(JSON.stringify(getProfile('code-2024')));
  p.id = 'riverside-2026';
  p.name = 'Riverside Homes complaints policy 2026';
  p.version = '1.0.0';
  p.landlord = { ...p.landlord, name: 'Riverside Homes', address: '1 Quay Street, Exeter EX2 4AN', phone: '01392 000000', emergencyPhone: '0800 000 1111', homes: 12000, source: ['Riverside 1.1'] };
  p.stage1.respond.source = ['Riverside 4.2'];
  changes(p);
  return p;
}

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

describe('reading a landlord’s own profiles', () => {
  it('accepts a valid profile with no warnings when it meets the Code', () => {
    const own = readOwnProfiles({ PROFILE_FILE: write('valid.json', ownProfile(() => undefined)) });
    expect(own.problems).toEqual([]);
    expect(own.warnings).toEqual([]);
    expect(own.profiles.map((p) => [p.id, p.landlord.homes])).toEqual([['riverside-2026', 12000]]);
  });

  // Code 8.1–8.2: the root causes a response records; a profile written before them still loads.
  it.each([
    ['omitted: the default list', (p: Record<string, any>) => delete p.rootCauses, ['communication', 'repair_quality', 'appointment_missed', 'policy_not_followed', 'staff_conduct', 'delays', 'other']],
    ['its own list', (p: Record<string, any>) => (p.rootCauses = { codes: [{ code: 'contractor', label: 'Contractor' }], source: ['Riverside 9.1'] }), ['contractor']],
  ])('root causes %s', (_what, change, codes) => {
    const own = readOwnProfiles({ PROFILE_FILE: write('causes.json', ownProfile(change)) });
    expect(own.problems).toEqual([]);
    expect(own.profiles[0]?.rootCauses.codes.map((c) => c.code)).toEqual(codes);
  });

  it.each([
    ['an empty list', { codes: [], source: ['Riverside 9.1'] }, /rootCauses\.codes: rootCauses\.codes must list at least one/],
    ['a code twice', { codes: [{ code: 'a', label: 'A' }, { code: 'a', label: 'B' }], source: ['Riverside 9.1'] }, /each root-cause code must appear once/],
    ['a code with spaces', { codes: [{ code: 'Repair Quality', label: 'A' }], source: ['Riverside 9.1'] }, /lower case letters, digits and _/],
    ['no source', { codes: [{ code: 'a', label: 'A' }], source: [] }, /rootCauses\.source: every setting must cite/],
  ])('root causes refused: %s', (_what, rootCauses, problem) => {
    const own = readOwnProfiles({ PROFILE_FILE: write('bad-causes.json', ownProfile((p) => (p.rootCauses = rootCauses))) });
    expect(own.problems.join('\n')).toMatch(problem);
  });

  it('warns, naming the setting and the clause, where a profile falls short of the Code', () => {
    const own = readOwnProfiles({ PROFILE_FILE: write('slow.json', ownProfile((p) => (p.stage1.respond.workingDays = 20))) });
    expect(own.problems).toEqual([]);
    expect(own.warnings.join('\n')).toMatch(/profile riverside-2026: stage1\.respond.*Code 6\.\d/);
  });

  it('names every problem in an invalid profile, with the file and the setting', () => {
    const file = write('broken.json', ownProfile((p) => {
      p.id = 'Riverside Homes';
      p.stage1.respond.workingDays = -3;
      delete p.nation;
    }));
    const { problems, profiles } = readOwnProfiles({ PROFILE_FILE: file });
    expect(profiles).toEqual([]);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${file}: id: id must be lower-case`)),
        expect.stringMatching(new RegExp(`^${file}: stage1\\.respond\\.workingDays: `)),
        expect.stringMatching(new RegExp(`^${file}: nation: `)),
      ]),
    );
  });

  it.each([
    { what: 'a file that does not exist', settings: () => ({ PROFILE_FILE: join(dir, 'missing.json') }), problem: /PROFILE_FILE: no such file/ },
    { what: 'a file that is not JSON', settings: () => ({ PROFILE_FILE: write('notjson.json', '{ "id": ') }), problem: /not valid JSON/ },
    { what: 'an id that is a built-in profile’s', settings: () => ({ PROFILE_FILE: write('clash.json', ownProfile((p) => (p.id = 'greatwell'))) }), problem: /"greatwell" is a built-in profile's/ },
    { what: 'a folder with no profiles', settings: () => ({ PROFILES_DIR: mkdtempSync(join(dir, 'empty-')) }), problem: /no \.json profile/ },
  ])('refuses $what', ({ settings, problem }) => {
    expect(readOwnProfiles(settings()).problems.join('\n')).toMatch(problem);
  });

  it('reads every profile in PROFILES_DIR, refusing one id used twice', () => {
    const folder = join(dir, 'group');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.json'), JSON.stringify(ownProfile(() => undefined)));
    writeFileSync(join(folder, 'b.json'), JSON.stringify(ownProfile((p) => (p.id = 'hillside-2026'))));
    expect(readOwnProfiles({ PROFILES_DIR: folder }).profiles.map((p) => p.id)).toEqual(['riverside-2026', 'hillside-2026']);
    writeFileSync(join(folder, 'c.json'), JSON.stringify(ownProfile(() => undefined)));
    expect(readOwnProfiles({ PROFILES_DIR: folder }).problems).toEqual([expect.stringMatching(/c\.json: id "riverside-2026" is used by another of your profiles/)]);
  });
});

describe('starting the product with its own profile', () => {
  it('handles contacts under it when BOT_PROFILE names it, citing its clauses, and the admin sees it active', async () => {
    const server = await startServerProcess({
      PROFILE_FILE: write('start.json', ownProfile(() => undefined)),
      BOT_PROFILE: 'riverside-2026',
      TRIAGE_API_TOKEN: TOKEN,
      DATA_DIR: mkdtempSync(join(dir, 'data-')),
    });
    try {
      const res = await fetch(`${server.baseUrl}/api/cases`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({
          category: 'complaint',
          summary: 'The repair to my kitchen ceiling was promised three times and never done.',
          desiredOutcome: 'Repair the ceiling this month.',
          receivedAt: '2026-11-30T10:00:00Z',
          channel: 'webform',
          incident: { occurredOn: '2026-11-02' },
          complainant: { type: 'tenant' },
          contact: { name: 'Sam Jones', email: 'sam@example.com', preferredMethod: 'email', agreesToContact: true },
        }),
      });
      expect({ status: res.status, body: res.status === 201 ? 'created' : await res.text() }).toEqual({ status: 201, body: 'created' });
      const stored = await res.json();
      expect(stored.profile ?? stored.decision.profile?.id ?? stored.profileId).toBe('riverside-2026');
      expect(JSON.stringify(stored.decision)).toContain('Riverside 4.2');

      const signIn = await fetch(`${server.baseUrl}/auth/dev-token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ role: 'admin', name: 'Test admin' }),
      });
      const { token } = await signIn.json();
      const listed = await (await fetch(`${server.baseUrl}/api/staff/profiles`, { headers: { authorization: `Bearer ${token}` } })).json();
      const summaries = listed.profiles as { id: string; active: boolean; origin: string; landlord: string }[];
      expect(summaries.filter((p) => p.active)).toEqual([expect.objectContaining({ id: 'riverside-2026', origin: 'own', landlord: 'Riverside Homes' })]);
      expect(summaries.find((p) => p.id === 'code-2024')).toMatchObject({ active: false, origin: 'built-in' });
    } finally {
      await server.stop();
    }
  });

  it('starts with a profile that falls short of the Code, logging each shortfall', async () => {
    const server = await startServerProcess({
      PROFILE_FILE: write('short.json', ownProfile((p) => (p.stage1.respond.workingDays = 20))),
      BOT_PROFILE: 'riverside-2026',
      DATA_DIR: mkdtempSync(join(dir, 'data-')),
    });
    try {
      expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);
      expect(server.output()).toMatch(/"warning":"profile riverside-2026: stage1\.respond[^"]*Code 6\.\d/);
    } finally {
      await server.stop();
    }
  });

  it('refuses to start with an invalid profile, naming each problem, and exits non-zero', async () => {
    const file = write('invalid.json', ownProfile((p) => {
      p.stage1.acknowledge.workingDays = 'five';
      p.timeLimit.late = 'maybe';
    }));
    const child = runEntryPoint({ PROFILE_FILE: file, BOT_PROFILE: 'riverside-2026' });
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid configuration');
    expect(stderr).toContain(`${file}: stage1.acknowledge.workingDays:`);
    expect(stderr).toContain(`${file}: timeLimit.late:`);
    // BOT_PROFILE names a profile that could not be loaded: said too, not hidden behind the first problem.
    expect(stderr).toMatch(/BOT_PROFILE: expected one of the policy profiles/);
  });
});

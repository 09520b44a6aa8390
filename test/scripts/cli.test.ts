import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TriageDecisionSchema } from '../../triage/decisionSchema';
import { PolicyProfileSchema } from '../../triage/profileSchema';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const EXAMPLE = join(ROOT, 'triage', 'examples', 'representative-pending.json');
const scratch = mkdtempSync(join(tmpdir(), 'triage-cli-'));

function run(script: string, ...args: string[]) {
  const r = spawnSync(TSX, [join(ROOT, 'scripts', `${script}.ts`), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('npm run triage', () => {
  it('prints one decision as JSON and exits 0, through npm as documented', () => {
    const r = spawnSync('npm', ['run', '--silent', 'triage', '--', EXAMPLE, '--now', '2026-12-22T09:05:00Z'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const decision = TriageDecisionSchema.parse(JSON.parse(r.stdout));
    expect(decision).toMatchObject({
      outcome: 'stage1_opened',
      consent: 'pending',
      decidedAt: '2026-12-22T09:05:00.000Z',
      deadlines: { acknowledgeBy: '2026-12-31', respondBy: '2027-01-15', respondByWithExtension: '2027-01-29' },
    });
  });

  it('uses --profile, by id or from a JSON file that `npm run profile` printed', () => {
    const byId = run('triage', EXAMPLE, '--now', '2026-12-22T09:05:00Z', '--profile', 'wch');
    expect(JSON.parse(byId.stdout).profile).toEqual({ id: 'wch', version: '2023.1.0' });

    const printed = run('profile', 'code-2024');
    expect(printed.code).toBe(0);
    const scottish = { ...JSON.parse(printed.stdout), id: 'my-scottish-landlord', nation: { value: 'scotland', source: ['our policy 1.1'] } };
    const fromFile = run('triage', EXAMPLE, '--now', '2026-12-22T09:05:00Z', '--profile', file('scottish.json', scottish));
    expect(fromFile.code).toBe(0);
    // 1 and 2 January are both holidays in Scotland, so the response is a day later.
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ profile: { id: 'my-scottish-landlord' }, deadlines: { respondBy: '2027-01-18' } });
  });

  it.each([
    ['an invalid case', () => [file('bad-case.json', { category: 'moan' })], /category must be one of/],
    ['a case file that is not JSON', () => [file('not-json.json', '{nope')], /not valid JSON/],
    ['a missing case file', () => [join(scratch, 'missing.json')], /not found/],
    ['an unknown profile', () => [EXAMPLE, '--profile', 'nobody'], /Unknown profile "nobody"/],
    ['an invalid profile file', () => [EXAMPLE, '--profile', file('bad-profile.json', { id: 'x' })], /Invalid profile/],
    ['a bad --now', () => [EXAMPLE, '--now', 'tomorrow'], /--now must be an ISO datetime/],
    ['no case at all', () => [], /usage:/],
  ])('%s: exit 2, message on stderr, nothing on stdout', (_what, args, message) => {
    const r = run('triage', ...args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('npm run profile', () => {
  it('prints a built-in profile that its schema accepts', () => {
    const r = run('profile', 'greatwell');
    expect(r.code).toBe(0);
    expect(PolicyProfileSchema.parse(JSON.parse(r.stdout)).id).toBe('greatwell');
  });

  it('exits 2 for an unknown id', () => {
    expect(run('profile', 'nobody')).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('npm run lint-profile', () => {
  it('prints one JSON line per shortfall and exits 0', () => {
    const r = run('lint-profile', 'whg');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({
      setting: 'timeLimit.months',
      clause: 'Code 2.3',
      message: 'Complaints must be accepted within 12 months of the issue or of becoming aware of it; this profile allows 6.',
    });
    expect(lines.map((l) => Object.keys(l))).toEqual(lines.map(() => ['setting', 'clause', 'message']));
  });

  it('prints nothing for the Code itself', () => {
    expect(run('lint-profile', 'code-2024')).toMatchObject({ code: 0, stdout: '' });
  });

  it('lints a profile file', () => {
    const printed = JSON.parse(run('profile', 'code-2024').stdout);
    printed.stage2.requestWindow.reasonsRequired = true;
    const r = run('lint-profile', file('reasons.json', printed));
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).clause)).toEqual(['Code 6.12']);
  });
});

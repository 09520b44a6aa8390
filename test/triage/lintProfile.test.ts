import { lintProfile } from '../../triage/lintProfile';
import { builtInProfiles, getProfile } from '../../triage/profiles';

const findings = (id: string) => lintProfile(getProfile(id)!).map((s) => `${s.setting} (${s.clause})`);

describe('profile linter: where a profile falls short of the Code 2024', () => {
  it('the Code profile lints clean', () => {
    expect(lintProfile(getProfile('code-2024')!)).toEqual([]);
  });

  it.each([
    ['whg', [
      'timeLimit.months (Code 2.3)', // 6 months (whg 2.11)
      'timeLimit.late (Code 2.3)',
      'exclusions.legalProceedings.preActionProtocol (Code 2.2)',
      'stage2.requestWindow.days (Code 6.10)', // 28 days (whg 2.18)
      'stage2.respond.countsFrom (Code 6.14)', // 20 days of the request (whg 2.23)
    ]],
    ['charity-2022', ['stage1.respond.countsFrom (Code 6.3)', 'stage2.extension.workingDays (Code 6.15)']],
    ['bchg', ['timeLimit.late (Code 2.3)', 'stage2.requestWindow.days (Code 6.10)']],
    ['wch', [
      'timeLimit.months (Code 2.3)',
      'exclusions.legalProceedings.preActionProtocol (Code 2.2)',
      'stage1.respond.countsFrom (Code 6.3)',
      'stage2.requestWindow.days (Code 6.10)',
      'stage2.requestWindow.reasonsRequired (Code 6.12)',
    ]],
    ['greatwell', ['stage1.respond.countsFrom (Code 6.3)', 'stage2.requestWindow.days (Code 6.10)', 'stage2.respond.countsFrom (Code 6.14)']],
  ])('%s: reports its known shortfalls', (id, expected) => {
    expect(findings(id)).toEqual(expected);
  });

  it('flags an acknowledgement later than 5 working days (Code 6.2) and long extensions (Code 6.4)', () => {
    const code = getProfile('code-2024')!;
    const slow = {
      ...code,
      stage1: {
        ...code.stage1,
        acknowledge: { ...code.stage1.acknowledge, workingDays: 7 },
        extension: { ...code.stage1.extension, workingDays: 15 },
      },
    };
    expect(lintProfile(slow).map((s) => s.clause)).toEqual(['Code 6.2', 'Code 6.4']);
  });

  it('every shortfall names the setting, the clause and a message', () => {
    for (const profile of builtInProfiles.values()) {
      for (const s of lintProfile(profile)) {
        expect(s.setting).toMatch(/^[a-zA-Z0-9.]+$/);
        expect(s.clause).toMatch(/^Code \d+\.\d+$/);
        expect(s.message.length).toBeGreaterThan(20);
      }
    }
  });
});

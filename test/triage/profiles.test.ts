import { PolicyProfileSchema } from '../../triage/profileSchema';
import { builtInProfiles, DEFAULT_PROFILE_ID, getProfile } from '../../triage/profiles';
import { StructuredCaseSchema } from '../../triage/caseSchema';

describe('policy profiles as data', () => {
  it('has the Code as the default and one profile per built-in landlord', () => {
    expect(DEFAULT_PROFILE_ID).toBe('code-2024');
    expect([...builtInProfiles.keys()]).toEqual(['code-2024', 'whg', 'charity-2022', 'bchg', 'wch', 'greatwell']);
    expect(getProfile('nobody')).toBeUndefined();
  });

  it('a case with no profile uses the default', () => {
    const c = StructuredCaseSchema.parse({ receivedAt: '2026-03-02T10:00:00Z', category: 'complaint', summary: 's', desiredOutcome: 'd', complainant: { type: 'tenant' } });
    expect(c.profile).toBe(DEFAULT_PROFILE_ID);
  });

  it.each([...builtInProfiles.keys()])('%s survives a JSON round trip through its schema', (id) => {
    const profile = getProfile(id)!;
    expect(PolicyProfileSchema.parse(JSON.parse(JSON.stringify(profile)))).toEqual(profile);
  });

  it('refuses a setting without its source clause', () => {
    const broken = JSON.parse(JSON.stringify(getProfile('whg')));
    broken.timeLimit.source = [];
    const result = PolicyProfileSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['timeLimit', 'source'], message: 'every setting must cite at least one clause in source' });
  });

  it('refuses an unknown nation', () => {
    const broken = { ...getProfile('whg')!, nation: { value: 'wales', source: ['x'] } };
    expect(PolicyProfileSchema.safeParse(broken).success).toBe(false);
  });
});

describe('structured case schema errors read well', () => {
  it('names the field and what it should be', () => {
    const result = StructuredCaseSchema.safeParse({
      receivedAt: 'yesterday',
      category: 'moan',
      summary: 'x'.repeat(4001),
      desiredOutcome: 'd',
      complainant: { type: 'tenant' },
      incident: { occurredOn: '2026-02-30' },
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({
      receivedAt: 'receivedAt must be a date and time like 2026-03-31T09:30:00Z',
      category: 'category must be one of: complaint, service_request, asb_report, quick_fix, compliment',
      summary: 'summary must be at most 4000 characters',
      'incident.occurredOn': 'incident.occurredOn must be a date like 2026-03-31',
    });
  });

  it('defaults every signal to false and the channel to other', () => {
    const c = StructuredCaseSchema.parse({ receivedAt: '2026-03-02T10:00:00Z', category: 'complaint', summary: 's', desiredOutcome: 'd', complainant: { type: 'tenant' }, signals: { safeguarding: true } });
    expect(c.channel).toBe('other');
    expect(c.signals.safeguarding).toBe(true);
    expect(Object.entries(c.signals).filter(([, v]) => v)).toEqual([['safeguarding', true]]);
  });
});

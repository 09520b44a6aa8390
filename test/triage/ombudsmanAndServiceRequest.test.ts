// Two settings of the profile, read as data by the pure core: which ombudsman a refusal names
// (Code 2.4), and when a service request is answered (Code 1.4). A landlord in Wales is under the
// Public Services Ombudsman for Wales, not the Housing Ombudsman; its own profile (a PROFILE_FILE
// fixture) says so, and nothing it decides names the Housing Ombudsman.
import { join } from 'node:path';
import { readOwnProfiles } from '../../config/profileFiles';
import { explainExclusion } from '../../triage/explainExclusion';
import { HOUSING_OMBUDSMAN, ombudsmanIn } from '../../triage/ombudsman';
import { PolicyProfileSchema, type PolicyProfile } from '../../triage/profileSchema';
import { builtInProfiles, getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { aCase } from './aCase';

const NOW = new Date('2026-11-26T12:00:00Z');
const WALES_FILE = join(__dirname, '../fixtures/profiles/cartref-cymru.json');
const own = readOwnProfiles({ PROFILE_FILE: WALES_FILE });
const wales = own.profiles[0] as PolicyProfile;
const code2024 = getProfile('code-2024') as PolicyProfile;
const byId = (id: string) => (id === wales.id ? wales : (getProfile(id) as PolicyProfile));

describe('the ombudsman is the profile’s (Code 2.4)', () => {
  it('the Welsh landlord’s own profile file loads, clean against the Code', () => {
    expect(own.problems).toEqual([]);
    expect(own.warnings).toEqual([]);
    expect(wales.ombudsman).toMatchObject({ name: 'Public Services Ombudsman for Wales', phone: '0300 790 0203', email: 'ask@ombudsman.wales' });
  });

  it.each([...builtInProfiles.keys()])('%s (a landlord in England) names the Housing Ombudsman Service, citing a clause', (id) => {
    const p = byId(id);
    expect(p.ombudsman.name).toBe('Housing Ombudsman Service');
    expect(p.ombudsman.source.length).toBeGreaterThan(0);
  });

  it('a profile that omits the ombudsman and the service-request time gets the stated defaults', () => {
    const { ombudsman: _o, serviceRequest: _s, ...without } = JSON.parse(JSON.stringify(code2024));
    const parsed = PolicyProfileSchema.parse(without);
    expect(parsed.ombudsman).toEqual(HOUSING_OMBUDSMAN);
    expect(parsed.serviceRequest.respondWithinWorkingDays).toBe(10);
    expect(parsed.serviceRequest.source.join(' ')).toMatch(/^default: .*the landlord confirms/);
  });

  it.each([
    ['an ombudsman with no email', (o: Record<string, unknown>) => delete o.email, /ombudsman\.email/],
    ['an ombudsman citing nothing', (o: Record<string, unknown>) => (o.source = []), /ombudsman\.source: every setting must cite/],
  ])('a profile file with %s does not start, naming the setting', (_what, spoil, problem) => {
    const p = JSON.parse(JSON.stringify(wales));
    spoil(p.ombudsman);
    const result = PolicyProfileSchema.safeParse(p);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')).toMatch(problem);
  });

  it.each([
    ['code-2024', /Housing Ombudsman Service.*0300 111 3000/],
    ['cartref-cymru-2026', /Public Services Ombudsman for Wales.*1 Ffordd yr Hen Gae, Pencoed CF35 5LJ; ask@ombudsman\.wales; 0300 790 0203/],
  ] as const)('a refusal under %s names its ombudsman with every detail', (id, named) => {
    const profile = byId(id);
    const decision = triage(profile, aCase({ signals: { legalProceedingsFiled: true } }), NOW);
    expect(decision.outcome).toBe('not_accepted');
    const said = [...decision.exclusions.map((e) => e.explanation), ...decision.reasons.map((r) => r.message)].join('\n');
    expect(said).toMatch(named);
    if (profile === wales) expect(said).not.toMatch(/Housing Ombudsman/);
  });

  it.each([
    ['en', 'cartref-cymru-2026', 'Public Services Ombudsman for Wales'],
    ['cy', 'cartref-cymru-2026', 'Ombwdsmon Gwasanaethau Cyhoeddus Cymru'],
    ['cy', 'code-2024', 'Gwasanaeth yr Ombwdsmon Tai'],
  ] as const)('in %s, %s’s ombudsman is named %s', (language, id, name) => {
    expect(ombudsmanIn(byId(id).ombudsman, language).name).toBe(name);
  });

  it('an ombudsman given no Welsh name is named in English in Welsh messages', () => {
    const { nameCy: _cy, ...noWelshName } = wales.ombudsman;
    expect(ombudsmanIn(noWelshName, 'cy').name).toBe('Public Services Ombudsman for Wales');
  });

  it('every exclusion’s explanation ends with the profile’s ombudsman', () => {
    expect(explainExclusion('previously_considered', wales.ombudsman)).toMatch(/ask the Public Services Ombudsman for Wales to review it\. It is free and independent: .*0300 790 0203\.$/);
  });
});

describe('a service request is answered by a date from the profile (Code 1.4)', () => {
  it.each([
    // The stated default: 10 working days from receipt.
    ['code-2024', '2026-11-26T11:00:00Z', '2026-12-10', /^default:/],
    // The landlord's own time, over Christmas and the Boxing Day substitute (Monday 28 December).
    ['cartref-cymru-2026', '2026-12-21T11:00:00Z', '2026-12-30', /^Cartref 3\.2$/],
  ] as const)('under %s, received %s: respond by %s, citing the setting', (id, receivedAt, respondBy, cited) => {
    const decision = triage(byId(id), aCase({ category: 'service_request', receivedAt }), NOW);
    expect(decision.outcome).toBe('service_request');
    expect(decision.serviceRequest?.respondBy).toBe(respondBy);
    expect(decision.serviceRequest?.sources.join(' ')).toMatch(cited);
  });

  it.each([
    ['a complaint', {}],
    ['a quick fix', { category: 'quick_fix' as const }],
    ['an ASB report', { category: 'asb_report' as const }],
  ])('%s has no service-request date', (_what, overrides) => {
    expect(triage(code2024, aCase(overrides), NOW).serviceRequest).toBeUndefined();
  });
});

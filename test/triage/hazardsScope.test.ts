import { StructuredCaseSchema, TENURES, type StructuredCaseInput } from '../../triage/caseSchema';
import { TriageDecisionSchema } from '../../triage/decisionSchema';
import type { PolicyProfile } from '../../triage/profileSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { aCase } from './aCase';

const code = getProfile('code-2024')!;
const NOW = new Date('2027-01-31T12:00:00Z');
const mould = [{ hazard: 'damp_mould' as const }];

function decide(overrides: Partial<StructuredCaseInput>, profile: PolicyProfile = code) {
  return TriageDecisionSchema.parse(triage(profile, aCase(overrides), NOW));
}
const rulesOf = (d: ReturnType<typeof decide>) => d.reasons.map((r) => r.rule);

/** A landlord that has set its own date for phase 2 (as it would once the regulations give one). */
const withPhase2From = (from: string): PolicyProfile => ({
  ...code,
  awaabsLaw: { ...code.awaabsLaw, phases: code.awaabsLaw.phases.map((p, i) => (i === 1 ? { ...p, from } : p)) },
});

describe("Awaab's Law runs alongside the complaints process, for every outcome (S.I. 2025/1042)", () => {
  it('a first damp-and-mould repair report is a service request that starts the 10-working-day clock, opening no complaint (Code 1.4; S.I. 2025/1042)', () => {
    const d = decide({ category: 'service_request', hazards: mould, receivedAt: '2026-03-06T10:00:00Z' });
    expect(d.outcome).toBe('service_request');
    expect(d.deadlines).toEqual({});
    expect(d.hazards).toEqual([
      expect.objectContaining({ hazard: 'damp_mould', category: 'significant', awareAt: '2026-03-06T10:00:00+00:00', deadlines: { investigateBy: '2026-03-20' } }),
    ]);
    expect(rulesOf(d)).toContain('awaabs_law_clock');
  });

  it('a complaint about mould gets both the stage 1 clocks and the hazard clock (Code 6.2; S.I. 2025/1042)', () => {
    const d = decide({ hazards: mould });
    expect(d.outcome).toBe('stage1_opened');
    expect(d.deadlines.acknowledgeBy).toBe('2026-03-09');
    expect(d.hazards.map((h) => [h.hazard, h.deadlines.investigateBy])).toEqual([['damp_mould', '2026-03-16']]);
  });

  const outcomes: Array<[string, Partial<StructuredCaseInput>]> = [
    ['an ASB report', { category: 'asb_report' }],
    ['a quick fix', { category: 'quick_fix' }],
    ['a compliment', { category: 'compliment' }],
    ['a complaint excluded as legal proceedings (Code 2.2)', { signals: { legalProceedingsFiled: true } }],
    ['a complaint sent to a person (whg 2.13 whistleblowing)', { signals: { whistleblowing: true } }],
  ];
  it.each(outcomes)('%s still starts the clock', (_what, overrides) => {
    expect(decide({ ...overrides, hazards: mould }).hazards).toHaveLength(1);
  });

  it('an emergency gets the 24-hour clock, whatever the hazard, from phase 1 (S.I. 2025/1042)', () => {
    const d = decide({ category: 'service_request', hazards: [{ hazard: 'gas', emergency: true }], receivedAt: '2026-03-28T10:00:00Z' });
    expect(d.hazards[0]).toMatchObject({ category: 'emergency', deadlines: { investigateBy: '2026-03-29T11:00:00+01:00', makeSafeBy: '2026-03-29T11:00:00+01:00' } });
  });

  it('the clock runs from the first report when the landlord knew before this contact', () => {
    const d = decide({ hazards: [{ hazard: 'damp_mould', firstReportedAt: '2026-02-20T09:00:00Z' }] });
    expect(d.hazards[0]).toMatchObject({ awareAt: '2026-02-20T09:00:00+00:00', deadlines: { investigateBy: '2026-03-06' } });
  });

  it('a "first report" after this contact cannot delay the clock: this contact made the landlord aware', () => {
    const d = decide({ hazards: [{ hazard: 'damp_mould', firstReportedAt: '2026-03-05T09:00:00Z' }] });
    expect(d.hazards[0].awareAt).toBe('2026-03-02T10:00:00+00:00');
  });

  it('a case lists each hazard once', () => {
    expect(() => aCase({ hazards: [{ hazard: 'damp_mould' }, { hazard: 'damp_mould', emergency: true }] })).toThrow(/each hazard once/);
  });
});

describe('phases start on their effective dates (S.I. 2025/1042; MHCLG written statement, February 2025)', () => {
  const table: Array<[string, PolicyProfile, StructuredCaseInput['hazards'], string, string | undefined]> = [
    ['damp and mould the day before phase 1 gets no clock', code, mould, '2025-10-26T12:00:00Z', undefined],
    ['damp and mould on the day phase 1 starts is significant', code, mould, '2025-10-27T09:00:00Z', 'significant'],
    ['a gas emergency the day before phase 1 gets no clock', code, [{ hazard: 'gas', emergency: true }], '2025-10-26T23:30:00Z', undefined],
    ['a gas emergency at 00:30 London time on the day phase 1 starts is an emergency', code, [{ hazard: 'gas', emergency: true }], '2025-10-26T23:30:00-01:00', 'emergency'],
    ['heating (phase 2) is not significant while phase 2 has no confirmed date', code, [{ hazard: 'heating' }], '2026-12-01T10:00:00Z', undefined],
    ['heating the day before a profile’s phase 2 date gets the phase 1 scope: no clock', withPhase2From('2026-10-01'), [{ hazard: 'heating' }], '2026-09-30T22:30:00Z', undefined],
    ['heating on a profile’s phase 2 date is significant', withPhase2From('2026-10-01'), [{ hazard: 'heating' }], '2026-09-30T23:30:00Z', 'significant'],
    ['heating with no heat in an emergency is clocked in phase 1 already', code, [{ hazard: 'heating', emergency: true }], '2026-01-10T10:00:00Z', 'emergency'],
  ];
  it.each(table)('%s', (_what, profile, hazards, receivedAt, category) => {
    const d = decide({ hazards, receivedAt, incident: { occurredOn: '2025-10-01' } }, profile);
    expect(d.hazards.map((h) => h.category)).toEqual(category ? [category] : []);
    expect(rulesOf(d)).toContain(category ? 'awaabs_law_clock' : 'awaabs_law_out_of_scope');
  });

  it('says why a hazard is not yet covered', () => {
    const d = decide({ hazards: [{ hazard: 'heating' }] });
    expect(d.reasons.find((r) => r.rule === 'awaabs_law_out_of_scope')?.message).toMatch(/phase 2.*no confirmed start date/);
  });

  it('a profile may treat extra hazards as significant before the law reaches them', () => {
    const keen: PolicyProfile = { ...code, awaabsLaw: { ...code.awaabsLaw, extraHazards: { significant: ['leak'], source: ['landlord board decision'] } } };
    const d = decide({ hazards: [{ hazard: 'leak' }] }, keen);
    expect(d.hazards).toEqual([expect.objectContaining({ hazard: 'leak', category: 'significant', sources: ['landlord board decision'] })]);
  });
});

describe('scope: social tenancies of landlords in England (LTA 1985 s.10A)', () => {
  const outside = TENURES.filter((t) => t !== 'social_tenancy' && t !== 'unknown');
  it.each(outside)('%s is out of scope: no clock, and a reason saying why', (tenure) => {
    const d = decide({ tenure, hazards: mould });
    expect(d.hazards).toEqual([]);
    const why = d.reasons.find((r) => r.rule === 'awaabs_law_out_of_scope');
    expect(why?.message).toMatch(/covers social tenancies; this home is/);
  });

  it.each(['social_tenancy', 'unknown'] as const)('%s tenure is in scope (an unknown tenure is never a reason to skip the clock)', (tenure) => {
    expect(decide({ tenure, hazards: mould }).hazards).toHaveLength(1);
  });

  it('a case that does not say its tenure is unknown, so in scope', () => {
    expect(aCase().tenure).toBe('unknown');
    expect(aCase().hazards).toEqual([]);
  });

  const notEngland: Array<[string, PolicyProfile]> = [
    ['a Scottish landlord', { ...code, nation: { value: 'scotland', source: ['test'] } }],
    ['a Welsh landlord (England-and-Wales bank holidays, but the law is England only)', { ...code, awaabsLaw: { ...code.awaabsLaw, applies: false, source: ['Wales: Renting Homes (Wales) Act 2016 instead'] } }],
  ];
  it.each(notEngland)('%s starts no clock', (_what, profile) => {
    const d = decide({ hazards: mould }, profile);
    expect(d.hazards).toEqual([]);
    expect(d.reasons.find((r) => r.rule === 'awaabs_law_out_of_scope')?.message).toMatch(/England/);
  });

  it('the built-in landlords, all in England, are in scope', () => {
    for (const id of ['code-2024', 'whg', 'charity-2022', 'bchg', 'wch', 'greatwell']) {
      expect(getProfile(id)!.awaabsLaw.applies).toBe(true);
    }
  });
});

describe('the case schema', () => {
  it('refuses an unknown tenure with the list of tenures', () => {
    const r = StructuredCaseSchema.safeParse({ ...aCase(), tenure: 'owner' });
    expect(r.error?.issues[0].message).toMatch(/^tenure must be one of: social_tenancy/);
  });
});

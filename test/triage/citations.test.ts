import type { StructuredCaseInput } from '../../triage/caseSchema';
import { EXCLUSION_RULES, REASON_RULES, TriageDecisionSchema, type TriageDecision } from '../../triage/decisionSchema';
import type { PolicyProfile } from '../../triage/profileSchema';
import { builtInProfiles } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { aCase } from './aCase';

const NOW = new Date('2026-03-02T10:05:00Z');

// How each built-in profile's landlord is cited; the Code's own profile has no landlord of its own.
const LANDLORD_CITED_AS: Record<string, RegExp | undefined> = {
  'code-2024': undefined,
  whg: /\bwhg\b|Walsall/i,
  'charity-2022': /Charity 2022/,
  bchg: /\bBCHG\b|Black Country/,
  wch: /\bWCH\b|Watford/,
  greatwell: /Greatwell/,
};

/** The landlords a citation under this profile must not name: every landlord but its own. */
const foreignLandlords = (profileId: string) =>
  Object.entries(LANDLORD_CITED_AS)
    .filter(([id, cited]) => id !== profileId && cited !== undefined)
    .map(([, cited]) => cited as RegExp);

const signals = (s: Partial<NonNullable<StructuredCaseInput['signals']>>) => ({ signals: s });

// Between them these fire every rule of the decision under one profile or another.
const CASES: ReadonlyArray<readonly [string, Partial<StructuredCaseInput>]> = [
  ['a complaint', {}],
  ['a compliment', { category: 'compliment' }],
  ['a first service request', { category: 'service_request' }],
  ['unhappy with a service request', { category: 'service_request', priorServiceRequest: { reportedOn: '2026-02-01', dissatisfiedWithResponse: true } }],
  ['a first ASB report', { category: 'asb_report' }],
  ['unhappy with how an ASB case was handled', { category: 'asb_report', asbCaseHandlingDissatisfaction: true }],
  ['a quick fix', { category: 'quick_fix' }],
  ['a quick fix about health and safety', { category: 'quick_fix', ...signals({ healthAndSafety: true }) }],
  ['a quick fix the tenant wants as a complaint', { category: 'quick_fix', tenantWantsFormalComplaint: true }],
  ['survey feedback', { channel: 'survey' }],
  ['a problem 13 months old', { incident: { occurredOn: '2025-02-01' } }],
  ['an old safeguarding and health and safety issue', { incident: { occurredOn: '2024-01-10' }, ...signals({ safeguarding: true, healthAndSafety: true }) }],
  ['no date for the issue', { incident: {} }],
  ['a pre-action protocol letter', signals({ preActionProtocol: true })],
  ['a claim filed at court', signals({ legalProceedingsFiled: true })],
  ['every on/off exclusion', {
    complainant: { type: 'leaseholder' },
    ...signals({ insuranceClaim: true, previouslyConsidered: true, rentOrServiceChargeLevel: true, otherStatutoryAgency: true, contractorDispute: true, dissatisfiedWithLaw: true }),
  }],
  ['someone who is not a customer', { complainant: { type: 'non_customer' } }],
  ['an anonymous complaint', { complainant: { type: 'anonymous' } }],
  ['unreasonable behaviour and whistleblowing', signals({ unreasonableBehaviour: true, whistleblowing: true })],
  ['a vulnerable resident', { vulnerability: { hasVulnerability: true, adjustments: ['Large print'] } }],
  ['a representative waiting for consent', { representative: { name: 'A. Member MP', relationship: 'mp', consent: 'pending' } }],
  ['a representative with consent', { representative: { name: 'Pat', relationship: 'advocate', consent: 'given' } }],
  ['a complaint about a member of staff', signals({ staffConduct: true })],
  ['hazards in a social tenancy', { tenure: 'social_tenancy', hazards: [{ hazard: 'damp_mould' }, { hazard: 'gas', emergency: true }, { hazard: 'leak' }] }],
  ['a hazard in temporary accommodation', { tenure: 'temporary_accommodation', hazards: [{ hazard: 'damp_mould' }] }],
  ['damp and mould with a baby at home', { tenure: 'social_tenancy', hazards: [{ hazard: 'damp_mould', atRisk: ['baby_or_child'] }] }],
];

/** Every clause a decision cites: its reasons, exclusions, quick-fix window and hazard clocks. */
const citations = (d: TriageDecision): string[] => [
  ...d.reasons.flatMap((r) => r.sources),
  ...d.exclusions.flatMap((e) => e.sources),
  ...(d.quickFix?.sources ?? []),
  ...d.hazards.flatMap((h) => h.sources),
];

/** Every `source` list anywhere in a profile, with the setting it belongs to. */
function settingSources(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'source' && Array.isArray(v)
      ? v.map((clause: string) => [path, clause] as [string, string])
      : settingSources(v, path ? `${path}.${key}` : key),
  );
}

const decide = (profile: PolicyProfile, overrides: Partial<StructuredCaseInput>) =>
  TriageDecisionSchema.parse(triage(profile, aCase(overrides), NOW));

describe("a decision cites only its own landlord's policy, the Code and the law", () => {
  it('knows how every built-in landlord is cited', () => {
    expect(Object.keys(LANDLORD_CITED_AS).sort()).toEqual([...builtInProfiles.keys()].sort());
  });

  it.each([...builtInProfiles.keys()])('%s: no setting of the profile cites another landlord', (id) => {
    const foreign = foreignLandlords(id);
    const offending = settingSources(builtInProfiles.get(id)).filter(([, clause]) => foreign.some((f) => f.test(clause)));
    expect(offending).toEqual([]);
  });

  const rows = [...builtInProfiles.keys()].flatMap((id) => CASES.map(([what, overrides]) => [id, what, overrides] as const));
  it.each(rows)('%s: %s cites no other landlord', (id, _what, overrides) => {
    const foreign = foreignLandlords(id);
    const cited = citations(decide(builtInProfiles.get(id)!, overrides));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((clause) => foreign.some((f) => f.test(clause)))).toEqual([]);
  });

  it('the cases above fire every rule and every exclusion under some profile', () => {
    const decisions = [...builtInProfiles.values()].flatMap((p) => CASES.map(([, overrides]) => decide(p, overrides)));
    const fired = new Set(decisions.flatMap((d) => [...d.reasons.map((r) => r.rule), ...d.exclusions.map((e) => e.rule)]));
    expect([...REASON_RULES, ...EXCLUSION_RULES].filter((rule) => !fired.has(rule))).toEqual([]);
  });

  it("a landlord's own clause is cited where its policy states the rule (BCHG 6.3; WCH 4.3; whg 2.27)", () => {
    const sourcesOf = (id: string, overrides: Partial<StructuredCaseInput>, rule: string) =>
      decide(builtInProfiles.get(id)!, overrides).reasons.find((r) => r.rule === rule)?.sources;
    expect(sourcesOf('bchg', { channel: 'survey' }, 'survey_feedback')).toEqual(['BCHG 6.3', 'Code 1.3']);
    expect(sourcesOf('whg', { channel: 'survey' }, 'survey_feedback')).toEqual(['whg 2.6', 'Code 1.3']);
    expect(sourcesOf('wch', { complainant: { type: 'anonymous' } }, 'anonymous')).toEqual(['WCH 4.3']);
    expect(sourcesOf('whg', signals({ unreasonableBehaviour: true }), 'unreasonable_behaviour')).toEqual(['whg 2.27']);
  });
});

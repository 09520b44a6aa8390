import type { StructuredCaseInput } from '../../triage/caseSchema';
import { TriageDecisionSchema, type TriageDecision } from '../../triage/decisionSchema';
import { builtInProfiles, getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { aCase } from './aCase';

const NOW = new Date('2026-03-02T10:05:00Z');
const PROFILE_IDS = [...builtInProfiles.keys()];

function decide(profileId: string, overrides: Partial<StructuredCaseInput> = {}): TriageDecision {
  const decision = triage(getProfile(profileId)!, aCase(overrides), NOW);
  // Every decision the core makes is valid against the schema the shell stores and serves.
  expect(TriageDecisionSchema.parse(decision)).toEqual(decision);
  return decision;
}
const signals = (s: Partial<NonNullable<StructuredCaseInput['signals']>>) => ({ signals: s });
const rules = (d: TriageDecision) => d.reasons.map((r) => r.rule);

describe('categories (Code 1)', () => {
  it.each(PROFILE_IDS)('%s: unhappy with the response to a service request is a complaint (Code 1.5)', (id) => {
    const d = decide(id, { category: 'service_request', priorServiceRequest: { reportedOn: '2026-02-01', dissatisfiedWithResponse: true } });
    expect(d).toMatchObject({ outcome: 'stage1_opened', category: 'complaint', reportedCategory: 'service_request' });
    expect(d.reasons[0]).toMatchObject({ rule: 'service_request_dissatisfaction', sources: expect.arrayContaining(['Code 1.5']) });
  });

  it.each(PROFILE_IDS)('%s: a first request for service is recorded and routed, not a complaint (Code 1.4)', (id) => {
    const d = decide(id, { category: 'service_request' });
    expect(d).toMatchObject({ outcome: 'service_request', category: 'service_request', exclusions: [], deadlines: {} });
  });

  it.each(PROFILE_IDS)('%s: a first ASB report goes to the ASB policy (whg 2.11; BCHG 6.1; WCH 4.6.3)', (id) => {
    expect(decide(id, { category: 'asb_report' }).outcome).toBe('asb_report');
  });

  it.each(PROFILE_IDS)('%s: unhappy with how we handled an ASB case is a complaint (WCH 4.6.3)', (id) => {
    const d = decide(id, { category: 'asb_report', asbCaseHandlingDissatisfaction: true });
    expect(d).toMatchObject({ outcome: 'stage1_opened', category: 'complaint' });
    expect(rules(d)).toContain('asb_handling_complaint');
  });

  it.each(PROFILE_IDS)('%s: health and safety is always a formal complaint, never a quick fix (whg 2.5)', (id) => {
    const d = decide(id, { category: 'quick_fix', ...signals({ healthAndSafety: true }) });
    expect(d).toMatchObject({ outcome: 'stage1_opened', category: 'complaint' });
    expect(d.quickFix).toBeUndefined();
    expect(rules(d)).toContain('health_and_safety_formal');
  });

  it.each(PROFILE_IDS)('%s: a tenant who wants a formal complaint gets one (Code 1.3; Greatwell 2.1.2)', (id) => {
    const d = decide(id, { category: 'quick_fix', tenantWantsFormalComplaint: true });
    expect(d).toMatchObject({ outcome: 'stage1_opened', category: 'complaint' });
    expect(rules(d)).toContain('tenant_choice');
  });

  it.each(PROFILE_IDS)('%s: a compliment is recorded and passed on (BCHG 9; WCH 4.5)', (id) => {
    expect(decide(id, { category: 'compliment' })).toMatchObject({ outcome: 'compliment', deadlines: {} });
  });

  it.each(PROFILE_IDS)('%s: survey feedback is followed up, led by the customer, not logged at once, citing its own policy (Code 1.6, 1.3)', (id) => {
    const d = decide(id, { channel: 'survey' });
    expect(d.outcome).toBe('needs_review');
    expect(d.review.because).toEqual(['survey_feedback']);
    const { source } = getProfile(id)!.categories.surveyFeedback;
    expect(d.reasons.find((r) => r.rule === 'survey_feedback')?.sources).toEqual([...source, 'Code 1.3']);
    expect(decide(id, { channel: 'survey', tenantWantsFormalComplaint: true }).outcome).toBe('stage1_opened');
  });

  it('a landlord that logs survey feedback at once opens stage 1 (categories.surveyFeedback)', () => {
    const code = getProfile('code-2024')!;
    const atOnce = { ...code, categories: { ...code.categories, surveyFeedback: { followUpFirst: false, source: ['Our policy 1.1'] } } };
    const d = triage(atOnce, aCase({ channel: 'survey' }), NOW);
    expect(d.outcome).toBe('stage1_opened');
    expect(rules(d)).not.toContain('survey_feedback');
  });

  // [profile, respondBy, escalatesToStage1On] for a quick fix received Monday 2 March 2026. A policy
  // with no window gives the profile's stated default date, and a default never escalates by itself.
  it.each([
    ['code-2024', '2026-03-05', undefined],
    ['whg', '2026-03-05', undefined],
    ['charity-2022', '2026-03-05', undefined],
    ['bchg', '2026-03-05', undefined],
    ['wch', '2026-03-05', undefined],
    ['greatwell', '2026-03-05', '2026-03-06'],
  ])('%s: quick fix window and auto-escalation (WCH 4.7.1; Greatwell 2.2) → respond by %s, escalate on %s', (id, respondBy, escalates) => {
    const d = decide(id, { category: 'quick_fix' });
    expect(d.outcome).toBe('quick_fix');
    expect(d.quickFix?.respondBy).toBe(respondBy);
    expect(d.quickFix?.escalatesToStage1On).toBe(escalates);
    expect(rules(d)).toContain('offer_complaint_choice');
  });
});

describe('time limit (Code 2.3; whg 2.11; BCHG 6.2; WCH 4.6.3)', () => {
  // Received 2 March 2026. [profile, outcome for a problem 7 months old, outcome for one 13 months old]
  it.each([
    ['code-2024', 'stage1_opened', 'needs_review'],
    ['whg', 'not_accepted', 'not_accepted'],
    ['charity-2022', 'stage1_opened', 'needs_review'],
    ['bchg', 'stage1_opened', 'not_accepted'],
    ['wch', 'needs_review', 'needs_review'],
    ['greatwell', 'stage1_opened', 'needs_review'],
  ])('%s: 7 months old → %s; 13 months old → %s (late + discretionary goes to a person, never silently excluded)', (id, seven, thirteen) => {
    expect(decide(id, { incident: { occurredOn: '2025-08-01' } }).outcome).toBe(seven);
    const late = decide(id, { incident: { occurredOn: '2025-02-01' } });
    expect(late.outcome).toBe(thirteen);
    if (thirteen === 'not_accepted') expect(late.exclusions.map((e) => e.rule)).toEqual(['time_limit']);
    if (thirteen === 'needs_review') expect(late.review.because).toEqual(['time_limit_discretion']);
  });

  it.each([
    ['whg', 'healthAndSafety'],
    ['whg', 'safeguarding'],
    ['bchg', 'healthAndSafety'],
    ['bchg', 'safeguarding'],
  ] as const)('%s: a %s issue is never excluded by the time limit', (id, signal) => {
    const d = decide(id, { incident: { occurredOn: '2024-01-10' }, ...signals({ [signal]: true }) });
    expect(d.outcome).toBe('stage1_opened');
    expect(rules(d)).toContain('time_limit_exception');
  });

  it('where the profile has no such exception, a late health and safety issue still goes to a person (Code 2.3)', () => {
    expect(decide('code-2024', { incident: { occurredOn: '2024-01-10' }, ...signals({ healthAndSafety: true }) }).outcome).toBe('needs_review');
  });

  it('counts from when the resident became aware of the issue, if that is later (Code 2.3)', () => {
    expect(decide('bchg', { incident: { occurredOn: '2024-06-01', becameAwareOn: '2025-12-01' } }).outcome).toBe('stage1_opened');
  });

  it('counts an ongoing issue from its latest occurrence (Code 2.3)', () => {
    expect(decide('whg', { incident: { occurredOn: '2024-06-01', ongoing: true } }).outcome).toBe('stage1_opened');
    expect(decide('whg', { incident: { occurredOn: '2024-06-01', ongoing: true, lastOccurredOn: '2025-06-01' } }).outcome).toBe('not_accepted');
  });

  it('a complaint made exactly 12 months after the issue is in time (Code 2.3)', () => {
    expect(decide('bchg', { incident: { occurredOn: '2025-03-02' } }).outcome).toBe('stage1_opened');
    expect(decide('bchg', { incident: { occurredOn: '2025-03-01' } }).outcome).toBe('not_accepted');
  });

  it('with no date for the issue, the limit is not applied and staff are told to ask', () => {
    const d = decide('whg', { incident: {} });
    expect(d.outcome).toBe('stage1_opened');
    expect(rules(d)).toContain('time_limit_no_date');
  });
});

describe('legal proceedings (Code 2.2; whg 2.11; BCHG 5.2, 6.2; WCH 3.1.6)', () => {
  it.each(PROFILE_IDS)('%s: a claim filed at court excludes the complaint', (id) => {
    const d = decide(id, signals({ legalProceedingsFiled: true }));
    expect(d.outcome).toBe('not_accepted');
    expect(d.exclusions.map((e) => e.rule)).toEqual(['legal_proceedings']);
  });

  it.each([
    ['code-2024', 'stage1_opened', 'stage1_opened'],
    ['whg', 'stage1_opened', 'not_accepted'],
    ['charity-2022', 'stage1_opened', 'stage1_opened'],
    ['bchg', 'stage1_opened', 'stage1_opened'],
    ['wch', 'not_accepted', 'not_accepted'],
    ['greatwell', 'stage1_opened', 'stage1_opened'],
  ])('%s: a pre-action protocol letter is not legal proceedings (Code 2.2) → %s; after refusing the complaints process as ADR → %s', (id, letter, refused) => {
    const d = decide(id, signals({ preActionProtocol: true }));
    expect(d.outcome).toBe(letter);
    if (letter === 'stage1_opened') expect(rules(d)).toContain('pre_action_not_legal_proceedings');
    expect(decide(id, signals({ preActionProtocol: true, refusedComplaintsProcessAsAdr: true })).outcome).toBe(refused);
  });
});

describe('on/off exclusions, per profile (Code 2)', () => {
  // [signal, exclusion rule, profiles that exclude it]
  const table = [
    ['insuranceClaim', 'insurance_claim', ['whg', 'bchg']],
    ['previouslyConsidered', 'previously_considered', PROFILE_IDS],
    ['rentOrServiceChargeLevel', 'rent_or_service_charge_level', ['bchg', 'wch']],
    ['otherStatutoryAgency', 'other_statutory_agency', ['whg']],
    ['contractorDispute', 'contractor_dispute', ['whg']],
    ['dissatisfiedWithLaw', 'legislative_requirements', ['wch']],
  ] as const;
  const rows = table.flatMap(([signal, rule, excluding]) =>
    PROFILE_IDS.map((id) => [id, signal, rule, (excluding as readonly string[]).includes(id)] as const),
  );
  it.each(rows)('%s: %s → excluded as %s: %s', (id, signal, rule, excluded) => {
    const d = decide(id, signals({ [signal]: true }));
    expect(d.outcome).toBe(excluded ? 'not_accepted' : 'stage1_opened');
    expect(d.exclusions.map((e) => e.rule)).toEqual(excluded ? [rule] : []);
  });

  it('every exclusion explains itself with the right to go to the Housing Ombudsman and its contacts (Code 2.4)', () => {
    const d = decide('whg', {
      incident: { occurredOn: '2024-01-01' },
      ...signals({ legalProceedingsFiled: true, insuranceClaim: true, previouslyConsidered: true, otherStatutoryAgency: true, contractorDispute: true }),
    });
    expect(d.exclusions).toHaveLength(6);
    for (const e of d.exclusions) {
      expect(e.explanation).toMatch(/Housing Ombudsman/);
      expect(e.explanation).toContain('PO Box 152, Liverpool L33 7WQ');
      expect(e.explanation).toContain('info@housing-ombudsman.org.uk');
      expect(e.explanation).toContain('0300 111 3000');
      expect(e.sources.length).toBeGreaterThan(0);
    }
  });

  it("points a leaseholder's service-charge dispute to the First-tier Tribunal (Charity 2022 policy, 'First Tier Tribunal (property Chamber)')", () => {
    const d = decide('wch', { complainant: { type: 'leaseholder' }, ...signals({ rentOrServiceChargeLevel: true }) });
    expect(d.exclusions[0].explanation).toContain('First-tier Tribunal');
  });
});

describe('who is complaining (Code 1.3, 2)', () => {
  it.each([
    ['code-2024', 'stage1_opened'],
    ['whg', 'stage1_opened'],
    ['charity-2022', 'stage1_opened'],
    ['bchg', 'not_accepted'],
    ['wch', 'needs_review'],
    ['greatwell', 'stage1_opened'],
  ])('%s: a complainant who is not a customer → %s (whg 2.13; WCH 3.1.3–3.1.4; BCHG 3)', (id, outcome) => {
    expect(decide(id, { complainant: { type: 'non_customer' } }).outcome).toBe(outcome);
  });

  it.each(PROFILE_IDS)('%s: unreasonable behaviour is never decided automatically (whg 2.27; BCHG 12; WCH 7; Greatwell 2.7)', (id) => {
    const d = decide(id, signals({ unreasonableBehaviour: true, previouslyConsidered: true }));
    expect(d.outcome).toBe('needs_review');
    expect(d.review).toEqual({ required: true, because: ['unreasonable_behaviour'] });
  });

  it.each(PROFILE_IDS)('%s: whistleblowing is signposted by a person (whg 2.13)', (id) => {
    expect(decide(id, signals({ whistleblowing: true })).review.because).toEqual(['whistleblowing']);
  });

  it.each(['pending', 'refused'] as const)(
    'a representative without consent (%s): accepted, clocks run, nothing disclosed (whg 2.13; WCH 3.1.5)',
    (consent) => {
      const d = decide('code-2024', { representative: { name: 'A. Member MP', relationship: 'mp', consent } });
      expect(d).toMatchObject({ outcome: 'stage1_opened', consent, disclosure: { toRepresentative: 'nothing' } });
      expect(d.deadlines.acknowledgeBy).toBe('2026-03-09');
      expect(d.disclosure.stillNeeded).toHaveLength(1);
    },
  );

  it('a representative with consent may be told about the case (WCH 4.1.4)', () => {
    const d = decide('wch', { representative: { name: 'Pat', relationship: 'advocate', consent: 'given' } });
    expect(d).toMatchObject({ consent: 'given', disclosure: { toRepresentative: 'case_details', stillNeeded: [] } });
  });

  it('no representative: consent is not needed', () => {
    expect(decide('code-2024')).toMatchObject({ consent: 'not_needed', disclosure: { toRepresentative: 'not_applicable' } });
  });

  it('an anonymous complaint is accepted but cannot be replied to (WCH 4.3)', () => {
    const d = decide('wch', { complainant: { type: 'anonymous' } });
    expect(d).toMatchObject({ outcome: 'stage1_opened', disclosure: { canReplyToComplainant: false } });
    expect(rules(d)).toContain('anonymous');
  });

  it('a complaint about a member of staff is restricted (Greatwell 3, 5.1)', () => {
    expect(decide('greatwell', signals({ staffConduct: true })).restricted).toBe(true);
    expect(decide('greatwell').restricted).toBe(false);
  });

  it('vulnerability and reasonable adjustments are visible to staff (Code 3.1; whg 2.4; BCHG 7.1; WCH 4.1.2)', () => {
    const d = decide('bchg', { vulnerability: { hasVulnerability: true, adjustments: ['Large print'] } });
    expect(d.reasons.find((r) => r.rule === 'vulnerability')?.message).toContain('Large print');
  });
});

describe('stage 1 clocks (Code 6.2–6.4)', () => {
  // Received Thursday 17 December 2026, 14:00 — across Christmas and New Year in England.
  it.each([
    ['code-2024', '2026-12-24', '2027-01-12', '2027-01-26'],
    ['whg', '2026-12-24', '2027-01-12', '2027-01-26'],
    ['charity-2022', '2026-12-24', '2027-01-05', '2027-01-19'],
    ['bchg', '2026-12-24', '2027-01-12', '2027-01-26'],
    ['wch', '2026-12-18', '2027-01-05', '2027-01-19'],
    ['greatwell', '2026-12-22', '2027-01-05', '2027-01-19'],
  ])('%s: acknowledge by %s, respond by %s, extended at most to %s (Code 6.2–6.4)', (id, ack, respond, extended) => {
    const d = decide(id, { receivedAt: '2026-12-17T14:00:00Z', incident: { occurredOn: '2026-12-10' } });
    expect(d.deadlines).toEqual({ acknowledgeBy: ack, respondBy: respond, respondByWithExtension: extended });
  });

  it('a case waiting for review still shows the clocks that run from receipt (Code 6.2)', () => {
    const d = decide('code-2024', signals({ unreasonableBehaviour: true }));
    expect(d.deadlines.acknowledgeBy).toBe('2026-03-09');
  });

  it.each(PROFILE_IDS)('%s: health and safety screening applies only where the profile has it (BCHG 7.3)', (id) => {
    const d = decide(id, signals({ healthAndSafety: true }));
    expect(d.deadlines.screenBy).toBe(id === 'bchg' ? '2026-03-04T10:00:00.000Z' : undefined);
  });

  it('an excluded complaint has no stage 1 clocks', () => {
    expect(decide('code-2024', signals({ legalProceedingsFiled: true })).deadlines).toEqual({});
  });
});

describe('the decision is pure', () => {
  it('gives the same decision for the same profile, case and clock, and leaves its inputs alone', () => {
    const c = aCase({ representative: { name: 'Jo', relationship: 'relative', consent: 'pending' } });
    const before = JSON.stringify(c);
    const profile = getProfile('wch')!;
    expect(triage(profile, c, NOW)).toEqual(triage(profile, c, NOW));
    expect(JSON.stringify(c)).toBe(before);
  });

  it('records the profile version used and the decision time', () => {
    expect(decide('greatwell')).toMatchObject({ profile: { id: 'greatwell', version: '5.0.0' }, decidedAt: '2026-03-02T10:05:00.000Z' });
  });
});

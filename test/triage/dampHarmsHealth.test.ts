// Damp or mould in a home with someone it harms most is marked for a person to look at, and the
// outcome stands: a service request stays a service request, a complaint stays at stage 1.
// The tenants' words are outside writers' first messages (test/dialogs/fixtures/first-messages.json,
// test/understanding/fixtures/unseen-messages.json), not written here; "never had mould, and a baby"
// is two of them joined, as no single one says both.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseFacts, withFacts } from '../../cases/caseFacts';
import type { StructuredCaseInput } from '../../triage/caseSchema';
import { TriageDecisionSchema } from '../../triage/decisionSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import type { HouseholdAtRisk } from '../../triage/vocabulary';
import { understandOffline } from '../../understanding';
import { aCase } from './aCase';

const NOW = new Date('2026-11-30T10:00:00Z');
const code = getProfile('code-2024')!;

const firstMessages: Array<{ id: string; firstMessage: string }> = JSON.parse(readFileSync(join(__dirname, '../dialogs/fixtures/first-messages.json'), 'utf8'));
const unseen: Array<{ id: string; text: string }> = JSON.parse(readFileSync(join(__dirname, '../understanding/fixtures/unseen-messages.json'), 'utf8'));
const written = (id: string) => firstMessages.find((m) => m.id === id)?.firstMessage ?? unseen.find((m) => m.id === id)?.text ?? fail(id);
const fail = (id: string): never => {
  throw new Error(`no fixture ${id}`);
};

/** The case as every channel opens it: the tenant's words understood, their facts added, triaged. */
function decide(text: string, overrides: Partial<StructuredCaseInput> = {}) {
  const facts = caseFacts([{ text, at: NOW, understanding: understandOffline(text, { now: NOW }) }]);
  const c = withFacts(aCase({ receivedAt: NOW.toISOString(), summary: text.slice(0, 4000), incident: { occurredOn: '2026-11-20' }, ...overrides }), facts);
  return TriageDecisionSchema.parse(triage(code, c, NOW));
}

describe("from the tenant's words: damp or mould with someone it harms most", () => {
  it.each([
    ['damp and a baby', true, written('i12-negation-06')],
    ['damp and asthma', true, written('i12-negation-07')],
    ['mould and a chest illness', true, written('i12-safety_missed-09')],
    ['damp alone', false, written('i12-third_party_authority-05')],
    ['mould alone, reported by the council', false, written('i12-third_party_authority-07')],
    ['a baby, no damp', false, written('repair-no-heating-baby')],
    ['"we have never had mould", and a baby', false, `${written('i12-negation-01')} ${written('repair-no-heating-baby')}`],
  ])('%s: marked for review %s', (_what, marked, text) => {
    const d = decide(text, { category: 'service_request' });
    expect(d.review.because.includes('damp_harms_health')).toBe(marked);
    expect(d.review.required).toBe(marked);
  });
});

describe('the outcome stands', () => {
  const babyAndMould = written('i12-negation-06');
  it.each([
    ['a service request', 'service_request', 'service_request'],
    ['a complaint', 'complaint', 'stage1_opened'],
  ] as const)('%s (%s) stays %s', (_what, category, outcome) => {
    const d = decide(babyAndMould, { category });
    expect(d.outcome).toBe(outcome);
    expect(d.review).toEqual({ required: true, because: ['damp_harms_health'] });
  });
});

describe('the rule, on the case facts', () => {
  const withDamp = (atRisk: HouseholdAtRisk[] | undefined, hazard: 'damp_mould' | 'leak' = 'damp_mould') =>
    triage(code, aCase({ category: 'service_request', tenure: 'social_tenancy', hazards: [{ hazard, ...(atRisk ? { atRisk } : {}) }] }), NOW);

  it.each([
    [['baby_or_child'], 'a baby or child'],
    [['pregnancy'], 'someone pregnant'],
    [['respiratory_condition'], 'a breathing illness'],
    [['older_person_with_health_condition'], 'an older person with a health condition'],
  ] as const)('%j: named for staff, with its source', (atRisk, words) => {
    const d = withDamp([...atRisk]);
    const r = d.reasons.find((x) => x.rule === 'damp_harms_health');
    expect(r?.message).toContain(words);
    expect(r?.sources).toContain('MHCLG guidance for social landlords (2025)');
    expect(d.outcome).toBe('service_request');
  });

  it.each([
    ['damp with nobody at risk named', withDamp(undefined)],
    ['damp with an empty list', withDamp([])],
    ['a leak with a baby', withDamp(['baby_or_child'], 'leak')],
  ])('%s: not marked', (_what, d) => {
    expect(d.review).toEqual({ required: false, because: [] });
  });

  it('outside Awaab\'s Law (temporary accommodation), still marked: the risk to health is the same', () => {
    const d = triage(code, aCase({ category: 'service_request', tenure: 'temporary_accommodation', hazards: [{ hazard: 'damp_mould', atRisk: ['pregnancy'] }] }), NOW);
    expect(d.hazards).toEqual([]);
    expect(d.review.required).toBe(true);
  });
});

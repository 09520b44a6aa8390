// The figures read cases by kind (staff/service/figureRows.ts): cases alike in all the figures count
// come back as one row with their number, a case with a step of its own as its own kind, and a case
// received before the period comes in by what is dated in it; counted by number, the figures agree.
// A kind is what the figures read of a case (lifecycle/figureFacts.ts), so cases differing only in
// words or people are one kind, and the figures by kind equal the figures case by case.
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { figures, type FigureEntry, type Period } from '../../staff/views/figures';
import { StaffCaseStore } from '../../staff/service/staffCaseStore';
import { StaffService } from '../../staff/service/staffService';
import { caseState, stageStates } from '../../lifecycle/caseState';
import { profileOf } from '../../lifecycle/caseProfile';
import { figureFacts } from '../../lifecycle/figureFacts';
import { CLOSE_OUTCOMES, LifecycleSchema, OMBUDSMAN_FINDINGS, type Lifecycle } from '../../lifecycle/lifecycleSchema';
import { cases } from '../../store/schema';
import type { StoredCase } from '../../store/caseStore';
import { EXCLUSION_RULES, type TriageDecision } from '../../triage/decisionSchema';
import { getProfile } from '../../triage/profiles';
import { startStaff, type Staff } from './staffHarness';

const COMPLAINT = 'complaint-repair-delay';
const PERIOD = { from: '2026-04-01', to: '2027-03-31' };
const NO_HAZARDS = { met: 0, missed: 0, due: 0, overdue: 0, closedInError: 0 };
const LANDLORD = { homes: 1000, homesByTenure: { lowCostRental: 800, lowCostHomeOwnership: 100 } };

/** Each case as its own entry, its state worked out from its whole lifecycle: what the kinds must add up to. */
function caseByCase(rows: readonly StoredCase[], now: Date): FigureEntry[] {
  return rows.map((row) => ({
    row: { ...row, facts: figureFacts(row) },
    state: caseState(profileOf(row), row, now),
    cases: 1,
  }));
}

describe('figures by kind of case', () => {
  let s: Staff;

  async function step(reference: string, action: string, body: Record<string, unknown>, enteredOn: string, role: 'reviewer' | 'complaints_manager' = 'reviewer') {
    s.pinNow(`${enteredOn}T16:00:00Z`);
    const { version } = await s.detail(reference);
    const res = await s.act(reference, action, { version, ...body }, role);
    expect(res.status).toBe(200);
  }

  /** A complaint received 7 December, acknowledged, extended and answered with a remedy; `words` and `role` differ, `counted` may. */
  async function answered(words: string, role: 'reviewer' | 'complaints_manager', counted: { compensation?: string; respondedOn?: string; actionDone?: boolean } = {}) {
    const reference = await s.open(COMPLAINT, { receivedAt: '2026-12-07T11:00:00Z' });
    await step(reference, 'acknowledge', { on: '2026-12-08' }, '2026-12-08', role);
    await step(reference, 'extend', { to: '2027-01-05', residentAgreed: true, reason: `The surveyor ${words} is away until January.` }, '2026-12-10', role);
    await step(reference, 'respond', {
      on: counted.respondedOn ?? '2026-12-18',
      remedy: `We will ${words} and repaint the ceiling.`,
      reasons: `Because ${words}.`,
      apology: true,
      compensation: counted.compensation ?? '50.00',
      actions: [{ what: `Send ${words} to repaint`, owner: `${words} team`, due: '2027-01-10' }],
      rootCauses: ['delays'],
    }, counted.respondedOn ?? '2026-12-18', role);
    if (counted.actionDone) await step(reference, 'complete-remedy-action', { stage: 1, action: 1, on: '2027-01-05' }, '2027-01-05', role);
    return reference;
  }

  beforeAll(async () => {
    s = await startStaff();
    // Three received on 1 December (23:30 GMT is still that London day), one of them acknowledged.
    await s.open(COMPLAINT, { receivedAt: '2026-12-01T09:00:00Z' });
    await s.open(COMPLAINT, { receivedAt: '2026-12-01T23:30:00Z' });
    await step(await s.open(COMPLAINT, { receivedAt: '2026-12-01T10:00:00Z' }), 'acknowledge', { on: '2026-12-02' }, '2026-12-02');
    await s.open(COMPLAINT, { receivedAt: '2026-12-02T10:00:00Z' });
    // Received before the period, acknowledged in it.
    await step(await s.open(COMPLAINT, { receivedAt: '2026-03-30T10:00:00Z' }), 'acknowledge', { on: '2026-04-01' }, '2026-04-01');
    // Received 7 December and answered alike but in other words, by other people: one kind.
    await answered('Priya', 'reviewer');
    await answered('the damp specialist', 'complaints_manager');
    // Answered the same way but for what the figures count: each its own kind.
    await answered('Sam', 'reviewer', { compensation: '75.00' });
    await answered('Sam', 'reviewer', { respondedOn: '2026-12-21' });
    await answered('Sam', 'reviewer', { actionDone: true });
    s.pinNow('2027-01-20T12:00:00Z');
  }, 240_000);
  afterAll(() => s.t.stop());

  const kindsOf = () => new StaffCaseStore(s.t.app.context.database.db).figureRows('code-2024', PERIOD);

  it('groups alike cases into one kind with their number, and counts each case', async () => {
    const kinds = (await kindsOf()).filter((k) => k.row.facts.lifecycle.stage1?.respondedOn === undefined);
    expect(kinds.map((k) => k.cases).sort()).toEqual([1, 1, 1, 2]);
    expect(kinds.find((k) => k.cases === 2)?.row.facts.lifecycle).toEqual({});

    const entries = await new StaffService(new StaffCaseStore(s.t.app.context.database.db), s.t.app.context.caseStore, () => s.t.app.context.now()).figureEntries('code-2024', PERIOD);
    const f = figures(entries, PERIOD, { homes: 1000 }, NO_HAZARDS);
    expect(f.received).toBe(9);
    expect(f.acknowledgedOnTime.stage1.of).toBe(7);
    expect(Object.values(f.byChannel)).toEqual([9]);
  });

  it('cases differing only in words and people are one kind; differing in what is counted, not', async () => {
    const answeredKinds = (await kindsOf()).filter((k) => k.row.facts.lifecycle.stage1?.respondedOn !== undefined);
    expect(answeredKinds.map((k) => k.cases).sort()).toEqual([1, 1, 1, 2]);
    // The kind read is what the figures read: no words or people of whichever case stood for it.
    const read = JSON.stringify(answeredKinds.map((k) => k.row));
    for (const said of ['Priya', 'damp specialist', 'Sam', 'surveyor', 'staff:', 'Test reviewer']) expect(read).not.toContain(said);
  });

  it('the figures by kind equal the figures worked out case by case', async () => {
    const { db } = s.t.app.context.database;
    const now = s.t.app.context.now();
    const rows = await db.select().from(cases).where(eq(cases.profileId, 'code-2024'));
    const entries = await new StaffService(new StaffCaseStore(db), s.t.app.context.caseStore, () => now).figureEntries('code-2024', PERIOD);
    const byKind = figures(entries, PERIOD, LANDLORD, NO_HAZARDS);
    expect(byKind).toEqual(figures(caseByCase(rows, now), PERIOD, LANDLORD, NO_HAZARDS));
    expect(byKind.remedies.stage1).toMatchObject({ responses: 5, apologies: 5, compensationPence: 5000 * 4 + 7500, actions: { promised: 5, done: 1 } });
  });
});

// Any lifecycle, with words and people throughout: its figure facts give the figures its whole self gives.
const day = fc.integer({ min: 0, max: 500 }).map((n) => new Date(Date.UTC(2026, 2, 1) + n * 86_400_000).toISOString().slice(0, 10));
const words = fc.string({ minLength: 1, maxLength: 12 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const stageRecord = fc.record(
  {
    acknowledgedOn: day,
    respondedOn: day,
    acknowledgementRecordedOn: day,
    responseRecordedOn: day,
    extension: fc.record({ to: day, reason: words, residentAgreed: fc.boolean(), beyondLimit: fc.boolean(), recordedOn: day }),
    outcome: fc.constantFrom(...CLOSE_OUTCOMES),
    remedy: words,
    reasons: words,
    nextSteps: words,
    apology: fc.boolean(),
    compensationPence: fc.integer({ min: 0, max: 100_000 }),
    actions: fc.array(fc.record({ what: words, owner: words, due: day, doneOn: maybe(day) }), { maxLength: 3 }),
    rootCauses: fc.array(fc.constantFrom('delays', 'communication', 'repair_quality'), { maxLength: 2 }),
    respondedBy: words,
    closedBy: words,
    sameHandlerReason: words,
    noRemedyReason: words,
  },
  { requiredKeys: [] },
);
const lifecycle: fc.Arbitrary<Lifecycle> = fc
  .record(
    {
      reviewed: fc.record({ by: words, on: day, how: fc.constantFrom('approved' as const, 'overridden' as const) }),
      stage1: fc.tuple(stageRecord, maybe(day)).map(([r, openedOn]) => ({ ...r, ...(openedOn ? { openedOn } : {}) })),
      quickFix: fc.record({ resolvedOn: day, escalatedOn: day }, { requiredKeys: [] }),
      stage2: fc.tuple(stageRecord, day).map(([r, requestedOn]) => ({ ...r, requestedOn })),
      closed: fc.record({ on: day, stage: fc.constantFrom(0 as const, 1 as const, 2 as const) }),
      withdrawn: fc.record({ on: day, reason: words }),
      ombudsmanDetermination: fc.record({ on: day, finding: fc.constantFrom(...OMBUDSMAN_FINDINGS), ombudsmanReference: words, orders: words, recordedOn: day }),
      mergedInto: fc.record({ reference: words, on: day, reason: words, differentResident: fc.boolean() }),
      mergedFrom: fc.array(fc.record({ reference: words, on: day }), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  )
  .map((l) => LifecycleSchema.parse(l));

it('a case\'s figure facts give the figures its whole lifecycle gives (property)', () => {
  const profile = getProfile('code-2024');
  if (!profile) throw new Error('no code-2024 profile');
  const period: Period = { from: '2026-06-01', to: '2027-03-31' };
  const now = new Date('2027-04-10T12:00:00Z');
  const aCase = fc.record({
    receivedOn: day,
    lifecycle,
    outcome: fc.constantFrom('stage1_opened' as const, 'quick_fix' as const, 'needs_review' as const, 'not_accepted' as const, 'service_request' as const),
    quickFix: fc.boolean(),
    exclusions: fc.array(fc.constantFrom(...EXCLUSION_RULES), { maxLength: 2 }),
    tenure: fc.constantFrom('social_tenancy', 'shared_owner', 'long_leaseholder'),
  });
  fc.assert(
    fc.property(fc.array(aCase, { minLength: 1, maxLength: 6 }), (drawn) => {
      const rows = drawn.map((c) => {
        const decision = {
          outcome: c.outcome,
          deadlines: {},
          consent: 'not_needed',
          exclusions: c.exclusions.map((rule) => ({ rule, explanation: 'words to the tenant', sources: [] })),
          ...(c.quickFix ? { quickFix: { sources: [] } } : {}),
        } as unknown as TriageDecision;
        return {
          receivedAt: new Date(`${c.receivedOn}T12:00:00Z`),
          profileId: profile.id,
          category: 'complaint',
          channel: 'web',
          outcome: c.outcome,
          serviceArea: null,
          theme: null,
          caseData: { tenure: c.tenure },
          decision,
          lifecycle: c.lifecycle,
        } as unknown as StoredCase;
      });
      const whole = figures(caseByCase(rows, now), period, LANDLORD, NO_HAZARDS);
      const byFacts: FigureEntry[] = rows.map((row) => {
        const facts = figureFacts(row);
        const state = stageStates(profile, { receivedAt: row.receivedAt, decision: { outcome: facts.decided }, lifecycle: facts.lifecycle });
        return { row: { ...row, facts }, state: { ...state, lifecycle: facts.lifecycle }, cases: 1 };
      });
      expect(figures(byFacts, period, LANDLORD, NO_HAZARDS)).toEqual(whole);
    }),
    { numRuns: 300 },
  );
});

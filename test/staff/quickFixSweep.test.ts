// The automatic quick-fix escalation (Greatwell 2.2) against the real stores, on PGlite and —
// when DATABASE_URL is set — PostgreSQL: which cases it escalates, once, from which day, and
// what happens when a person acts on the same case at the same moment.
import { createApp } from '../../server/app';
import { loadConfig } from '../../config/config';
import { createLogger } from '../../server/logger';
import { CaseStore } from '../../store/caseStore';
import { openDatabase, type Database } from '../../store/database';
import { migrate } from '../../store/migrate';
import { StructuredCaseSchema, type StructuredCaseInput } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { stage1Deadlines } from '../../triage/stage1Deadlines';
import { triage } from '../../triage/triage';
import { caseState } from '../../lifecycle/caseState';
import { SWEEP_ACTOR, sweepQuickFixes } from '../../staff/service/quickFixSweep';
import type { Principal } from '../../staff/access/roles';
import { StaffCaseStore } from '../../staff/service/staffCaseStore';
import { StaffService } from '../../staff/service/staffService';
import { refusalStatus } from '../../staff/http/refusal';
import { exampleCase } from '../support/fixtures';
import { availableStores, openTestDatabase, testStoreEnv, type TestDatabase } from '../support/testDatabase';

const NOW = new Date('2026-11-30T10:00:00Z'); // Monday
const reviewer: Principal = { subject: 'dev:rita', name: 'Rita Reviewer', roles: ['reviewer'] };

async function openCase(caseStore: CaseStore, overrides: Partial<StructuredCaseInput>): Promise<string> {
  const caseData = StructuredCaseSchema.parse(exampleCase('greatwell-concern', overrides));
  const profile = getProfile(caseData.profile)!;
  const decision = triage(profile, caseData, new Date(caseData.receivedAt));
  expect(decision.outcome).toBe('quick_fix');
  const { stored } = await caseStore.create({ caseData, decision, actor: 'test' });
  return stored.reference;
}

describe.each(availableStores)('the quick-fix sweep on %s', (kind) => {
  let db: TestDatabase;
  let caseStore: CaseStore;
  let store: StaffCaseStore;
  let service: StaffService;
  const events = async (reference: string) => {
    const row = (await caseStore.findByReference(reference))!;
    return (await caseStore.auditTrail(row.id)).filter((e) => e.action.startsWith('quick_fix.'));
  };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    caseStore = new CaseStore(db.database.db);
    store = new StaffCaseStore(db.database.db);
    service = new StaffService(store, caseStore, () => NOW);
  });
  afterAll(() => db.dispose());

  // The greatwell window is 3 working days; it escalates on the first working day after it.
  it.each([
    ['greatwell, past its window', { profile: 'greatwell', receivedAt: '2026-11-23T10:00:00Z' }, undefined, '2026-11-27'],
    ['greatwell, restricted (the system acts for no person)', { profile: 'greatwell', receivedAt: '2026-11-23T11:00:00Z', restricted: true }, undefined, '2026-11-27'],
    ['greatwell, window not over yet', { profile: 'greatwell', receivedAt: '2026-11-26T10:00:00Z' }, undefined, null],
    ['greatwell, resolved in its window', { profile: 'greatwell', receivedAt: '2026-11-23T12:00:00Z' }, '2026-11-25', null],
    ['code-2024 (no window, no automatic escalation)', { profile: 'code-2024', receivedAt: '2026-10-01T10:00:00Z' }, undefined, null],
    ['wch (a 3-day window, but staff escalate)', { profile: 'wch', receivedAt: '2026-11-02T10:00:00Z' }, undefined, null],
  ] as const)('%s', async (_name, overrides, resolvedOn, escalatedOn) => {
    const reference = await openCase(caseStore, overrides);
    if (resolvedOn) {
      expect(await service.act(reviewer, reference, { action: 'resolve-quick-fix', body: { version: 1, on: resolvedOn } })).toMatchObject({ ok: true });
    }
    const first = await sweepQuickFixes(store, NOW);
    const second = await sweepQuickFixes(store, NOW);
    expect(first.escalated.includes(reference)).toBe(escalatedOn !== null);
    expect(second.escalated).not.toContain(reference);

    const trail = await events(reference);
    const escalations = trail.filter((e) => e.action === 'quick_fix.escalated');
    if (escalatedOn === null) {
      expect(escalations).toEqual([]);
      return;
    }
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({ actor: SWEEP_ACTOR, details: { on: escalatedOn, windowPassed: true, automatic: true, sources: ['Greatwell 2.1.2', 'Greatwell 2.2'] } });
    const row = (await caseStore.findByReference(reference))!;
    expect(row.version).toBe(2);
    // Stage 1 opens on the escalation day, and its clocks count from then, not from the sweep's run.
    const state = caseState(getProfile('greatwell')!, row, NOW);
    expect(state.phase).toBe('stage1');
    expect(state.stage1?.acknowledgeBy).toBe(stage1Deadlines(getProfile('greatwell')!, escalatedOn).acknowledgeBy);
  });

  it('races a reviewer resolving the same case: exactly one of them changes it', async () => {
    const references = await Promise.all(
      ['08', '09', '10'].map((hour) => openCase(caseStore, { profile: 'greatwell', receivedAt: `2026-11-23T${hour}:30:00Z` })),
    );
    const [sweep, ...acts] = await Promise.all([
      sweepQuickFixes(store, NOW),
      ...references.map((reference) => service.act(reviewer, reference, { action: 'resolve-quick-fix', body: { version: 1, on: '2026-11-30' } })),
    ]);
    for (const [i, reference] of references.entries()) {
      const sweepWon = sweep.escalated.includes(reference);
      const act = acts[i];
      expect(act.ok).toBe(!sweepWon);
      if (!act.ok) expect(refusalStatus(act.refusal)).toBe(409);
      expect((await events(reference)).map((e) => e.action)).toEqual([sweepWon ? 'quick_fix.escalated' : 'quick_fix.resolved']);
      expect((await caseStore.findByReference(reference))!.version).toBe(2);
    }
  });
});

describe.each(availableStores)('the app runs the sweep at start-up on %s', (kind) => {
  // The start-up run reads the real clock, so the case is a month old whatever today is.
  const monthAgo = new Date(Date.now() - 30 * 24 * 3600_000).toISOString();

  it.each([
    ['15', true],
    ['0', false],
  ])('QUICK_FIX_SWEEP_MINUTES=%s escalates a quick fix past its window: %s', async (minutes, escalates) => {
    const env = testStoreEnv(kind);
    const options = { databaseUrl: env.env.DATABASE_URL, schemaName: env.env.DATABASE_SCHEMA, dataDir: env.env.DATA_DIR ?? '' };
    let database: Database = await openDatabase(options);
    await migrate(database);
    const reference = await openCase(new CaseStore(database.db), { profile: 'greatwell', receivedAt: monthAgo });
    await database.close();

    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...env.env, QUICK_FIX_SWEEP_MINUTES: minutes });
    const app = await createApp(config, createLogger({ level: 'silent', redactText: (t) => t }));
    await app.listen();
    await app.stop(); // waits for a sweep in progress before closing the database

    database = await openDatabase(options);
    try {
      const row = (await new CaseStore(database.db).findByReference(reference))!;
      expect(caseState(getProfile('greatwell')!, row, new Date()).phase).toBe(escalates ? 'stage1' : 'quick_fix');
    } finally {
      await database.close();
      await env.dispose();
    }
  });

  it('refuses a sweep interval that is not a whole number of minutes, saying what it expects', () => {
    expect(() => loadConfig({ QUICK_FIX_SWEEP_MINUTES: 'often' })).toThrow(/QUICK_FIX_SWEEP_MINUTES: expected a whole number of minutes \(0 switches the sweep off\)/);
  });
});

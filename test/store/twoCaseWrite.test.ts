// The versioned-write gate for two cases at once (a duplicate merged into the case kept), on each
// available PostgreSQL: both written with their audit events, or, when either is stale, neither.
import { CaseStore } from '../../store/caseStore';
import { applyNextStates, StaleVersionError, type CaseWrite } from '../../store/versionedWrite';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { exampleCase } from '../support/fixtures';
import { availableStores, openTestDatabase, type TestDatabase } from '../support/testDatabase';

const NOW = new Date('2026-11-27T10:00:00Z');

describe.each(availableStores)('two cases through the gate on %s', (kind) => {
  let testDb: TestDatabase;
  let store: CaseStore;
  const newCase = async () => {
    const caseData = StructuredCaseSchema.parse(exampleCase('complaint-repair-delay'));
    return (await store.create({ caseData, decision: triage(getProfile(caseData.profile)!, caseData, NOW), actor: 'test' })).stored;
  };
  const write = (row: CaseWrite['row'], version: number, theme: string): CaseWrite => ({
    row,
    version,
    next: { decision: row.decision, lifecycle: { closed: { on: '2026-11-27', stage: 0 } }, closed: true, serviceArea: row.serviceArea, theme },
    event: { actor: 'staff:s1', action: `test.${theme}`, details: {} },
  });

  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    store = new CaseStore(testDb.database.db);
  });
  afterAll(() => testDb.dispose());

  it('writes both at their versions, each with its audit event', async () => {
    const [a, b] = [await newCase(), await newCase()];
    const [x, y] = await applyNextStates(testDb.database.db, [write(a, 1, 'first'), write(b, 1, 'second')], NOW);
    expect([x.version, x.theme, y.version, y.theme]).toEqual([2, 'first', 2, 'second']);
    expect((await store.auditTrail(a.id)).at(-1)?.action).toBe('test.first');
    expect((await store.auditTrail(b.id)).at(-1)?.action).toBe('test.second');
  });

  it.each([
    ['the first', [5, 1]],
    ['the second', [1, 5]],
  ])('writes neither when %s is stale', async (_which, [va, vb]) => {
    const [a, b] = [await newCase(), await newCase()];
    await expect(applyNextStates(testDb.database.db, [write(a, va as number, 'first'), write(b, vb as number, 'second')], NOW)).rejects.toThrow(StaleVersionError);
    for (const row of [a, b]) {
      expect((await store.findById(row.id))?.version).toBe(1);
      expect((await store.auditTrail(row.id)).map((e) => e.action)).not.toContain('test.first');
    }
  });
});

import { CaseStore, IdempotencyConflictError } from '../../store/caseStore';
import { REFERENCE_PATTERN } from '../../store/references';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { exampleCase } from '../support/fixtures';
import { availableStores, openTestDatabase, type TestDatabase } from '../support/testDatabase';

const NOW = new Date('2026-11-27T10:00:00Z');

function newCase(name = 'complaint-repair-delay', overrides = {}) {
  const caseData = StructuredCaseSchema.parse(exampleCase(name, overrides));
  return { caseData, decision: triage(getProfile(caseData.profile)!, caseData, NOW), actor: 'test' };
}

describe.each(availableStores)('case store on %s', (kind) => {
  let testDb: TestDatabase;
  let store: CaseStore;

  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    store = new CaseStore(testDb.database.db);
  });
  afterAll(() => testDb.dispose());

  it('gives each case a readable reference whose prefix says what it became', async () => {
    const complaint = await store.create(newCase());
    const asb = await store.create(newCase('first-asb-report'));
    expect(complaint.stored.reference).toMatch(/^CMP-2026-\d{6}$/);
    expect(asb.stored.reference).toMatch(/^ASB-2026-\d{6}$/);
    expect(complaint.stored.reference).toMatch(REFERENCE_PATTERN);
  });

  it('never allocates the same reference twice, however many cases arrive at once', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => store.create(newCase())));
    const references = results.map((r) => r.stored.reference);
    expect(new Set(references).size).toBe(40);
    const numbers = references.map((r) => Number(r.split('-')[2])).sort((a, b) => a - b);
    // Consecutive: no number is skipped or reused.
    expect(numbers[numbers.length - 1] - numbers[0]).toBe(39);
  });

  it('creates one case per idempotency key, even for concurrent retries', async () => {
    const input = { ...newCase(), idempotencyKey: `k-${kind}-1`, requestBody: { a: 1 } };
    const results = await Promise.all(Array.from({ length: 20 }, () => store.create(input)));
    expect(new Set(results.map((r) => r.stored.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
  });

  it('refuses a different request under a key already used', async () => {
    await store.create({ ...newCase(), idempotencyKey: `k-${kind}-2`, requestBody: { a: 1 } });
    await expect(
      store.create({ ...newCase(), idempotencyKey: `k-${kind}-2`, requestBody: { a: 2 } }),
    ).rejects.toBeInstanceOf(IdempotencyConflictError);
  });

  it('records the decision, the profile version used and a first audit event', async () => {
    const { stored } = await store.create(newCase());
    expect(stored.profileId).toBe('code-2024');
    expect(stored.profileVersion).toBe(stored.decision.profile.version);
    const trail = await store.auditTrail(stored.id);
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'case.created', actor: 'test' });
  });

  describe('the audit trail is append-only, enforced by the database', () => {
    const attempts: Array<[string, string]> = [
      ['UPDATE', "UPDATE audit_events SET actor = 'someone else'"],
      ['DELETE', 'DELETE FROM audit_events'],
      ['TRUNCATE', 'TRUNCATE audit_events CASCADE'],
    ];
    it.each(attempts)('%s is refused', async (_op, statement) => {
      const { stored } = await store.create(newCase());
      await expect(testDb.database.script((run) => run(statement).then(() => undefined))).rejects.toThrow(
        /append-only/,
      );
      expect(await store.auditTrail(stored.id)).toHaveLength(1);
    });
  });
});

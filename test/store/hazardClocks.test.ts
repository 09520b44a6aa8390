import { eq } from 'drizzle-orm';
import { CaseStore } from '../../store/caseStore';
import { hazardClocks } from '../../store/schema';
import { StructuredCaseSchema, type StructuredCaseInput } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { exampleCase } from '../support/fixtures';
import { availableStores, openTestDatabase, type TestDatabase } from '../support/testDatabase';

const NOW = new Date('2026-12-18T17:00:00Z');

function newCase(name: string, overrides: Partial<StructuredCaseInput> = {}) {
  const caseData = StructuredCaseSchema.parse(exampleCase(name, overrides));
  return { caseData, decision: triage(getProfile(caseData.profile)!, caseData, NOW), actor: 'test' };
}

describe.each(availableStores)("Awaab's Law clocks stored with the case on %s (S.I. 2025/1042)", (kind) => {
  let testDb: TestDatabase;
  let store: CaseStore;
  const clocksOf = (caseId: number) => testDb.database.db.select().from(hazardClocks).where(eq(hazardClocks.caseId, caseId));

  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    store = new CaseStore(testDb.database.db);
  });
  afterAll(() => testDb.dispose());

  it('a damp-and-mould service request stores its clock with the case, open, from awareness', async () => {
    const { stored } = await store.create(newCase('damp-and-mould-repair'));
    expect(stored.outcome).toBe('service_request');
    const rows = await clocksOf(stored.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      hazard: 'damp_mould',
      category: 'significant',
      awareAt: new Date('2026-12-18T16:45:00Z'),
      deadlines: { investigateBy: '2027-01-06' },
      status: 'open',
      investigationConcludedOn: null,
    });
  });

  it('an emergency stores its 24-hour clock', async () => {
    const { stored } = await store.create(newCase('gas-smell-emergency'));
    const [row] = await clocksOf(stored.id);
    expect(row).toMatchObject({ hazard: 'gas', category: 'emergency', deadlines: { makeSafeBy: '2026-10-25T20:30:00+00:00' } });
  });

  it('a case with no hazard, or only an out-of-scope one, stores no clock', async () => {
    const plain = await store.create(newCase('complaint-repair-delay'));
    const leaseholder = await store.create(newCase('damp-and-mould-repair', { tenure: 'long_leaseholder' }));
    expect(await clocksOf(plain.stored.id)).toEqual([]);
    expect(await clocksOf(leaseholder.stored.id)).toEqual([]);
  });

  it('a retry under the same idempotency key does not start a second clock', async () => {
    const input = { ...newCase('damp-and-mould-repair'), idempotencyKey: `hz-${kind}`, requestBody: { a: 1 } };
    const results = await Promise.all(Array.from({ length: 5 }, () => store.create(input)));
    expect(new Set(results.map((r) => r.stored.id)).size).toBe(1);
    expect(await clocksOf(results[0].stored.id)).toHaveLength(1);
  });
});

// The attachment store's contract on each available PostgreSQL: the bytes come back exactly,
// listed newest first without their contents, only under their own case, each filing audited with
// its digest and never its contents, in the same transaction.
import { createHash } from 'node:crypto';
import { PostgresAttachmentStore } from '../../store/attachmentStore';
import { CaseStore } from '../../store/caseStore';
import { StructuredCaseSchema } from '../../triage/caseSchema';
import { getProfile } from '../../triage/profiles';
import { triage } from '../../triage/triage';
import { exampleCase } from '../support/fixtures';
import { availableStores, openTestDatabase, type TestDatabase } from '../support/testDatabase';

const NOW = new Date('2026-11-27T10:00:00Z');

describe.each(availableStores)('attachment store on %s', (kind) => {
  let testDb: TestDatabase;
  let cases: CaseStore;
  let store: PostgresAttachmentStore;
  const newCase = async () => {
    const caseData = StructuredCaseSchema.parse(exampleCase('complaint-repair-delay'));
    return (await cases.create({ caseData, decision: triage(getProfile(caseData.profile)!, caseData, NOW), actor: 'test' })).stored;
  };
  const file = (caseId: number, content: Buffer, fileName = 'a.pdf') => ({ caseId, author: 'staff:s1', authorName: 'Sam', fileName, mediaType: 'application/pdf', content });

  beforeAll(async () => {
    testDb = await openTestDatabase(kind);
    cases = new CaseStore(testDb.database.db);
    store = new PostgresAttachmentStore(testDb.database.db);
  });
  afterAll(() => testDb.dispose());

  it('gives back every byte (all 256 values) as it was put, with its size and SHA-256', async () => {
    const { id: caseId } = await newCase();
    const content = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
    const put = await store.put(file(caseId, content), NOW);
    expect(put).toMatchObject({ caseId, sizeBytes: 512, sha256: createHash('sha256').update(content).digest('hex'), at: NOW });
    const got = await store.get(caseId, put.id);
    expect(Buffer.isBuffer(got?.content)).toBe(true);
    expect(got?.content.equals(content)).toBe(true);
  });

  it('lists a case\'s files newest first, without contents, and never another case\'s', async () => {
    const one = await newCase();
    const other = await newCase();
    const first = await store.put(file(one.id, Buffer.from('1'), 'first.pdf'), NOW);
    await store.put(file(one.id, Buffer.from('2'), 'second.pdf'), NOW);
    await store.put(file(other.id, Buffer.from('3'), 'elsewhere.pdf'), NOW);
    const listed = await store.list(one.id);
    expect(listed.map((a) => a.fileName)).toEqual(['second.pdf', 'first.pdf']);
    expect(listed[0]).not.toHaveProperty('content');
    expect(await store.get(other.id, first.id)).toBeUndefined();
  });

  it('audits each filing on its case with name, kind, size and digest, never the contents', async () => {
    const { id: caseId } = await newCase();
    const put = await store.put(file(caseId, Buffer.from('secret words'), 'letter.pdf'), NOW);
    const trail = await cases.auditTrail(caseId);
    expect(trail.at(-1)).toMatchObject({ actor: 'staff:s1', action: 'case.attachment_added', details: { attachment: put.id, fileName: 'letter.pdf', sizeBytes: 12, sha256: put.sha256, by: 'Sam' } });
    expect(JSON.stringify(trail)).not.toContain('secret words');
  });

  it('keeps neither the file nor its audit event when either cannot be written', async () => {
    const { id: caseId } = await newCase();
    await expect(store.put(file(caseId, Buffer.from('x'), ''), NOW)).rejects.toThrow();
    expect(await store.list(caseId)).toEqual([]);
    expect((await cases.auditTrail(caseId)).filter((e) => e.action === 'case.attachment_added')).toEqual([]);
  });
});

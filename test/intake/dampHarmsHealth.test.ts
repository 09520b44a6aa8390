// A forwarded message about damp or mould with a baby opens its case through the same case-opening
// service as the chat (cases/openCase.ts), so it is marked for a person the same way, outcome
// unchanged. The tenants' words are outside writers' (test/understanding/fixtures/unseen-messages.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { cases } from '../../store/schema';
import { startTestApp, type TestApp } from '../support/testApp';
import { intakeEnv, message, signedPost } from './signedPost';

const UNSEEN: Array<{ id: string; text: string }> = JSON.parse(readFileSync(join(__dirname, '../understanding/fixtures/unseen-messages.json'), 'utf8'));
const unseen = (id: string) => UNSEEN.find((m) => m.id === id)!.text;

describe('a forwarded message about damp or mould', () => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => {
    t = await startTestApp(intakeEnv());
    url = `${t.baseUrl}/api/intake/messages`;
  });
  afterAll(() => t.stop());

  it.each([
    ['with a baby', true, 'i12-negation-06'],
    ['with asthma', true, 'i12-negation-07'],
    ['"we have never had mould"', false, 'i12-negation-01'],
  ])('%s: marked for review %s (%s), the outcome as triage routes it', async (_what, marked, id) => {
    const res = await signedPost(url, message({ channel: 'email', author: { email: 'sam@example.org', displayName: 'Sam Jones' }, text: unseen(id) }), 'email');
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.case.decision.review.required).toBe(marked);
    expect(body.case.decision.review.because.includes('damp_harms_health')).toBe(marked);
    expect(body.case.decision.outcome).not.toBe('needs_review');
    const [row] = await t.app.context.database.db.select().from(cases).where(eq(cases.reference, body.case.reference));
    expect(row.decision.review.required).toBe(marked);
  });
});

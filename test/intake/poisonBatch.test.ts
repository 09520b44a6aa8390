// A batch with one item the database could not store ([valid, NUL, valid]) answers each item on its
// own: the valid ones saved, the bad one a 400 naming the field, and resending the batch is safe.
import { startTestApp, type TestApp } from '../support/testApp';
import { intakeEnv, message, signedPost } from './signedPost';

describe('a poison batch', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(intakeEnv());
  });
  afterAll(() => t.stop());

  it.each([
    ['NUL in text', { text: 'The lift is broken\u0000 again and I want to complain about it.' }, 'text'],
    ['a lone surrogate in author.handle', { author: { handle: '@sam\uDC00' } }, 'author.handle'],
  ])('with %s: one result per item, the bad one a 400 naming the field, resending safe', async (_what, poison, path) => {
    const messages = [message(), message(poison), message()];
    const send = async () => {
      const res = await signedPost(`${t.baseUrl}/api/intake/messages:batch`, { channel: 'facebook', messages }, 'facebook');
      expect(res.status).toBe(200);
      return (await res.json()).results as Array<{ index: number; status: number; result?: { intakeId: string }; error?: { issues: { path: string }[] } }>;
    };
    const first = await send();
    expect(first.map((r) => r.status)).toEqual([201, 400, 201]);
    expect(first[1].error?.issues.map((i) => i.path)).toContain(path);
    const again = await send();
    expect(again.map((r) => r.status)).toEqual([200, 400, 200]);
    expect(again[0].result?.intakeId).toBe(first[0].result?.intakeId);
    expect(again[2].result?.intakeId).toBe(first[2].result?.intakeId);
  });
});

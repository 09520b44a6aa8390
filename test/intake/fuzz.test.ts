// Whatever a channel sends, signed or not, the answer is never a 5xx (bad input → 4xx).
import fc from 'fast-check';
import { INTAKE_CHANNELS } from '../../triage/vocabulary';
import { startTestApp, type TestApp } from '../support/testApp';
import { intakeEnv, signedPost } from './signedPost';

describe('fuzzing the intake body', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(intakeEnv({ INTAKE_RATE_PER_MINUTE: '1000000' }));
  });
  afterAll(() => t.stop());

  const nearlyAMessage = fc.record(
    {
      channel: fc.oneof(fc.constantFrom(...INTAKE_CHANNELS, 'facebook'), fc.string()),
      messageId: fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.integer()),
      receivedAt: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()),
      author: fc.oneof(fc.record({ handle: fc.string(), email: fc.string(), phone: fc.string() }, { requiredKeys: [] }), fc.jsonValue()),
      text: fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.jsonValue()),
      threadId: fc.string(),
      attachments: fc.oneof(fc.array(fc.record({ contentType: fc.string(), sizeBytes: fc.integer() })), fc.jsonValue()),
      profile: fc.constantFrom('code-2024', 'whg', 'acme'),
    },
    { requiredKeys: [] },
  );

  it('a signed body of any shape is answered below 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nearlyAMessage, fc.jsonValue()), async (body) => {
        const res = await signedPost(`${t.baseUrl}/api/intake/messages`, body, 'facebook');
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });

  it('a batch of anything, and raw bytes with any headers, are answered below 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(nearlyAMessage, fc.jsonValue()), { maxLength: 5 }), async (messages) => {
        const res = await signedPost(`${t.baseUrl}/api/intake/messages:batch`, { channel: 'facebook', messages }, 'facebook');
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 50 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.constantFrom('application/json', 'text/plain', ''), fc.string(), async (raw, type, signature) => {
        const res = await fetch(`${t.baseUrl}/api/intake/messages`, {
          method: 'POST',
          headers: { ...(type ? { 'content-type': type } : {}), 'x-intake-timestamp': String(Math.floor(Date.now() / 1000)), 'x-intake-signature': signature.replace(/[^\x20-\x7e]/g, '') },
          body: raw,
        });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});

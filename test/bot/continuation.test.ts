// The private reply to a forwarded message carries a one-time link; the web chat opened from it
// sends the token as an event, and the conversation picks up that message (Greatwell 2.3).
import { intakeEnv, message, signedPost } from '../intake/signedPost';
import { startCaptureConnector, messageActivity, type CaptureConnector } from '../support/captureConnector';
import { replyText } from '../support/intakeHarness';
import { startTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
let connector: CaptureConnector;
beforeAll(async () => {
  app = await startTestApp(intakeEnv());
  connector = await startCaptureConnector();
});
afterAll(async () => {
  await app.stop();
  await connector.close();
});

async function sendToBot(conversationId: string, activity: Record<string, unknown>): Promise<string> {
  const before = connector.received.length;
  const res = await fetch(`${app.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...messageActivity(connector.serviceUrl, conversationId, '', { channelId: 'webchat' }), ...activity }),
  });
  expect(res.status).toBe(200);
  return connector.received.slice(before).map((r) => replyText(r.activity)).join('\n');
}

const continueEvent = (token: string) => ({ type: 'event', name: 'intake/continue', value: { token }, text: undefined });

it('a forwarded message held for details is picked up by the web chat, once', async () => {
  const forwarded = message({ text: 'I am writing on behalf of my dad about his flat, can someone help him please' });
  const res = await signedPost(`${app.baseUrl}/api/intake/messages`, forwarded, 'facebook');
  const body = await res.json();
  expect(body.case ?? null).toBeNull(); // held: someone writing for another person
  const token = new URL(body.reply.continueUrl).searchParams.get('continue') as string;

  const picked = await sendToBot('continue-1', continueEvent(token));
  expect(picked).toMatch(/This is what you sent us/);
  expect(picked).toMatch(/writing on behalf of my dad/);
  expect(picked).toMatch(/Is that right\?|Which of these|Please tell us/);

  const again = await sendToBot('continue-2', continueEvent(token));
  expect(again).toMatch(/already been used or has expired/);
});

it('a link for a message that already has a case gives its reference', async () => {
  const res = await signedPost(`${app.baseUrl}/api/intake/messages`, message(), 'facebook');
  const body = await res.json();
  expect(body.case.reference).toMatch(/^CMP-/);
  const token = new URL(body.reply.continueUrl).searchParams.get('continue') as string;
  const reply = await sendToBot('continue-3', continueEvent(token));
  expect(reply).toContain(`your reference is ${body.case.reference}`);
});

it('a made-up token is refused politely', async () => {
  expect(await sendToBot('continue-4', continueEvent('not-a-real-token-at-all-123456'))).toMatch(/already been used or has expired/);
});

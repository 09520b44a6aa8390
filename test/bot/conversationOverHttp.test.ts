// A whole complaint through POST /api/messages, with the replies delivered to a loopback Bot
// Framework connector — as Web Chat's channel and as Teams, answering Adaptive Cards by submit.
import { startCaptureConnector, messageActivity, type CaptureConnector } from '../support/captureConnector';
import { replyText } from '../support/intakeHarness';
import { answerFor, COMPLAINANT } from '../support/tenantPersona';
import { startTestApp, type TestApp } from '../support/testApp';

let app: TestApp;
let connector: CaptureConnector;
beforeAll(async () => {
  app = await startTestApp();
  connector = await startCaptureConnector();
});
afterAll(async () => {
  await app.stop();
  await connector.close();
});

async function converse(channelId: string, conversationId: string, answerAsCardSubmit: boolean): Promise<string[]> {
  const seen: string[] = [];
  let message: Record<string, unknown> = { text: COMPLAINANT.opening };
  for (let turn = 0; turn < 40; turn += 1) {
    const before = connector.received.length;
    const res = await fetch(`${app.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...messageActivity(connector.serviceUrl, conversationId, '', { channelId }), ...message }),
    });
    expect(res.status).toBe(200);
    const replies = connector.received.slice(before).filter((r) => r.conversationId === conversationId);
    const text = replies.map((r) => replyText(r.activity)).join('\n');
    seen.push(text);
    if (COMPLAINANT.done.test(text)) return seen;
    const answer = answerFor(COMPLAINANT, text);
    if (!answer) throw new Error(`no answer for:\n${text}`);
    const isCard = replies.some((r) => r.activity.attachments?.length);
    message = answerAsCardSubmit && isCard ? { text: undefined, value: { choice: answer } } : { text: answer };
  }
  throw new Error(`the conversation did not finish:\n${seen.join('\n---\n')}`);
}

it('a tenant makes a formal complaint in Web Chat and gets a reference and the response date', async () => {
  const seen = await converse('webchat', 'http-webchat-1', false);
  const last = seen.at(-1)!;
  expect(last).toMatch(/logged it as a complaint/);
  expect(last).toMatch(/full response by \w+day \d+ \w+ \d{4}/);
});

it('the same complaint in Teams, answering the Adaptive Cards by submit', async () => {
  const seen = await converse('msteams', 'http-teams-1', true);
  expect(seen.some((t) => t.includes('"type":"AdaptiveCard"'))).toBe(true);
  expect(seen.at(-1)).toMatch(/Your reference is CMP-/);
});

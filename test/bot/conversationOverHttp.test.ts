// A whole complaint through POST /api/messages, with the replies delivered to a loopback Bot
// Framework connector — as Web Chat's channel and as Teams, answering Adaptive Cards by submit.
import { startCaptureConnector, type CaptureConnector } from '../support/captureConnector';
import { converseOverHttp } from '../support/httpConversation';
import { COMPLAINANT } from '../support/tenantPersona';
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

const converse = (channelId: string, conversationId: string, answerCardsBySubmit: boolean) =>
  converseOverHttp({ baseUrl: app.baseUrl, connector, conversationId, channelId, persona: COMPLAINANT, answerCardsBySubmit });

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

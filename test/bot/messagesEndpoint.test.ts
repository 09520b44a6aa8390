// End to end over real HTTP: the bot's replies reach a Bot Framework connector on 127.0.0.1.
import { startCaptureConnector, messageActivity, type CaptureConnector } from '../support/captureConnector';
import { configuredStore, testStoreEnv } from '../support/testDatabase';
import { startServerProcess, type ServerProcess } from '../support/serverProcess';

const post = (baseUrl: string, body: object, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe(`POST /api/messages (${configuredStore})`, () => {
  let connector: CaptureConnector;
  let server: ServerProcess;
  const store = testStoreEnv(configuredStore);

  beforeAll(async () => {
    connector = await startCaptureConnector();
    server = await startServerProcess(store.env);
  });
  afterAll(async () => {
    await server?.stop();
    await connector.close();
    await store.dispose();
  });

  it('answers the liveness and readiness probes', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: configuredStore });
  });

  it("sends the bot's replies to /v3/conversations/{id}/activities/{replyToId}", async () => {
    const activity = messageActivity(connector.serviceUrl, 'conv-e2e', 'hello');
    const res = await post(server.baseUrl, activity);
    expect(res.status).toBe(200);
    const [welcome, question] = await connector.waitFor(2);
    expect(welcome.path).toBe(`/v3/conversations/conv-e2e/activities/${activity.id}`);
    expect(welcome.activity).toMatchObject({ type: 'message', replyToId: activity.id });
    expect(welcome.activity.text).toMatch(/A person is always available/);
    expect(question.activity.text).toBe('Tell us what has happened, in your own words.');
    // No app id configured: anonymous, so no Authorization header is sent to the connector.
    expect(welcome.authorization).toBeUndefined();
  });

  it('two turns of one conversation sent at once run one after the other, not interleaved', async () => {
    // The held connector keeps the first turn mid-way (its first reply unanswered) until released.
    const held = await startCaptureConnector({ held: true });
    try {
      const first = messageActivity(held.serviceUrl, 'conv-race', 'hello');
      const second = messageActivity(held.serviceUrl, 'conv-race', 'My boiler has been broken for a week');
      const firstSent = post(server.baseUrl, first);
      await held.waitFor(1);
      const secondSent = post(server.baseUrl, second);
      await new Promise((r) => setTimeout(r, 1_500));
      expect(held.received.map((a) => a.replyToId)).not.toContain(second.id);

      held.release();
      expect((await Promise.all([firstSent, secondSent])).map((r) => r.status)).toEqual([200, 200]);
      const order = held.received.map((a) => a.replyToId);
      expect(order.lastIndexOf(first.id)).toBeLessThan(order.indexOf(second.id));
    } finally {
      held.release();
      await held.close();
    }
  });
});

describe('POST /api/messages with a MicrosoftAppId configured', () => {
  let server: ServerProcess;
  const store = testStoreEnv('pglite');

  beforeAll(async () => {
    server = await startServerProcess({
      ...store.env,
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-a-real-secret',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await store.dispose();
  });

  it('refuses an unauthenticated request with 401', async () => {
    const res = await post(server.baseUrl, messageActivity('http://127.0.0.1:9', 'conv-auth', 'hello'));
    expect(res.status).toBe(401);
  });

  it('refuses a request with a forged bearer token with 401', async () => {
    const res = await post(server.baseUrl, messageActivity('http://127.0.0.1:9', 'conv-auth', 'hello'), {
      authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
    });
    expect(res.status).toBe(401);
  });
});

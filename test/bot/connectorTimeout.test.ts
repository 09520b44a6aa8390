// A Bot Framework connector that takes the connection and never answers cannot hold the request:
// after CONNECTOR_TIMEOUT_MS /api/messages answers 202 and the turn carries on.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../support/testApp';

describe('a connector that never answers', () => {
  let silent: Server;
  let silentUrl: string;
  let t: TestApp;
  const lines: string[] = [];
  const held: Array<{ destroy(): void }> = [];
  beforeAll(async () => {
    silent = createServer((req) => held.push(req.socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    t = await startTestApp({ CONNECTOR_TIMEOUT_MS: '500' }, undefined, undefined, lines);
  });
  afterAll(async () => {
    await t.stop();
    held.forEach((socket) => socket.destroy());
    await new Promise((resolve) => silent.close(resolve));
  });

  it('does not hold the request: /api/messages answers 202 while the reply waits on the connector', async () => {
    const res = await fetch(`${t.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: 'a-timeout',
        channelId: 'emulator',
        serviceUrl: silentUrl,
        from: { id: 'tenant' },
        recipient: { id: 'bot' },
        conversation: { id: 'conv-timeout' },
        text: 'hello',
      }),
    });
    expect(res.status).toBe(202);
    expect(held.length).toBeGreaterThan(0);
    expect(lines.some((line) => line.includes('turn still waiting on the connector'))).toBe(true);
  });
});

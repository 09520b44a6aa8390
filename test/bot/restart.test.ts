// A restart never loses a half-finished conversation: state written by one server process is
// read back by a new one, on the same data folder (PGlite) or the same server (PostgreSQL).
import { startCaptureConnector, messageActivity } from '../support/captureConnector';
import { availableStores, testStoreEnv } from '../support/testDatabase';
import { startServerProcess } from '../support/serverProcess';

describe.each(availableStores)('restart on %s', (kind) => {
  it('a new process continues the conversation where the old one stopped', async () => {
    const connector = await startCaptureConnector();
    const store = testStoreEnv(kind);
    try {
      const send = (baseUrl: string, text: string) =>
        fetch(`${baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(messageActivity(connector.serviceUrl, 'conv-restart', text)),
        });

      const first = await startServerProcess(store.env);
      await send(first.baseUrl, 'hello');
      await send(first.baseUrl, 'There is a crack in my bathroom window');
      // Each POST answers once the bot's replies were sent, so these are all of them so far.
      const before = connector.received.length;
      expect(connector.received[1].activity.text).toMatch(/Tell us what has happened/);
      // SIGTERM is a graceful stop: exit code 0.
      expect(await first.stop('SIGTERM')).toBe(0);

      const second = await startServerProcess(store.env);
      await send(second.baseUrl, 'No, something else');
      const after = await connector.waitFor(before + 1);
      expect(await second.stop('SIGINT')).toBe(0);
      // The same journey carries on: asked which category, not welcomed again.
      expect(after.slice(before).map((r) => r.activity.text).join('\n')).toMatch(/^Thanks\. Which of these is closest/);
    } finally {
      await connector.close();
      await store.dispose();
    }
  });
});

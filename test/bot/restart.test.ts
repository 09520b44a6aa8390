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
      await send(first.baseUrl, 'one');
      await send(first.baseUrl, 'two');
      await connector.waitFor(2);
      // SIGTERM is a graceful stop: exit code 0.
      expect(await first.stop('SIGTERM')).toBe(0);

      const second = await startServerProcess(store.env);
      await send(second.baseUrl, 'three');
      const replies = await connector.waitFor(3);
      expect(await second.stop('SIGINT')).toBe(0);
      expect(replies[2].activity.text).toContain('(message 3)');
    } finally {
      await connector.close();
      await store.dispose();
    }
  });
});

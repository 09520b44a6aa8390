// A host that runs the package's start script (App Service, a container whose command is
// `npm start`) stops it by signalling npm. The signal must reach the server, so in-flight requests
// finish and the store is closed: a stop through npm is as graceful as one sent to the server.
import { startServerProcess } from '../support/serverProcess';
import { testStoreEnv } from '../support/testDatabase';

describe('npm start', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('passes %s to the server, which shuts down gracefully and stops answering', async (signal) => {
    const store = testStoreEnv('pglite');
    try {
      const server = await startServerProcess(store.env, 120_000, { viaNpm: true });
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
      expect(await server.stop(signal)).toBe(0);
      expect(server.output()).toMatch(new RegExp(`"signal":"${signal}","msg":"shutting down"[\\s\\S]*"msg":"stopped"`));
      await expect(fetch(`${server.baseUrl}/healthz`)).rejects.toThrow();
    } finally {
      await store.dispose();
    }
  });
});

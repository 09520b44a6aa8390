// The product in this process, on a free port, with a fresh store and silent logs.
import { Writable } from 'node:stream';
import { createApp, type App } from '../../server/app';
import { loadConfig } from '../../config/config';
import { createLogger } from '../../server/logger';
import { redact } from '../../understanding';
import { configuredStore, testStoreEnv, type StoreKind } from './testDatabase';

type TestStoreEnv = ReturnType<typeof testStoreEnv>;

export interface TestApp {
  app: App;
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * `shared`: a store the caller made with testStoreEnv and disposes itself, so a second app can
 * start on the same data after the first stopped (a restart); by default each app has its own.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  kind: StoreKind = configuredStore,
  shared?: TestStoreEnv,
  /** When given, every log line (level info and up) is pushed here instead of being dropped. */
  logLines?: string[],
): Promise<TestApp> {
  const store = shared ?? testStoreEnv(kind);
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...store.env, ...env });
  const destination = logLines
    ? new Writable({
        write(chunk, _encoding, done) {
          logLines.push(String(chunk));
          done();
        },
      })
    : undefined;
  const logger = createLogger({ level: logLines ? 'info' : 'silent', redactText: (text) => redact(text), destination });
  const app = await createApp(config, logger);
  const port = await app.listen();
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await app.stop();
      if (!shared) await store.dispose();
    },
  };
}

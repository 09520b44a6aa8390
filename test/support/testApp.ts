// The product in this process, on a free port, with a fresh store and silent logs.
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
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
): Promise<TestApp> {
  const store = shared ?? testStoreEnv(kind);
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...store.env, ...env });
  const app = await createApp(config, createLogger({ level: 'silent', redactText: (text) => redact(text) }));
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

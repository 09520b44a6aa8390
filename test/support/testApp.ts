// The product in this process, on a free port, with a fresh store and silent logs.
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { redact } from '../../understanding';
import { configuredStore, testStoreEnv, type StoreKind } from './testDatabase';

export interface TestApp {
  app: App;
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}, kind: StoreKind = configuredStore): Promise<TestApp> {
  const store = testStoreEnv(kind);
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...store.env, ...env });
  const app = await createApp(config, createLogger({ level: 'silent', redactText: (text) => redact(text) }));
  const port = await app.listen();
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      await app.stop();
      await store.dispose();
    },
  };
}

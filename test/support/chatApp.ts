// The product on a free port for whole-journey specs: a loopback Bot Framework connector for the
// chat, a service token to read back through the triage API the cases any channel opened, and an
// emergency repairs number for the danger advice.
import { startCaptureConnector, type CaptureConnector } from './captureConnector';
import { startTestApp, type TestApp } from './testApp';

export const SERVICE_TOKEN = 'test-token-0123456789-abcdefghij';
export const EMERGENCY_REPAIRS = '0800 123 4567';

export interface ChatApp {
  readonly baseUrl: string;
  readonly connector: CaptureConnector;
  /** GET /api/cases/{reference}: the case, its decision and its audit trail. */
  caseView(reference: string): Promise<any>;
}

/** Starts the app and connector before the file's specs and stops them after. */
export function useChatApp(env: Record<string, string> = {}): ChatApp {
  let app: TestApp;
  let connector: CaptureConnector;
  beforeAll(async () => {
    app = await startTestApp({ TRIAGE_API_TOKEN: SERVICE_TOKEN, LANDLORD_EMERGENCY_PHONE: EMERGENCY_REPAIRS, ...env });
    connector = await startCaptureConnector();
  });
  afterAll(async () => {
    await app.stop();
    await connector.close();
  });
  return {
    get baseUrl() {
      return app.baseUrl;
    },
    get connector() {
      return connector;
    },
    caseView: async (reference) =>
      (await fetch(`${app.baseUrl}/api/cases/${reference}`, { headers: { authorization: `Bearer ${SERVICE_TOKEN}` } })).json(),
  };
}

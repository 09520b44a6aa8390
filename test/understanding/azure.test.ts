import { createUnderstanding, UnderstandingSchema } from '../../understanding';
import { startFakeAzureLanguage, type FakeAzureLanguage } from '../support/fakeAzureLanguage';

const NOW = new Date('2026-11-20T12:00:00Z');
const TEXT = 'Jean Hughes here. My boiler has been broken since last March, call 07700 900123';

describe('Azure AI Language path, against a loopback server speaking the analyze-text REST API', () => {
  let fake: FakeAzureLanguage;
  let warnings: Array<[object, string]>;
  const logger = { warn: (details: object, message: string) => void warnings.push([details, message]) };

  beforeEach(async () => {
    warnings = [];
    fake = await startFakeAzureLanguage({
      sentiment: 'negative',
      pii: [{ text: 'Jean Hughes', category: 'Person' }],
      dateTimes: ['last March'],
      classification: { category: 'complaint', confidenceScore: 0.93 },
    });
  });
  afterEach(() => fake.close());

  const azureOptions = () => ({ endpoint: fake.endpoint, key: fake.key, maxRetries: 0, timeoutMs: 3000 });

  it('sends the key and api-version the real service expects, with a GB country hint and opinion mining', async () => {
    await createUnderstanding({ azure: azureOptions(), logger }).understand(TEXT, { now: NOW });
    const kinds = fake.requests.map((r) => (r.body as { kind?: string }).kind);
    expect(kinds).toEqual(expect.arrayContaining(['LanguageDetection', 'SentimentAnalysis', 'PiiEntityRecognition', 'EntityRecognition']));
    for (const r of fake.requests) expect(r).toMatchObject({ method: 'POST', path: '/language/:analyze-text', apiVersion: '2023-04-01', key: fake.key });
    const byKind = (k: string) => fake.requests.find((r) => (r.body as { kind: string }).kind === k)!.body as Record<string, any>;
    expect(byKind('LanguageDetection').analysisInput.documents[0].countryHint).toBe('gb');
    expect(byKind('SentimentAnalysis').parameters.opinionMining).toBe(true);
  });

  it('uses Azure sentiment, language and PII redaction, keeps our own signals, and resolves dates locally', async () => {
    const u = await createUnderstanding({ azure: azureOptions(), logger }).understand(TEXT, { now: NOW, knownPii: ['Jean Hughes'] });
    UnderstandingSchema.parse(u);
    expect(u.source).toBe('azure');
    expect(u.sentiment).toMatchObject({ label: 'negative', unhappy: true });
    expect(u.redactedText).not.toContain('Jean Hughes');
    expect(u.redactedText).not.toContain('07700 900123');
    expect(u.dates[0]).toMatchObject({ text: 'since last March', ongoing: true });
    expect(u.dates[0].date.slice(0, 10)).toBe('2026-03-01');
    expect(u.hazards.map((h) => h.hazard)).toContain('heating');
    expect(warnings).toEqual([]);
  });

  it('takes the category from the custom single-label classification project when configured', async () => {
    const u = await createUnderstanding({
      azure: { ...azureOptions(), classificationProject: 'complaints', classificationDeployment: 'production' },
      logger,
    }).understand('my boiler is broken', { now: NOW });
    expect(u).toMatchObject({ category: 'complaint', confidence: 0.93, source: 'azure' });
    expect(u.runnerUp.category).not.toBe('complaint');
    const job = fake.requests.find((r) => r.path === '/language/analyze-text/jobs')!.body as Record<string, any>;
    expect(job.tasks[0]).toMatchObject({ kind: 'CustomSingleLabelClassification', parameters: { projectName: 'complaints', deploymentName: 'production' } });
  });

  it('falls back to the embedded model on a 500, logs it redacted, and never throws', async () => {
    fake.script = { ...fake.script, failWith: 500 };
    const u = await createUnderstanding({ azure: azureOptions(), logger }).understand(TEXT, { now: NOW });
    expect(u.source).toBe('embedded');
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings[0])).not.toContain('07700 900123');
  });

  it('falls back to the embedded model when Azure is slower than the timeout', async () => {
    fake.script = { ...fake.script, delayMs: 2000 };
    const started = Date.now();
    const u = await createUnderstanding({ azure: { ...azureOptions(), timeoutMs: 200 }, logger }).understand(TEXT, { now: NOW });
    expect(u.source).toBe('embedded');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(warnings[0][1]).toMatch(/embedded/);
  });

  it('falls back when the key is refused', async () => {
    const u = await createUnderstanding({ azure: { ...azureOptions(), key: 'wrong' }, logger }).understand(TEXT, { now: NOW });
    expect(u.source).toBe('embedded');
    expect(warnings).toHaveLength(1);
  });
});

// Whole conversations over HTTP at 50 at once: the intake bot (dialogs, understanding, triage,
// state in PostgreSQL when DATABASE_URL is set, else PGlite) against a bare botbuilder echo bot
// with in-memory state, measured in the same run. Reported as ratios: the machines are shared.
// Beside them two floors, the same echo bot with its state in the intake bot's store, and that
// with the embedded understanding of each message as well: the least a bot that any replica can
// answer, and that reads what it is told, does before dialogs, triage or a transcript.
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type Storage } from 'botbuilder';
import restify from 'restify';
import { messageActivity, startCaptureConnector, type CaptureConnector } from '../test/support/captureConnector';
import { converseOverHttp } from '../test/support/httpConversation';
import { COMPLAINANT } from '../test/support/tenantPersona';
import { startTestApp } from '../test/support/testApp';
import { PostgresBotStorage } from '../store/botStorage';
import { corpusTexts } from './corpusTexts';

const CONCURRENT = 50;

interface Run {
  turns: number;
  seconds: number;
  latencies: number[];
  /** CPU this process used, in ms: the bot, the connector and the bench's client. */
  cpuMs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function measure(work: (onTurn: (ms: number) => void) => Promise<void>[]): Promise<Run> {
  const latencies: number[] = [];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(work((ms) => latencies.push(ms)));
  const cpu = process.cpuUsage(cpuBefore);
  return { turns: latencies.length, seconds: (performance.now() - started) / 1000, latencies: latencies.sort((a, b) => a - b), cpuMs: (cpu.user + cpu.system) / 1000 };
}

interface EchoOptions {
  storage?: Storage;
  understand?: (text: string) => Promise<unknown>;
}

async function startEchoBot({ storage = new MemoryStorage(), understand }: EchoOptions = {}): Promise<{ baseUrl: string; close(): void }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const state = new ConversationState(storage);
  const count = state.createProperty<number>('count');
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    await count.set(context, (await count.get(context, 0)) + 1);
    if (understand) await understand(context.activity.text);
    await context.sendActivity(`You said: ${context.activity.text}`);
    await state.saveChanges(context);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Each turn says one of the corpus's messages, a different one every turn of the run. */
async function echoConversation(baseUrl: string, connector: CaptureConnector, id: string, texts: readonly string[], onTurn: (ms: number) => void) {
  for (const text of texts) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(connector.serviceUrl, id, text, { channelId: 'webchat' })),
    });
    if (res.status !== 200) throw new Error(`echo bot answered ${res.status}`);
    onTurn(performance.now() - started);
  }
}

function report(name: string, run: Run): void {
  console.log(
    `${name.padEnd(34)} ${(run.turns / run.seconds).toFixed(1).padStart(7)} turns/s   p50 ${percentile(run.latencies, 50).toFixed(1)} ms   p99 ${percentile(run.latencies, 99).toFixed(1)} ms   CPU ${(run.cpuMs / run.turns).toFixed(2)} ms a turn   (${run.turns} turns)`,
  );
}

export default async function conversationBench(): Promise<void> {
  const connector = await startCaptureConnector();
  const app = await startTestApp({ LOG_LEVEL: 'silent' });
  const echo = await startEchoBot();
  const { understanding, database } = app.app.context;
  const stored = await startEchoBot({ storage: new PostgresBotStorage(database.db) });
  const reading = await startEchoBot({ storage: new PostgresBotStorage(database.db), understand: (text) => understanding.understand(text, { now: new Date() }) });
  const texts = corpusTexts();
  try {
    const store = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (set DATABASE_URL for PostgreSQL)';
    const intake = await measure((onTurn) =>
      Array.from({ length: CONCURRENT }, (_, i) =>
        converseOverHttp({ baseUrl: app.baseUrl, connector, conversationId: `bench-${i}`, channelId: 'webchat', persona: COMPLAINANT, onTurn }).then(() => undefined),
      ),
    );
    const turnsEach = Math.round(intake.turns / CONCURRENT);
    let used = 0;
    const echoRun = (bot: { baseUrl: string }, name: string) =>
      measure((onTurn) =>
        Array.from({ length: CONCURRENT }, (_, i) => {
          const said = Array.from({ length: turnsEach }, () => texts[used++ % texts.length]);
          return echoConversation(bot.baseUrl, connector, `${name}-${i}`, said, onTurn);
        }),
      );
    const baseline = await echoRun(echo, 'echo');
    const floors = { 'echo bot, state in the store': await echoRun(stored, 'stored'), '... and understanding each message': await echoRun(reading, 'reading') };
    console.log(`${CONCURRENT} concurrent conversations, ${turnsEach} turns each; intake state in ${store}`);
    report('intake bot (whole complaint)', intake);
    report('bare echo bot, in-memory state', baseline);
    for (const [name, run] of Object.entries(floors)) report(name, run);
    const ratio = (a: number, b: number) => (a / b).toFixed(3);
    for (const [name, run] of Object.entries({ 'intake/echo': intake, ...floors })) {
      console.log(
        `ratio ${name}: throughput ${ratio(run.turns / run.seconds, baseline.turns / baseline.seconds)}x, ` +
          `p50 latency ${ratio(percentile(run.latencies, 50), percentile(baseline.latencies, 50))}x, ` +
          `p99 latency ${ratio(percentile(run.latencies, 99), percentile(baseline.latencies, 99))}x, ` +
          `CPU a turn ${ratio(run.cpuMs / run.turns, baseline.cpuMs / baseline.turns)}x`,
      );
    }
  } finally {
    echo.close();
    stored.close();
    reading.close();
    await app.stop();
    await connector.close();
  }
}

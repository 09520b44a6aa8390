// Forwarded messages per second accepted (signed HTTP), understood, triaged and committed, against
// a plain INSERT of the same rows into the same store in the same run, reported as a ratio; beside
// them the floor: a signed request that only inserts its row (bench/signedInsertFloor.ts). Every
// message has its own corpus text. PGlite always; the real PostgreSQL server as well when
// DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { intakeMessages } from '../store/schema';
import { availableStores, type StoreKind } from '../test/support/testDatabase';
import { startTestApp } from '../test/support/testApp';
import { intakeEnv, message, SECRETS, signedPost } from '../test/intake/signedPost';
import { corpusTexts } from './corpusTexts';
import { startSignedInsertFloor } from './signedInsertFloor';

const MESSAGES = 300;
const CONCURRENCY = 8;
const BATCH_SIZE = 100;
const BATCHES_AT_ONCE = 2;
/** :batch requests in each of its two runs: twice the single messages' number. */
const BATCH_REQUESTS = (MESSAGES * 2) / BATCH_SIZE;

/** CPU time this process has used, in ms: the app and the bench's own client, so compare runs, not files. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>, concurrency = CONCURRENCY): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
  return (performance.now() - started) / 1000;
}

async function measure(kind: StoreKind, texts: string[]): Promise<void> {
  const t = await startTestApp(intakeEnv({ INTAKE_RATE_PER_MINUTE: '1000000' }), kind);
  let used = 0;
  const messages = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => message({ messageId: `${prefix}-${i}`, text: texts[used++ % texts.length] }));
  try {
    const url = `${t.baseUrl}/api/intake/messages`;
    await signedPost(url, message(), 'facebook'); // warm-up: model load, first-query planning
    const batch = messages(MESSAGES, 'bench');
    const pipelineCpu = cpuMs();
    const pipelineSeconds = await inParallel(batch, async (m) => {
      const res = await signedPost(url, m, 'facebook');
      if (res.status !== 201) throw new Error(`unexpected ${res.status}`);
    });
    const pipelineCpuEach = (cpuMs() - pipelineCpu) / MESSAGES;

    const db = t.app.context.database.db;
    const rows = await Promise.all(batch.map(async (m) => (await db.select().from(intakeMessages).where(eq(intakeMessages.messageId, m.messageId as string)))[0]));
    const copyOf = (r: (typeof rows)[number], messageId: string) => ({ ...r, id: randomUUID(), messageId, continuationHash: `${messageId}-hash`, caseId: null, status: 'awaiting_details' as const });
    const insertSeconds = await inParallel(rows, async (row) => {
      await db.insert(intakeMessages).values(copyOf(row, `${row.messageId}-copy`));
    });

    const floor = await startSignedInsertFloor(db, SECRETS, (body) => copyOf(rows[0], body.messageId));
    const floorSeconds = await inParallel(messages(MESSAGES, 'floor'), async (m) => {
      const res = await signedPost(floor.url, m, 'facebook');
      if (res.status !== 201) throw new Error(`floor answered ${res.status}`);
    });
    floor.close();

    // As :batch requests of BATCH_SIZE, one at a time and then BATCHES_AT_ONCE at a time.
    const batchUrl = `${url}:batch`;
    const batchRate = async (concurrency: number) => {
      const requests: Array<Record<string, unknown>[]> = [];
      for (let i = 0; i < BATCH_REQUESTS; i++) requests.push(messages(BATCH_SIZE, `bench-batch-${concurrency}-${i}`));
      const cpu = cpuMs();
      const seconds = await inParallel(requests, async (items) => {
        const res = await signedPost(batchUrl, { channel: 'facebook', messages: items }, 'facebook');
        if (res.status !== 200) throw new Error(`unexpected ${res.status}`);
      }, concurrency);
      const count = requests.length * BATCH_SIZE;
      return { rate: count / seconds, cpuEach: (cpuMs() - cpu) / count, count };
    };
    const oneAtATime = await batchRate(1);
    const together = await batchRate(BATCHES_AT_ONCE);

    const pipeline = MESSAGES / pipelineSeconds;
    const insert = MESSAGES / insertSeconds;
    const floorRate = MESSAGES / floorSeconds;
    const k = kind.padEnd(8);
    console.log(
      `${k} intake pipeline ${pipeline.toFixed(0)} msg/s; plain INSERT ${insert.toFixed(0)} rows/s; ratio ${(pipeline / insert).toFixed(3)} (${MESSAGES} messages, ${CONCURRENCY} at a time)`,
    );
    console.log(`${k} floor (signed HTTP + one INSERT) ${floorRate.toFixed(0)} msg/s: ratio to plain INSERT ${(floorRate / insert).toFixed(3)}; the pipeline is ${(pipeline / floorRate).toFixed(3)} of it`);
    for (const [label, b] of [['one at a time', oneAtATime], [`${BATCHES_AT_ONCE} at a time`, together]] as const) {
      console.log(`${k} :batch ${b.rate.toFixed(0)} msg/s (${b.count} messages, ${BATCH_SIZE} a request, ${label}); ratio to plain INSERT ${(b.rate / insert).toFixed(3)}`);
    }
    // Less swayed by other work on the machine than the rates: what each message cost in Node.
    console.log(`${k} CPU in this process a message: ${pipelineCpuEach.toFixed(2)} ms one a request, ${oneAtATime.cpuEach.toFixed(2)} ms in :batch`);
  } finally {
    await t.stop();
  }
}

export default async function run(): Promise<void> {
  const texts = corpusTexts();
  for (const kind of availableStores) await measure(kind, texts);
}

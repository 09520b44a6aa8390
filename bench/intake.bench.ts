// Forwarded messages per second accepted (signed HTTP), understood, triaged and committed, against
// a plain INSERT of the same rows into the same store in the same run, reported as a ratio.
// PGlite always; the real PostgreSQL server as well when DATABASE_URL is set.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { intakeMessages } from '../store/schema';
import { availableStores, type StoreKind } from '../test/support/testDatabase';
import { startTestApp } from '../test/support/testApp';
import { intakeEnv, message, signedPost } from '../test/intake/signedPost';

const MESSAGES = 300;
const CONCURRENCY = 8;
const BATCH_SIZE = 100;

/** CPU time this process has used, in ms: the app and the bench's own client, so compare runs, not files. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<number> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
  return (performance.now() - started) / 1000;
}

async function measure(kind: StoreKind): Promise<void> {
  const t = await startTestApp(intakeEnv({ INTAKE_RATE_PER_MINUTE: '1000000' }), kind);
  try {
    const url = `${t.baseUrl}/api/intake/messages`;
    await signedPost(url, message(), 'facebook'); // warm-up: model load, first-query planning
    const batch = Array.from({ length: MESSAGES }, (_, i) => message({ messageId: `bench-${i}` }));
    const pipelineCpu = cpuMs();
    const pipelineSeconds = await inParallel(batch, async (m) => {
      const res = await signedPost(url, m, 'facebook');
      if (res.status !== 201) throw new Error(`unexpected ${res.status}`);
    });
    const pipelineCpuEach = (cpuMs() - pipelineCpu) / MESSAGES;

    const db = t.app.context.database.db;
    const rows = await Promise.all(batch.map(async (m) => (await db.select().from(intakeMessages).where(eq(intakeMessages.messageId, m.messageId as string)))[0]));
    const copies = rows.map((r) => ({ ...r, id: randomUUID(), messageId: `${r.messageId}-copy`, continuationHash: `${r.continuationHash}-copy`, caseId: null, status: 'awaiting_details' as const }));
    const insertSeconds = await inParallel(copies, async (row) => {
      await db.insert(intakeMessages).values(row);
    });

    // The same number of messages again, as :batch requests of BATCH_SIZE.
    const batchUrl = `${url}:batch`;
    const batched = Array.from({ length: MESSAGES * 2 }, (_, i) => message({ messageId: `bench-batch-${i}` }));
    const batchCpu = cpuMs();
    const batchStarted = performance.now();
    for (let i = 0; i < batched.length; i += BATCH_SIZE) {
      const res = await signedPost(batchUrl, { channel: 'facebook', messages: batched.slice(i, i + BATCH_SIZE) }, 'facebook');
      if (res.status !== 200) throw new Error(`unexpected ${res.status}`);
    }
    const batchRate = batched.length / ((performance.now() - batchStarted) / 1000);
    const batchCpuEach = (cpuMs() - batchCpu) / batched.length;

    const pipeline = MESSAGES / pipelineSeconds;
    const insert = MESSAGES / insertSeconds;
    console.log(
      `${kind.padEnd(8)} intake pipeline ${pipeline.toFixed(0)} msg/s; plain INSERT ${insert.toFixed(0)} rows/s; ratio ${(pipeline / insert).toFixed(3)} (${MESSAGES} messages, ${CONCURRENCY} at a time)`,
    );
    console.log(`${kind.padEnd(8)} :batch ${batchRate.toFixed(0)} msg/s (${batched.length} messages, ${BATCH_SIZE} a request); ratio to plain INSERT ${(batchRate / insert).toFixed(3)}`);
    // Less swayed by other work on the machine than the rates: what each message cost in Node.
    console.log(`${kind.padEnd(8)} CPU in this process a message: ${pipelineCpuEach.toFixed(2)} ms one at a time, ${batchCpuEach.toFixed(2)} ms in :batch`);
  } finally {
    await t.stop();
  }
}

export default async function run(): Promise<void> {
  for (const kind of availableStores) await measure(kind);
}

// Embedded understanding against the keyword baseline, in the same run: messages per second and
// memory, printed as ratios because absolute timings on shared machines are noise.
import { baselineUnderstand } from '../understanding/baseline';
import { understandOffline } from '../understanding/offline';
import { corpusTexts } from './corpusTexts';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const NOW = new Date('2026-11-20T12:00:00Z');
const ROUNDS = 5;

// A full collection before and after each phase, so what a phase keeps (the model, its lexicons and
// caches) is told apart from the garbage it made along the way.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

interface Measure {
  perSecond: number;
  /** Heap still held after a full collection: what loading and running it keeps. */
  keptMb: number;
  rssDeltaMb: number;
}

function measure(texts: readonly string[], run: (text: string) => unknown): Measure {
  collectGarbage();
  const before = process.memoryUsage();
  const started = process.hrtime.bigint();
  let n = 0;
  for (let r = 0; r < ROUNDS; r++) for (const t of texts) { run(t); n++; }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = process.memoryUsage().rss;
  collectGarbage();
  return { perSecond: n / seconds, keptMb: (process.memoryUsage().heapUsed - before.heapUsed) / 2 ** 20, rssDeltaMb: (rss - before.rss) / 2 ** 20 };
}

export default async function bench(): Promise<void> {
  const texts = corpusTexts();
  // Baseline first, so the model's one-off load (reading and validating model.json) lands in its own figures.
  const baseline = measure(texts, (t) => baselineUnderstand(t, NOW));
  const model = measure(texts, (t) => understandOffline(t, { now: NOW }));
  const row = (name: string, m: Measure) =>
    `${name.padEnd(18)} ${m.perSecond.toFixed(0).padStart(9)} msg/s   heap kept ${m.keptMb.toFixed(1).padStart(6)} MB   RSS Δ ${m.rssDeltaMb.toFixed(1).padStart(6)} MB`;
  console.log(`${texts.length} corpus messages × ${ROUNDS} rounds`);
  console.log(row('keyword baseline', baseline));
  console.log(row('embedded model', model));
  // Budget: 2 ms per message and 50 MB of extra memory for the model, its lexicons and vectors.
  console.log(`embedded / baseline: speed ${(model.perSecond / baseline.perSecond).toFixed(3)}×, heap kept ${(model.keptMb - baseline.keptMb).toFixed(1)} MB more, ` +
    `RSS Δ ${(model.rssDeltaMb - baseline.rssDeltaMb).toFixed(1)} MB more, ${(1000 / model.perSecond).toFixed(2)} ms per message (budget 2 ms, 50 MB)`);
}

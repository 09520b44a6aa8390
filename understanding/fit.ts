// Fitting the category model: shared by `npm run train` (one model on the whole corpus) and the
// cross-author evaluation (one model per held-out author), so both measure the same thing.
import { CategoryClassifier, type CategoryModel, type FeatureOptions } from './embedded/classifier';
import { separateContent } from './embedded/content';
import { addUnknownWords, wordlessFeatures, type Features } from './embedded/features';
import { detectSignals } from './embedded/signals';
import { readable } from './embedded/readable';
import { words } from './embedded/text';
import type { WordVectors } from './embedded/wordVectors';
import type { CorpusLine } from './corpus';
import { CATEGORIES, type Category } from '../triage/vocabulary';

export type Hyperparameters = CategoryModel['hyperparameters'];
export const HYPERPARAMETERS: Hyperparameters = { l2: 0.0002, epochs: 20, learningRate: 0.3, minDocumentFrequency: 2, dropout: 0.5 };

export type LabelledLine = CorpusLine & { label: Category };

export interface Example {
  features: Features;
  label: number;
}

export function labelled<T extends CorpusLine>(lines: readonly T[]): Array<T & { label: Category }> {
  return lines.filter((l): l is T & { label: Category } => (CATEGORIES as readonly string[]).includes(l.label));
}

/** The text a model reads: what the person wrote, markup and words aimed at a machine set aside. */
export const modelText = (text: string): string => readable(separateContent(text).weighed);

function vocabularyOf(texts: readonly string[], minDf: number): Set<string> {
  const df = new Map<string, number>();
  for (const t of texts) for (const w of new Set(words(t))) df.set(w, (df.get(w) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => n >= minDf).map(([w]) => w));
}

// The cross-author evaluation trains one model per author on nearly the same messages: the
// vocabulary-free part of each message's features is computed once per feature set.
const featureCache = new Map<string, Features>();

export function featurise(texts: readonly string[], labels: readonly Category[], vocabulary: ReadonlySet<string>, options: FeatureOptions, vectors?: WordVectors): Example[] {
  const key = JSON.stringify(options);
  return texts.map((text, i) => {
    let base = featureCache.get(`${key}\n${text}`);
    if (!base) {
      base = wordlessFeatures(text, detectSignals(text), options, vectors);
      featureCache.set(`${key}\n${text}`, base);
    }
    const features = new Map(base);
    addUnknownWords(features, text, (w) => vocabulary.has(w));
    return { features, label: CATEGORIES.indexOf(labels[i]) };
  });
}

/** n-gram features seen in fewer than minDf messages are noise; '#' (concept, signal, vector) features are kept. */
function keptFeatures(examples: readonly Example[], minDf: number): string[] {
  const df = new Map<string, number>();
  for (const e of examples) for (const name of e.features.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  return [...df].filter(([name, n]) => name.startsWith('#') || n >= minDf).map(([name]) => name).sort();
}

/** Multinomial logistic regression from zero weights: deterministic. Flat typed arrays keep it fast. */
function fitLogistic(examples: readonly Example[], featureNames: readonly string[], hp: Hyperparameters): Record<string, number[]> {
  const K = CATEGORIES.length;
  const index = new Map(featureNames.map((f, i) => [f, i]));
  const starts = new Int32Array(examples.length + 1);
  const cellIndex: number[] = [];
  const cellValue: number[] = [];
  const cellLexical: number[] = [];
  examples.forEach((e, r) => {
    for (const [f, v] of e.features) {
      const i = index.get(f);
      if (i !== undefined) {
        cellIndex.push(i * K);
        cellValue.push(v);
        cellLexical.push(f.startsWith('#') ? 0 : 1);
      }
    }
    starts[r + 1] = cellIndex.length;
  });
  const at = Int32Array.from(cellIndex);
  const val = Float64Array.from(cellValue);
  // Dropout: each step leaves out a share of the message's words and character n-grams (never the
  // concept, signal and hazard features), so the model cannot lean on one writer's phrasing and
  // learns what carries across writers and languages. Measured across authors, not assumed.
  const lexical = Uint8Array.from(cellLexical);
  const dropout = hp.dropout ?? 0;
  const kept = new Float64Array(val.length);
  let noise = 987654321; // xorshift32: a full-period 32-bit sequence, seeded, so training stays deterministic
  const labels = examples.map((e) => e.label);
  const W = new Float64Array(featureNames.length * K);
  const G = new Float64Array(W.length);
  const p = new Float64Array(K);
  // Per-message AdaGrad over a fixed shuffled order (seeded), so training is deterministic and a
  // few passes suffice; the L2 penalty is applied to the weights a message touches.
  const order = [...examples.keys()];
  let seed = 12345;
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const { learningRate, l2 } = hp;
  for (let epoch = 0; epoch < hp.epochs; epoch++) {
    for (const r of order) {
      const first = starts[r], end = starts[r + 1];
      for (let c = first; c < end; c++) {
        if (dropout > 0 && lexical[c]) {
          noise ^= noise << 13;
          noise ^= noise >>> 17;
          noise ^= noise << 5;
          kept[c] = (noise >>> 0) / 4294967296 < dropout ? 0 : val[c] / (1 - dropout);
        } else kept[c] = val[c];
      }
      p.fill(0);
      for (let c = first; c < end; c++) {
        const row = at[c], v = kept[c];
        for (let k = 0; k < K; k++) p[k] += W[row + k] * v;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, p[k]);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += p[k] = Math.exp(p[k] - max);
      for (let k = 0; k < K; k++) p[k] = p[k] / sum - (k === labels[r] ? 1 : 0);
      for (let c = first; c < end; c++) {
        const row = at[c], v = kept[c];
        if (v === 0 && dropout > 0 && lexical[c]) continue;
        for (let k = 0; k < K; k++) {
          const j = row + k;
          const g = p[k] * v + l2 * W[j];
          const squares = (G[j] += g * g);
          W[j] -= (learningRate * g) / (Math.sqrt(squares) + 1e-8);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  featureNames.forEach((f, i) => {
    const w = [...W.subarray(i * K, (i + 1) * K)];
    if (Math.max(...w.map(Math.abs)) >= 1e-4) weights[f] = w.map((x) => Number(x.toPrecision(5)));
  });
  return weights;
}

export interface FitOptions {
  features: FeatureOptions;
  hyperparameters?: Hyperparameters;
  vectors?: WordVectors;
  /** Softmax temperature from the cross-author calibration; 1 when not yet calibrated. */
  temperature?: number;
}

export function trainModel(lines: readonly LabelledLine[], source: CategoryModel['trainedOn'], options: FitOptions): CategoryModel {
  const hp = options.hyperparameters ?? HYPERPARAMETERS;
  const texts = lines.map((l) => modelText(l.text));
  const vocabulary = vocabularyOf(texts, hp.minDocumentFrequency);
  const examples = featurise(texts, lines.map((l) => l.label), vocabulary, options.features, options.vectors);
  return {
    kind: 'multinomial-logistic-regression',
    trainedOn: source,
    hyperparameters: hp,
    features: options.features,
    temperature: options.temperature ?? 1,
    classes: [...CATEGORIES],
    vocabulary: [...vocabulary].sort(),
    weights: fitLogistic(examples, keptFeatures(examples, hp.minDocumentFrequency), hp),
  };
}

/** A classifier for one cross-author fold: trained on the other authors only. */
export function fitClassifier(lines: readonly LabelledLine[], options: FitOptions): CategoryClassifier {
  return new CategoryClassifier(trainModel(lines, { file: '(fold)', sha256: '', examples: lines.length }, options), options.vectors);
}

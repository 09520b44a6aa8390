import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { extractFeatures, type FeatureOptions } from './features';
import type { WordVectors } from './wordVectors';
import { CATEGORIES, type Category } from '../../triage/vocabulary';
import type { Signals } from '../understandingSchema';
import { loadWordVectors } from './wordVectors';

// The trained multinomial logistic regression, as `npm run train` writes it. Loaded from disk at
// run time so retraining never needs a code change, and validated so a bad file fails loudly.
export const CategoryModelSchema = z.object({
  kind: z.literal('multinomial-logistic-regression'),
  trainedOn: z.object({ file: z.string(), examples: z.number().int(), sha256: z.string() }),
  hyperparameters: z.object({
    l2: z.number(),
    epochs: z.number().int(),
    learningRate: z.number(),
    minDocumentFrequency: z.number().int(),
    /** Share of a message's word and character features left out at each step of training. */
    dropout: z.number().min(0).lt(1).optional(),
  }),
  features: z.object({ charGrams: z.boolean(), hazards: z.boolean(), embeddings: z.boolean() }),
  /** Softmax temperature fitted on cross-author predictions, so a confidence of 0.8 is right about 80 % of the time. */
  temperature: z.number().positive(),
  classes: z.array(z.enum(CATEGORIES)),
  vocabulary: z.array(z.string()),
  weights: z.record(z.string(), z.array(z.number())),
});
export type CategoryModel = z.infer<typeof CategoryModelSchema>;

export type { FeatureOptions };
export const MODEL_PATH = join(__dirname, 'model.json');
export const WORD_VECTORS_PATH = join(__dirname, 'wordVectors.json');

export interface RankedCategory {
  category: Category;
  probability: number;
}

export class CategoryClassifier {
  private readonly model: Omit<CategoryModel, 'weights' | 'vocabulary'>;
  private readonly vocabulary: ReadonlySet<string>;
  // 60,000 weight rows looked up for every feature of every message: a Map of typed rows, not the
  // JSON object's dictionary-mode properties (which are not kept).
  private readonly weights: ReadonlyMap<string, Float64Array>;

  constructor(
    { weights, vocabulary, ...model }: CategoryModel,
    private readonly vectors?: WordVectors,
  ) {
    this.model = model;
    this.vocabulary = new Set(vocabulary);
    this.weights = new Map(Object.entries(weights).map(([name, row]) => [name, Float64Array.from(row)]));
    if (model.features.embeddings && !vectors) throw new Error('this category model reads word vectors; none were given');
  }

  static fromFile(path = MODEL_PATH, loadVectors: () => WordVectors = () => loadWordVectors(WORD_VECTORS_PATH)): CategoryClassifier {
    const model = CategoryModelSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    return new CategoryClassifier(model, model.features.embeddings ? loadVectors() : undefined);
  }

  /** The model's raw score for each class, in `classes` order (before the temperature). */
  scores(normalised: string, signals: Signals): number[] {
    const features = extractFeatures(normalised, signals, (w) => this.vocabulary.has(w), this.model.features, this.vectors);
    const scores = this.model.classes.map(() => 0);
    for (const [name, value] of features) {
      const w = this.weights.get(name);
      if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k] * value;
    }
    return scores;
  }

  /** Every category with its calibrated probability, most likely first. */
  rank(normalised: string, signals: Signals): RankedCategory[] {
    return softmax(this.scores(normalised, signals).map((s) => s / this.model.temperature))
      .map((probability, k) => ({ category: this.model.classes[k], probability }))
      .sort((a, b) => b.probability - a.probability);
  }

  get classes(): readonly Category[] {
    return this.model.classes;
  }
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

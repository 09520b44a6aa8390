import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { extractFeatures } from './features';
import { CATEGORIES, type Category } from '../labels';
import type { Signals } from '../understandingSchema';

// The trained multinomial logistic regression, as `npm run train` writes it. Loaded from disk at
// run time so retraining never needs a code change, and validated so a bad file fails loudly.
export const CategoryModelSchema = z.object({
  kind: z.literal('multinomial-logistic-regression'),
  trainedOn: z.object({ file: z.string(), examples: z.number().int(), sha256: z.string() }),
  hyperparameters: z.object({ l2: z.number(), epochs: z.number().int(), learningRate: z.number(), minDocumentFrequency: z.number().int() }),
  classes: z.array(z.enum(CATEGORIES)),
  vocabulary: z.array(z.string()),
  weights: z.record(z.string(), z.array(z.number())),
});
export type CategoryModel = z.infer<typeof CategoryModelSchema>;

export const MODEL_PATH = join(__dirname, 'model.json');

export interface RankedCategory {
  category: Category;
  probability: number;
}

export class CategoryClassifier {
  private readonly vocabulary: ReadonlySet<string>;

  constructor(private readonly model: CategoryModel) {
    this.vocabulary = new Set(model.vocabulary);
  }

  static fromFile(path = MODEL_PATH): CategoryClassifier {
    return new CategoryClassifier(CategoryModelSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
  }

  /** Every category with its probability, most likely first. */
  rank(normalised: string, signals: Signals): RankedCategory[] {
    const features = extractFeatures(normalised, signals, (w) => this.vocabulary.has(w));
    const scores = this.model.classes.map(() => 0);
    for (const [name, value] of features) {
      const w = this.model.weights[name];
      if (w) for (let k = 0; k < scores.length; k++) scores[k] += w[k] * value;
    }
    return softmax(scores)
      .map((probability, k) => ({ category: this.model.classes[k], probability }))
      .sort((a, b) => b.probability - a.probability);
  }
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

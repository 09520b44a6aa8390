import { CATEGORIES, FLAGS, type Category, type Flag } from '../triage/vocabulary';

// Scores for the eval CLI and the training report, kept apart from both so the figures in the
// README and the ones `npm run eval` prints are computed the same way.

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Scores {
  macroF1: number;
  accuracy: number;
  perClass: Record<Category, PRF>;
  flags: Record<Flag, PRF>;
  /** confusion[gold][predicted] */
  confusion: Record<Category, Record<Category, number>>;
}

export interface Prediction {
  gold: Category;
  predicted: Category;
  goldFlags: ReadonlySet<string>;
  predictedFlags: ReadonlySet<string>;
}

function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export function score(predictions: readonly Prediction[]): Scores {
  const confusion = Object.fromEntries(
    CATEGORIES.map((gold) => [gold, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))]),
  ) as Record<Category, Record<Category, number>>;
  for (const p of predictions) confusion[p.gold][p.predicted]++;

  const perClass = Object.fromEntries(
    CATEGORIES.map((c) => {
      const tp = confusion[c][c];
      const fn = CATEGORIES.reduce((s, p) => s + (p === c ? 0 : confusion[c][p]), 0);
      const fp = CATEGORIES.reduce((s, g) => s + (g === c ? 0 : confusion[g][c]), 0);
      return [c, prf(tp, fp, fn)];
    }),
  ) as Record<Category, PRF>;

  // Macro-F1 over the classes present in the gold labels, so a small set without, say,
  // compliments is not rewarded or punished for a class it cannot test.
  const present = CATEGORIES.filter((c) => perClass[c].support > 0);
  const macroF1 = present.length ? present.reduce((s, c) => s + perClass[c].f1, 0) / present.length : 0;

  const flags = Object.fromEntries(
    FLAGS.map((f) => {
      let tp = 0, fp = 0, fn = 0;
      for (const p of predictions) {
        const g = p.goldFlags.has(f), s = p.predictedFlags.has(f);
        if (g && s) tp++;
        else if (s) fp++;
        else if (g) fn++;
      }
      return [f, prf(tp, fp, fn)];
    }),
  ) as Record<Flag, PRF>;

  const correct = predictions.filter((p) => p.gold === p.predicted).length;
  return { macroF1, accuracy: predictions.length ? correct / predictions.length : 0, perClass, flags, confusion };
}

// Judging across authors: train on every author but one, test on that one, for every author. A
// writer's phrasing is learned with their labels, so a model tested on the hand that trained it
// looks better than it is; this is the figure the README reports.
import { baselineUnderstand } from './baseline';
import type { CorpusLine } from './corpus';
import { score, type Prediction, type Scores } from './evaluation';
import { fitClassifier, labelled, modelText, type FitOptions } from './fit';
import { SIGNALS, type Category } from '../triage/vocabulary';
import { understandWith } from './offline';
import { detectSignals } from './embedded/signals';
import { softmax } from './embedded/classifier';

export interface AuthorResult {
  author: string;
  n: number;
  model: Scores;
  baseline: Scores;
}

export interface CrossAuthorReport {
  authors: AuthorResult[];
  /** Every held-out prediction pooled together. */
  pooled: Scores;
  baselinePooled: Scores;
  meanMacroF1: number;
  worst: { author: string; macroF1: number };
  /** Lowest safeguarding recall of any author with a safeguarding message. */
  worstSafetyRecall: { author: string; recall: number };
  /** Out-of-fold raw scores with their gold class: what calibration is fitted on. */
  outOfFold: Array<{ scores: number[]; gold: number }>;
}

const judgedAt = (line: CorpusLine, fallback: Date): Date => (line.now ? new Date(line.now) : fallback);

export function predictionFrom(line: CorpusLine & { label: Category }, u: { category: Category; signals: Record<string, boolean>; older_than_12_months: boolean }): Prediction {
  const flags = new Set<string>(SIGNALS.filter((s) => u.signals[s]));
  if (u.older_than_12_months) flags.add('older_than_12_months');
  return { gold: line.label, predicted: u.category, goldFlags: new Set(line.flags), predictedFlags: flags };
}

export function crossAuthor(lines: ReadonlyArray<CorpusLine & { author: string }>, options: FitOptions, now = new Date()): CrossAuthorReport {
  const all = labelled(lines);
  const authors = [...new Set(all.map((l) => l.author))].sort();
  const results: AuthorResult[] = [];
  const pooledModel: Prediction[] = [];
  const pooledBaseline: Prediction[] = [];
  const outOfFold: CrossAuthorReport['outOfFold'] = [];
  for (const author of authors) {
    const test = all.filter((l) => l.author === author);
    const classifier = fitClassifier(all.filter((l) => l.author !== author), options);
    const model = test.map((l) => predictionFrom(l, understandWith(classifier, l.text, { now: judgedAt(l, now) })));
    const baseline = test.map((l) => {
      const b = baselineUnderstand(l.text, judgedAt(l, now));
      return { gold: l.label, predicted: b.category, goldFlags: new Set(l.flags), predictedFlags: b.flags };
    });
    for (const l of test) {
      const text = modelText(l.text);
      outOfFold.push({ scores: classifier.scores(text, detectSignals(text)), gold: classifier.classes.indexOf(l.label) });
    }
    pooledModel.push(...model);
    pooledBaseline.push(...baseline);
    results.push({ author, n: test.length, model: score(model), baseline: score(baseline) });
  }
  const worst = results.reduce((a, b) => (b.model.macroF1 < a.model.macroF1 ? b : a));
  const withSafety = results.filter((r) => r.model.flags.safeguarding_or_health_and_safety.support > 0);
  const worstSafety = withSafety.reduce((a, b) => (b.model.flags.safeguarding_or_health_and_safety.recall < a.model.flags.safeguarding_or_health_and_safety.recall ? b : a), withSafety[0]);
  return {
    authors: results,
    pooled: score(pooledModel),
    baselinePooled: score(pooledBaseline),
    meanMacroF1: results.reduce((s, r) => s + r.model.macroF1, 0) / results.length,
    worst: { author: worst.author, macroF1: worst.model.macroF1 },
    worstSafetyRecall: { author: worstSafety?.author ?? '', recall: worstSafety?.model.flags.safeguarding_or_health_and_safety.recall ?? 1 },
    outOfFold,
  };
}

/** Negative log-likelihood of the gold classes at temperature t. */
function nll(outOfFold: CrossAuthorReport['outOfFold'], t: number): number {
  return outOfFold.reduce((s, { scores, gold }) => s - Math.log(Math.max(1e-12, softmax(scores.map((x) => x / t))[gold])), 0) / Math.max(1, outOfFold.length);
}

/** The softmax temperature that makes held-out confidences honest (golden-section search on the likelihood). */
export function fitTemperature(outOfFold: CrossAuthorReport['outOfFold']): number {
  let lo = 0.2, hi = 5;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 40; i++) {
    const a = hi - g * (hi - lo), b = lo + g * (hi - lo);
    if (nll(outOfFold, a) < nll(outOfFold, b)) hi = b;
    else lo = a;
  }
  return Number(((lo + hi) / 2).toFixed(3));
}

/** Expected calibration error over 10 confidence bins: how far "80 % sure" is from 80 % right. */
export function calibrationError(outOfFold: CrossAuthorReport['outOfFold'], t: number): number {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, confidence: 0, correct: 0 }));
  for (const { scores, gold } of outOfFold) {
    const p = softmax(scores.map((x) => x / t));
    const best = p.indexOf(Math.max(...p));
    const bin = bins[Math.min(9, Math.floor(p[best] * 10))];
    bin.n++;
    bin.confidence += p[best];
    bin.correct += best === gold ? 1 : 0;
  }
  return bins.reduce((s, b) => s + (b.n ? Math.abs(b.confidence - b.correct) : 0), 0) / Math.max(1, outOfFold.length);
}

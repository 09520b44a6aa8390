import { conceptsIn } from './concepts';
import { hazardMention } from './hazards';
import { words } from './text';
import { severityCues } from './vulnerability';
import type { WordVectors } from './wordVectors';
import { HAZARDS } from '../../triage/vocabulary';
import type { Signals } from '../understandingSchema';

/** Which feature families a model was trained with; recorded in the model so reading matches training. */
export interface FeatureOptions {
  /** Character 3–4-grams inside words. */
  charGrams: boolean;
  /** The hazards and household severity cues the rules find, in every language. */
  hazards: boolean;
  /** The average pretrained vector of the words, so unseen words with known neighbours still count. */
  embeddings: boolean;
}

/** A sparse feature vector: feature name → value. */
export type Features = Map<string, number>;

function bucket(n: number, edges: readonly number[]): string {
  const i = edges.findIndex((edge) => n <= edge);
  return i === -1 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`;
}

// Character 3- and 4-grams inside words: robust to the typos tenants make ("recieved", "bolier")
// and give Welsh, Polish and Romanian inflections something to share with the few examples we have.
function charGrams(token: string): string[] {
  const padded = `_${token}_`;
  const grams: string[] = [];
  for (const n of [3, 4]) for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  return grams;
}

// Each n-gram family is scaled by 1/√(its size) so a long rant does not drown the concept and
// signal features, which are what carry across languages.
function addFamily(features: Features, prefix: string, items: readonly string[]): void {
  const unique = [...new Set(items)];
  const value = unique.length ? 1 / Math.sqrt(unique.length) : 0;
  for (const item of unique) features.set(`${prefix}${item}`, value);
}

/**
 * The features the category model reads. `isKnownWord` is the trained vocabulary, so a message of
 * words the model has never seen ("asdfgh", "qwerty") can be recognised as nothing to classify.
 */
export function extractFeatures(
  normalised: string,
  signals: Signals,
  isKnownWord: (word: string) => boolean,
  options: FeatureOptions,
  vectors?: WordVectors,
): Features {
  const features = wordlessFeatures(normalised, signals, options, vectors);
  addUnknownWords(features, normalised, isKnownWord);
  return features;
}

/** Every feature but the share of unknown words, which alone depends on the trained vocabulary. */
export function wordlessFeatures(normalised: string, signals: Signals, options: FeatureOptions, vectors?: WordVectors): Features {
  const tokens = words(normalised);
  const features: Features = new Map();
  addFamily(features, 'w:', tokens);
  addFamily(features, 'b:', tokens.slice(1).map((t, i) => `${tokens[i]} ${t}`));
  if (options.charGrams) addFamily(features, 'g:', tokens.flatMap(charGrams));
  if (options.hazards) {
    for (const hazard of HAZARDS) if (hazardMention(hazard, normalised) !== undefined) features.set(`#h:${hazard}`, 1);
    for (const cue of severityCues(normalised)) features.set(`#v:${cue}`, 1);
  }
  if (options.embeddings && vectors) addMeanVector(features, tokens, vectors);
  for (const concept of conceptsIn(normalised)) features.set(`#c:${concept}`, 1);
  for (const [signal, on] of Object.entries(signals)) if (on) features.set(`#s:${signal}`, 1);
  features.set(`#len:${bucket(tokens.length, [0, 1, 3, 7, 15, 40])}`, 1);
  features.set('#bias', 1);
  return features;
}

/**
 * Unknown words with no concept look like gibberish; unknown words around a concept are just a
 * language the corpus has few examples of, and must not push towards needs_clarification.
 */
export function addUnknownWords(features: Features, normalised: string, isKnownWord: (word: string) => boolean): void {
  if ([...features.keys()].some((f) => f.startsWith('#c:'))) return;
  const tokens = words(normalised);
  const unknown = tokens.filter((t) => !isKnownWord(t)).length;
  features.set(`#unknown:${tokens.length === 0 ? 'none' : bucket(unknown / tokens.length, [0, 0.34, 0.67, 0.99])}`, 1);
}

function addMeanVector(features: Features, tokens: readonly string[], vectors: WordVectors): void {
  const sum = new Float32Array(vectors.dimensions);
  let n = 0;
  for (const t of tokens) {
    const v = vectors.vector(t);
    if (!v) continue;
    for (let d = 0; d < sum.length; d++) sum[d] += v[d];
    n++;
  }
  if (n === 0) return;
  const norm = Math.sqrt(sum.reduce((s, x) => s + x * x, 0)) || 1;
  for (let d = 0; d < sum.length; d++) features.set(`#e:${d}`, sum[d] / norm);
}

import { conceptsIn } from './concepts';
import { words } from './text';
import type { Signals } from '../understandingSchema';

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
export function extractFeatures(normalised: string, signals: Signals, isKnownWord: (word: string) => boolean): Features {
  const tokens = words(normalised);
  const features: Features = new Map();
  addFamily(features, 'w:', tokens);
  addFamily(features, 'b:', tokens.slice(1).map((t, i) => `${tokens[i]} ${t}`));
  addFamily(features, 'g:', tokens.flatMap(charGrams));
  const concepts = conceptsIn(normalised);
  for (const concept of concepts) features.set(`#c:${concept}`, 1);
  for (const [signal, on] of Object.entries(signals)) if (on) features.set(`#s:${signal}`, 1);
  features.set(`#len:${bucket(tokens.length, [0, 1, 3, 7, 15, 40])}`, 1);
  // Unknown words with no concept look like gibberish; unknown words around a concept are just
  // a language the corpus has few examples of, and must not push towards needs_clarification.
  if (concepts.length === 0) {
    const unknown = tokens.filter((t) => !isKnownWord(t)).length;
    features.set(`#unknown:${tokens.length === 0 ? 'none' : bucket(unknown / tokens.length, [0, 0.34, 0.67, 0.99])}`, 1);
  }
  features.set('#bias', 1);
  return features;
}

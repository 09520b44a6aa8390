import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const runEval = (...args: string[]): string =>
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'eval.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

interface EvalJson {
  model: { macroF1: number; perClass: Record<string, { f1: number }>; flags: Record<string, { precision: number; recall: number; support: number }> };
  baseline: { macroF1: number };
  n: number;
  unknownLabels: Record<string, number>;
}

interface CrossAuthorJson {
  meanMacroF1: number;
  authors: Array<{ author: string; macroF1: number; safetyRecall: number }>;
  model: { macroF1: number };
  baseline: { macroF1: number };
}

// The target is 0.90; the gate holds the figure reached so it can only go up: 0.875 on 21 authors,
// 0.867 on 31 (ten new writers, harder than the first), 0.883 on 43 (twelve more, whose messages
// lifted the earlier authors too), 0.905 on 51 (eight more, a model trained with dropout, and
// Bengali read with its vowel signs).
// Training is seeded, so the figure is the same on every machine. Safety recall is held at 1.00
// for every author.
const GATE = { meanMacroF1: 0.9 };

describe('npm run eval', () => {
  it('prints one JSON object with model and baseline side by side, and counts unknown labels without failing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'small.jsonl');
    writeFileSync(
      file,
      [
        { id: '1', text: 'I can smell gas in the kitchen', label: 'service_request', flags: ['safeguarding_or_health_and_safety'] },
        { id: '2', text: 'Thank you, the plumber was brilliant', label: 'compliment', flags: [] },
        { id: '3', text: 'whatever', label: 'not_a_label', flags: [] },
      ].map((l) => JSON.stringify(l)).join('\n'),
    );
    const out = JSON.parse(runEval(file, '--json', '--now', '2026-11-20T12:00:00Z')) as EvalJson;
    expect(out.n).toBe(2);
    expect(out.unknownLabels).toEqual({ not_a_label: 1 });
    expect(Object.keys(out.model.perClass)).toContain('compliment');
    expect(out.model.flags.safeguarding_or_health_and_safety.recall).toBe(1);
    expect(typeof out.baseline.macroF1).toBe('number');
  });

  it('prints a readable report with the confusion matrix by default', () => {
    const text = runEval('understanding/data/original-dev.jsonl');
    expect(text).toMatch(/macro-F1/);
    expect(text).toMatch(/confusion/);
    expect(text).toMatch(/safeguarding_or_health_and_safety/);
  });

  // The quality gate: every author held out in turn, trained on all the others. Messages written
  // by someone the model never learned from are what the product meets in use. It reads no store
  // and takes a quarter of an hour, so it runs once: in the embedded run, not again when CI runs
  // the same suite against the server (DATABASE_URL).
  (process.env.DATABASE_URL === undefined ? it : it.skip)('holds the bar across authors: mean macro-F1 at least what was reached, every safety case of every author caught, well above the baseline', () => {
    const out = JSON.parse(runEval('--cross-author', '--json')) as CrossAuthorJson;
    expect(out.authors.length).toBeGreaterThanOrEqual(10);
    expect(out.meanMacroF1).toBeGreaterThanOrEqual(GATE.meanMacroF1);
    for (const a of out.authors) expect({ author: a.author, safetyRecall: a.safetyRecall }).toEqual({ author: a.author, safetyRecall: 1 });
    expect(out.model.macroF1 - out.baseline.macroF1).toBeGreaterThan(0.15);
  }, 30 * 60_000);
});

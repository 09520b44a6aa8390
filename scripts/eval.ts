// `npm run --silent eval -- <file.jsonl> [--json] [--now <ISO date>]`
// Scores the embedded understanding and the keyword baseline side by side on a labelled corpus:
// per-class precision/recall/F1, macro-F1, confusion matrix, per-flag precision/recall.
// Each line is judged against its own `now` when it has one (dates and the 12-month limit depend
// on it), else against --now, else the current time. Lines whose label or flags we do not know
// are counted and reported, never fatal.
import { baselineUnderstand } from '../understanding/baseline';
import { readCorpus } from '../understanding/corpus';
import { score, type Prediction, type Scores } from '../understanding/evaluation';
import { CATEGORIES, FLAGS, SIGNALS, type Category } from '../understanding/labels';
import { understandOffline } from '../understanding/offline';

interface Args {
  file: string;
  json: boolean;
  now?: Date;
}

function parseArgs(argv: string[]): Args {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--now');
  if (!file) throw new Error('usage: npm run --silent eval -- <file.jsonl> [--json] [--now <ISO date>]');
  const nowAt = argv.indexOf('--now');
  const now = nowAt >= 0 ? new Date(argv[nowAt + 1]) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now: not a date: ${argv[nowAt + 1]}`);
  return { file, json: argv.includes('--json'), now };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function report(name: string, s: Scores, baseline: Scores): string[] {
  const lines = [`\n${name}: macro-F1 ${s.macroF1.toFixed(3)} (baseline ${baseline.macroF1.toFixed(3)}), accuracy ${pct(s.accuracy)}% (baseline ${pct(baseline.accuracy)}%)`];
  lines.push(`${'class'.padEnd(22)} ${'model P    R    F1'.padEnd(22)} ${'baseline P    R    F1'.padEnd(24)} support`);
  for (const c of CATEGORIES) {
    const m = s.perClass[c], b = baseline.perClass[c];
    lines.push(`${c.padEnd(22)} ${pct(m.precision)} ${pct(m.recall)} ${pct(m.f1)}      ${pct(b.precision)} ${pct(b.recall)} ${pct(b.f1)}    ${String(m.support).padStart(4)}`);
  }
  return lines;
}

const SHORT: Record<Category, string> = { service_request: 'SR', asb_report: 'ASB', quick_fix: 'QF', complaint: 'CO', compliment: 'CM', needs_clarification: 'NC' };

function confusionTable(title: string, s: Scores): string[] {
  const short = (c: Category): string => SHORT[c].padStart(5);
  const lines = [`\n${title} confusion (rows gold, columns predicted; ${CATEGORIES.map((c) => `${short(c).trim()}=${c}`).join(', ')})`];
  lines.push(`${''.padEnd(22)}${CATEGORIES.map(short).join('')}`);
  for (const g of CATEGORIES) lines.push(`${g.padEnd(22)}${CATEGORIES.map((p) => String(s.confusion[g][p]).padStart(5)).join('')}`);
  return lines;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const lines = readCorpus(args.file);
  const known = new Set<string>(CATEGORIES);
  const knownFlags = new Set<string>(FLAGS);
  const unknownLabels: Record<string, number> = {};
  const unknownFlags: Record<string, number> = {};
  const model: Prediction[] = [];
  const baseline: Prediction[] = [];

  for (const line of lines) {
    for (const f of line.flags) if (!knownFlags.has(f)) unknownFlags[f] = (unknownFlags[f] ?? 0) + 1;
    if (!known.has(line.label)) {
      unknownLabels[line.label] = (unknownLabels[line.label] ?? 0) + 1;
      continue;
    }
    const now = line.now ? new Date(line.now) : args.now ?? new Date();
    const gold = line.label as Category;
    const goldFlags = new Set(line.flags);
    const u = understandOffline(line.text, { now });
    const flags = new Set<string>(SIGNALS.filter((s) => u.signals[s]));
    if (u.older_than_12_months) flags.add('older_than_12_months');
    model.push({ gold, predicted: u.category, goldFlags, predictedFlags: flags });
    const b = baselineUnderstand(line.text, now);
    baseline.push({ gold, predicted: b.category, goldFlags, predictedFlags: b.flags });
  }

  const m = score(model), b = score(baseline);
  const unknown = Object.values(unknownLabels).reduce((a, n) => a + n, 0);
  if (args.json) {
    const view = (s: Scores) => ({ macroF1: s.macroF1, accuracy: s.accuracy, perClass: s.perClass, flags: s.flags, confusion: s.confusion });
    console.log(JSON.stringify({ model: view(m), baseline: view(b), n: model.length, unknownLabels, unknownFlags }));
    return;
  }
  const out = [`${args.file}: ${model.length} messages scored${unknown ? `, ${unknown} with unknown labels skipped (${JSON.stringify(unknownLabels)})` : ''}`];
  if (Object.keys(unknownFlags).length) out.push(`unknown flags ignored: ${JSON.stringify(unknownFlags)}`);
  out.push(...report('embedded model', m, b));
  out.push(...confusionTable('embedded model', m), ...confusionTable('keyword baseline', b));
  out.push(`\n${'flag'.padEnd(36)} ${'model P     R'.padEnd(16)} ${'baseline P     R'.padEnd(19)} support`);
  for (const f of FLAGS) {
    const x = m.flags[f], y = b.flags[f];
    out.push(`${f.padEnd(36)} ${pct(x.precision)} ${pct(x.recall)}      ${pct(y.precision)} ${pct(y.recall)}    ${String(x.support).padStart(4)}`);
  }
  console.log(out.join('\n'));
}

main();

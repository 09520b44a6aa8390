// `npm run --silent eval -- <file.jsonl> [--json] [--now <ISO date>]`
//   Scores the shipped embedded understanding and the keyword baseline side by side on a labelled
//   file: per-class precision/recall/F1, macro-F1, confusion matrix, per-flag precision/recall.
// `npm run --silent eval -- --cross-author [folder] [--json]`
//   Trains on every author but one and tests on that one, for every author in the corpus folder
//   (default understanding/data): per-author macro-F1 and safeguarding recall, their mean and the
//   worst author, then the pooled held-out per-class F1, flag recalls and confusion matrix.
// Each line is judged against its own `now` when it has one (dates and the 12-month limit depend
// on it), else against --now, else the current time. Lines whose label or flags we do not know
// are counted and reported, never fatal.
import { join } from 'node:path';
import { baselineUnderstand } from '../understanding/baseline';
import { readCorpus, readCorpusFolder, type CorpusLine } from '../understanding/corpus';
import { crossAuthor, predictionFrom } from '../understanding/crossAuthor';
import { SHIPPED_FIT } from '../understanding/shippedFit';
import { score, type Prediction, type Scores } from '../understanding/evaluation';
import { CATEGORIES, FLAGS, type Category } from '../triage/vocabulary';
import { understandOffline } from '../understanding/offline';

interface Args {
  file?: string;
  crossAuthor: boolean;
  json: boolean;
  now?: Date;
}

const USAGE = 'usage: npm run --silent eval -- <file.jsonl> [--json] [--now <ISO date>] | --cross-author [folder] [--json]';

function parseArgs(argv: string[]): Args {
  const file = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--now');
  const isCrossAuthor = argv.includes('--cross-author');
  if (!file && !isCrossAuthor) throw new Error(USAGE);
  const nowAt = argv.indexOf('--now');
  const now = nowAt >= 0 ? new Date(argv[nowAt + 1]) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now: not a date: ${argv[nowAt + 1]}`);
  return { file, crossAuthor: isCrossAuthor, json: argv.includes('--json'), now };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const view = (s: Scores) => ({ macroF1: s.macroF1, accuracy: s.accuracy, perClass: s.perClass, flags: s.flags, confusion: s.confusion });

function classTable(name: string, s: Scores, baseline: Scores): string[] {
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

function flagTable(m: Scores, b: Scores): string[] {
  const out = [`\n${'flag'.padEnd(36)} ${'model P     R'.padEnd(16)} ${'baseline P     R'.padEnd(19)} support`];
  for (const f of FLAGS) {
    const x = m.flags[f], y = b.flags[f];
    out.push(`${f.padEnd(36)} ${pct(x.precision)} ${pct(x.recall)}      ${pct(y.precision)} ${pct(y.recall)}    ${String(x.support).padStart(4)}`);
  }
  return out;
}

interface Known {
  lines: Array<CorpusLine & { label: Category }>;
  unknownLabels: Record<string, number>;
  unknownFlags: Record<string, number>;
}

function known<T extends CorpusLine>(lines: readonly T[]): Known & { lines: Array<T & { label: Category }> } {
  const labels = new Set<string>(CATEGORIES);
  const flags = new Set<string>(FLAGS);
  const unknownLabels: Record<string, number> = {};
  const unknownFlags: Record<string, number> = {};
  const kept: Array<T & { label: Category }> = [];
  for (const line of lines) {
    for (const f of line.flags) if (!flags.has(f)) unknownFlags[f] = (unknownFlags[f] ?? 0) + 1;
    if (labels.has(line.label)) kept.push(line as T & { label: Category });
    else unknownLabels[line.label] = (unknownLabels[line.label] ?? 0) + 1;
  }
  return { lines: kept, unknownLabels, unknownFlags };
}

function unknownNotes(k: Known): string[] {
  const skipped = Object.values(k.unknownLabels).reduce((a, n) => a + n, 0);
  return [
    ...(skipped ? [`${skipped} with unknown labels skipped (${JSON.stringify(k.unknownLabels)})`] : []),
    ...(Object.keys(k.unknownFlags).length ? [`unknown flags ignored: ${JSON.stringify(k.unknownFlags)}`] : []),
  ];
}

function evaluateFile(args: Args & { file: string }): void {
  const k = known(readCorpus(args.file));
  const model: Prediction[] = [];
  const baseline: Prediction[] = [];
  for (const line of k.lines) {
    const now = line.now ? new Date(line.now) : args.now ?? new Date();
    model.push(predictionFrom(line, understandOffline(line.text, { now })));
    const b = baselineUnderstand(line.text, now);
    baseline.push({ gold: line.label, predicted: b.category, goldFlags: new Set(line.flags), predictedFlags: b.flags });
  }
  const m = score(model), b = score(baseline);
  if (args.json) {
    console.log(JSON.stringify({ model: view(m), baseline: view(b), n: model.length, unknownLabels: k.unknownLabels, unknownFlags: k.unknownFlags }));
    return;
  }
  const out = [`${args.file}: ${model.length} messages scored`, ...unknownNotes(k)];
  out.push(...classTable('embedded model', m, b), ...confusionTable('embedded model', m), ...confusionTable('keyword baseline', b), ...flagTable(m, b));
  console.log(out.join('\n'));
}

function evaluateAcrossAuthors(args: Args): void {
  const folder = args.file ?? join(__dirname, '..', 'understanding', 'data');
  const k = known(readCorpusFolder(folder));
  const r = crossAuthor(k.lines, SHIPPED_FIT(), args.now);
  const safety = (s: Scores) => s.flags.safeguarding_or_health_and_safety;
  if (args.json) {
    console.log(JSON.stringify({
      n: k.lines.length,
      meanMacroF1: r.meanMacroF1,
      worst: r.worst,
      worstSafetyRecall: r.worstSafetyRecall,
      authors: r.authors.map((a) => ({ author: a.author, n: a.n, macroF1: a.model.macroF1, baselineMacroF1: a.baseline.macroF1, safetyRecall: safety(a.model).recall, safetySupport: safety(a.model).support })),
      model: view(r.pooled),
      baseline: view(r.baselinePooled),
      unknownLabels: k.unknownLabels,
      unknownFlags: k.unknownFlags,
    }));
    return;
  }
  const out = [`${folder}: ${k.lines.length} messages by ${r.authors.length} authors, each author held out in turn`, ...unknownNotes(k)];
  out.push(`\n${'held-out author'.padEnd(28)} ${'n'.padStart(4)}  macro-F1  baseline  safeguarding R`);
  for (const a of r.authors) {
    const s = safety(a.model);
    out.push(`${a.author.padEnd(28)} ${String(a.n).padStart(4)}  ${a.model.macroF1.toFixed(3).padStart(8)}  ${a.baseline.macroF1.toFixed(3).padStart(8)}  ${s.support ? `${pct(s.recall)}% of ${s.support}` : '—'}`);
  }
  out.push(`\nmean over authors: macro-F1 ${r.meanMacroF1.toFixed(3)}; worst author ${r.worst.author} ${r.worst.macroF1.toFixed(3)}; ` +
    `lowest safeguarding recall ${r.worstSafetyRecall.author} ${pct(r.worstSafetyRecall.recall)}%`);
  out.push(...classTable('all held-out predictions pooled', r.pooled, r.baselinePooled), ...confusionTable('held-out model', r.pooled), ...flagTable(r.pooled, r.baselinePooled));
  console.log(out.join('\n'));
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.crossAuthor) evaluateAcrossAuthors(args);
  else evaluateFile({ ...args, file: args.file! });
}

main();

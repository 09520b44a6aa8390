import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';

// One labelled message a line. Labels and flags are plain strings here on purpose: a line with a
// label we do not know is counted and reported by the evaluation, never fatal.
export const CorpusLineSchema = z.object({
  id: z.string(),
  /** Who wrote it (a writer's persona); the cross-author evaluation holds each one out in turn. */
  author: z.string().optional(),
  text: z.string(),
  label: z.string(),
  flags: z.array(z.string()).default([]),
  /** When the message was written; dates and older_than_12_months are judged against it. */
  now: z.string().datetime({ offset: true }).optional(),
});
export type CorpusLine = z.infer<typeof CorpusLineSchema>;

/** Reads a JSON Lines corpus; blank lines are skipped, a malformed line names its line number. */
export function readCorpus(path: string): CorpusLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, number }) => {
      const parsed = CorpusLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${number}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

/** Every `*.jsonl` file in a folder, each line's author defaulting to its file's name. */
export function readCorpusFolder(dir: string): Array<CorpusLine & { author: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readCorpus(join(dir, f)).map((l) => ({ ...l, author: l.author ?? basename(f, '.jsonl') })));
}

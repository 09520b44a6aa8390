import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// Risks said without a keyword, and look-alikes with no risk, written by people who had read
// neither the safety rules nor the corpus, only the labelling guide (fixtures/quiet-risks*.json).
export const QuietRiskSchema = z.object({
  kind: z.string().min(1),
  language: z.string(),
  text: z.string(),
  safety: z.boolean(),
  /**
   * A look-alike the rules still raise: nothing is at risk now (the danger was dealt with, or the
   * words are about a policy). Tolerated, since a missed risk is a defect and a false alarm is not;
   * marked so that a change which stops raising it is noticed and the mark removed.
   */
  raisedAnyway: z.literal(true).optional(),
});
export type QuietRisk = z.infer<typeof QuietRiskSchema>;

export const readQuietRisks = (file: string): QuietRisk[] =>
  QuietRiskSchema.array().parse(JSON.parse(readFileSync(join(__dirname, 'fixtures', file), 'utf8')));

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { understandOffline } from '../../understanding';

// Written by people who had read neither the safety rules nor the corpus, only the labelling guide:
// risks said without a keyword (despair inside thanks, a ceiling gone soft, someone not answering
// for days, headaches that lift away from home, a home taken over, coercive control) in several
// languages, and messages that share their words with no risk at all.
const QuietRiskSchema = z.object({
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
const read = (file: string) => QuietRiskSchema.array().parse(JSON.parse(readFileSync(join(__dirname, 'fixtures', file), 'utf8')));
const NOW = new Date('2026-11-20T12:00:00Z');
const raised = (text: string) => understandOffline(text, { now: NOW }).signals.safeguarding_or_health_and_safety;

describe.each([
  ['the first writer', read('quiet-risks.json')],
  ['the second writer', read('quiet-risks-second-writer.json')],
])('risks said quietly raise safety; the same words with no risk do not (%s)', (_writer, cases) => {
  const expected = cases.filter((c) => !c.raisedAnyway).map((c) => [c.kind, c.language, c.safety, c.text] as const);
  it.each(expected)('%s (%s) → safety %s: %s', (_kind, _language, safety, text) => {
    expect(raised(text)).toBe(safety);
  });
  const tolerated = cases.filter((c) => c.raisedAnyway).map((c) => [c.kind, c.language, c.text] as const);
  if (tolerated.length > 0) {
    it.failing.each(tolerated)('%s (%s) should not raise safety, and still does: %s', (_kind, _language, text) => {
      expect(raised(text)).toBe(false);
    });
  }
});

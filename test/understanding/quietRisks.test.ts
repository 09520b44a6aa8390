import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { understandOffline } from '../../understanding';

// Written by someone who had read neither the safety rules nor the corpus: risks said without a
// keyword (despair inside thanks, a ceiling gone soft, someone not answering for days, water by a
// light) in several languages, and messages that share their words with no risk at all.
const QuietRiskSchema = z.object({
  kind: z.enum(['despair', 'ceiling', 'no_answer', 'water_light', 'control']),
  language: z.string(),
  text: z.string(),
  safety: z.boolean(),
});
const cases = QuietRiskSchema.array().parse(JSON.parse(readFileSync(join(__dirname, 'fixtures', 'quiet-risks.json'), 'utf8')));
const NOW = new Date('2026-11-20T12:00:00Z');

describe('risks said quietly raise safety; the same words with no risk do not', () => {
  it.each(cases.map((c) => [c.kind, c.language, c.safety, c.text] as const))('%s (%s) → safety %s: %s', (_kind, _language, safety, text) => {
    expect(understandOffline(text, { now: NOW }).signals.safeguarding_or_health_and_safety).toBe(safety);
  });
});

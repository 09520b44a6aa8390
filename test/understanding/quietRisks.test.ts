import { understandOffline } from '../../understanding';
import { readQuietRisks } from './quietRisk';

// Risks said quietly in several languages (despair inside thanks, a ceiling gone soft, someone not
// answering for days, headaches that lift away from home, a home taken over, coercive control), and
// messages that share their words with no risk at all (quietRisk.ts).
const NOW = new Date('2026-11-20T12:00:00Z');
const raised = (text: string) => understandOffline(text, { now: NOW }).signals.safeguarding_or_health_and_safety;

describe.each([
  ['the first writer', readQuietRisks('quiet-risks.json')],
  ['the second writer', readQuietRisks('quiet-risks-second-writer.json')],
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

import { immediateDanger, type ImmediateDanger } from '../../understanding/immediateDanger';
import { readQuietRisks } from './quietRisk';

// The second outside writer's quiet risks (fixtures/quiet-risks-second-writer.json) of the kinds
// that need the emergency advice at once: gas smelt as rotten eggs or a hob left unlit, carbon
// monoxide as headaches that lift away from home, a socket hot and scorched or water on the fuse
// box, and thoughts of not being here said quietly. Each gets the advice for its danger; the same
// topics with the danger over get none.
const ADVICE_FOR: Record<string, keyof ImmediateDanger> = { gas: 'gas', carbon_monoxide: 'gas', electrical: 'electric', despair: 'selfHarm' };

const written = readQuietRisks('quiet-risks-second-writer.json');

describe('quiet dangers get the emergency advice for what they are', () => {
  const risks = written.filter((c) => c.safety && ADVICE_FOR[c.kind]).map((c) => [c.kind, c.language, ADVICE_FOR[c.kind], c.text] as const);
  it.each(risks)('%s (%s) → %s advice: %s', (_kind, _language, advice, text) => {
    expect(immediateDanger(text)?.[advice]).toBe(true);
  });

  const looksAlike = written.filter((c) => !c.safety).map((c) => [c.language, c.text] as const);
  it.each(looksAlike)('no gas, electrical or self-harm advice when nothing is at risk (%s): %s', (_language, text) => {
    const danger = immediateDanger(text);
    expect([danger?.gas, danger?.electric, danger?.selfHarm].some(Boolean)).toBe(false);
  });
});

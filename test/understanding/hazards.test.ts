import { understandOffline } from '../../understanding';

const NOW = new Date('2026-11-20T12:00:00Z');
const hazards = (text: string): string[] => understandOffline(text, { now: NOW }).hazards.map((h) => h.hazard);

// Awaab's Law: a hazard named only to say it is absent or over starts no clock; one that is back,
// still there or merely hoped to be gone does.
describe('hazards respect negation and tense', () => {
  it.each([
    ['we have never had any damp in this flat, it is the letterbox that is broken'],
    ['there is no mould any more since the new extractor went in'],
    ['the leak under the sink was fixed last week, thanks'],
    ['no sign of damp at all, the problem is the gate'],
    ["I can't smell gas now the engineer has been, but the hob won't light"],
    ['Damp? No, never. It is the fence.'],
  ])('none for %j', (text) => {
    expect(hazards(text)).toEqual([]);
  });

  it.each([
    ['damp_mould', 'the mould was treated in the spring but it has come back in the bedroom'],
    ['damp_mould', 'the damp has not gone at all despite two visits'],
    ['damp_mould', "it's not just condensation any more, there's black mould on the ceiling"],
    ['heating', 'no heating since Tuesday'],
    ['asbestos', 'the man who drilled the ceiling said he hoped it was not asbestos'],
  ])('%s for %j', (hazard, text) => {
    expect(hazards(text)).toContain(hazard);
  });
});

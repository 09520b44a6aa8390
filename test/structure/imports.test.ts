// The house's shape, checked: folders import one another in one direction only, and the pure core
// (the triage rules and the case lifecycle) imports nothing from the shells around it.
import { resolve } from 'node:path';
import { folderCycles, folderEdges } from '../../scripts/importCycles';

const edges = folderEdges(resolve(__dirname, '../..'));

/** What each core folder may import: the core only. */
const CORE: Record<string, readonly string[]> = {
  triage: [],
  lifecycle: ['triage'],
};

describe('imports between folders', () => {
  it('finds the folders (the walk itself works)', () => {
    expect(edges.some((e) => e.from === 'server' && e.to === 'bot')).toBe(true);
  });

  it('form no cycle', () => {
    const cycles = folderCycles(edges).map((c) => c.join(' → '));
    expect(cycles).toEqual([]);
  });

  it.each(Object.entries(CORE))('keep %s free of the shells around it', (core, allowed) => {
    const outward = edges.filter((e) => e.from === core && !allowed.includes(e.to)).map((e) => e.example);
    expect(outward).toEqual([]);
  });

  it('let only the composition root (server/) see the whole app context', () => {
    const seeing = edges.filter((e) => e.to === 'server').map((e) => e.example);
    expect(seeing).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it.each([
    { name: 'two folders importing each other', graph: [['a', 'b'], ['b', 'a']], cycles: [['a', 'b', 'a']] },
    { name: 'a ring of three', graph: [['a', 'b'], ['b', 'c'], ['c', 'a']], cycles: [['a', 'b', 'c', 'a']] },
    { name: 'no ring: two paths to one folder', graph: [['a', 'b'], ['b', 'c'], ['a', 'c']], cycles: [] },
  ])('in $name', ({ graph, cycles }) => {
    expect(folderCycles(graph.map(([from, to]) => ({ from: from as string, to: to as string, example: '' })))).toEqual(cycles);
  });
});

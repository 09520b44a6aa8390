// Folder-level import graph of the product's source (tests, scripts and benchmarks excluded): each
// top-level folder is a node, an import from one folder into another is an edge, type-only
// imports included. Used by test/structure/imports.test.ts and by `npm run cycles`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const NOT_PRODUCT = new Set(['node_modules', 'test', 'scripts', 'bench', 'migrations', 'docs', '.git', '.ci', 'coverage', 'dist']);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

export interface FolderEdge {
  from: string;
  to: string;
  /** One file-level import that makes the edge, for the message. */
  example: string;
}

function sourceFiles(dir: string, root: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return dir === root && NOT_PRODUCT.has(name) ? [] : sourceFiles(path, root);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const folderOf = (root: string, file: string) => relative(root, file).split(sep)[0] ?? '';

/** Every folder-to-folder import edge in the product under `root`. */
export function folderEdges(root: string): FolderEdge[] {
  const edges = new Map<string, FolderEdge>();
  for (const file of sourceFiles(root, root)) {
    const from = folderOf(root, file);
    if (!from || from === relative(root, file)) continue; // files at the top level are not a folder
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const to = folderOf(root, resolve(dirname(file), m[1] ?? m[2] ?? ''));
      if (to === from || to.startsWith('..')) continue;
      const key = `${from}→${to}`;
      if (!edges.has(key)) edges.set(key, { from, to, example: `${relative(root, file)} imports ${m[1] ?? m[2]}` });
    }
  }
  return [...edges.values()];
}

/** Each cycle between folders, as the list of folders walked (first repeated at the end). */
export function folderCycles(edges: readonly FolderEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const cycles = new Map<string, string[]>();
  const walk = (path: string[]) => {
    for (const to of next.get(path[path.length - 1] as string) ?? []) {
      const at = path.indexOf(to);
      if (at >= 0) {
        const cycle = path.slice(at);
        const start = cycle.indexOf([...cycle].sort()[0] as string);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(canonical.join('→'), [...canonical, canonical[0] as string]);
      } else if (path.length < 12) walk([...path, to]);
    }
  };
  for (const from of next.keys()) walk([from]);
  return [...cycles.values()];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const edges = folderEdges(resolve(__dirname, '..'));
  const cycles = folderCycles(edges);
  for (const c of cycles) {
    console.log(c.join(' → '));
    for (let i = 0; i + 1 < c.length; i++) console.log('   ', edges.find((e) => e.from === c[i] && e.to === c[i + 1])?.example);
  }
  console.log(cycles.length === 0 ? 'no cycles between folders' : `${cycles.length} cycles`);
  process.exitCode = cycles.length === 0 ? 0 : 1;
}

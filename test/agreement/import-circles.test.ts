import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// Issue #13: no module imports itself round a circle — a circle means two files are one thing, or a
// rule sits on the wrong side of a layer (domain ← store ← api ← main). Checked over every service,
// library and the gateway, type-only imports included: each source's relative imports and re-exports.

const root = join(__dirname, '..', '..');

/** The sources of the services, libraries and gateway (not their tests, builds or generated types). */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (['dist', 'node_modules', 'test', 'generated'].includes(name)) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]*)['"]|(?:import|require)\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)|^\s*import\s*['"](\.{1,2}\/[^'"]*)['"]/gm;

/** The files a source imports by a relative path, resolved as TypeScript does (x.ts, x/index.ts). */
export function importsOf(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const target = resolve(dirname(file), match[1] ?? match[2] ?? match[3]);
    const candidate = [`${target}.ts`, join(target, 'index.ts'), target.replace(/\.js$/, '.ts')].find((path) => existsSync(path) && statSync(path).isFile());
    if (candidate) found.push(candidate);
  }
  return found;
}

/** Every circle of a graph (its strongly connected parts of more than one file, or a file importing itself). */
export function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node)!, index.get(target)!));
    }
    if (low.get(node) === index.get(node)) {
      const part: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        part.push(member);
      } while (member !== node);
      if (part.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(part.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports', () => {
  it('are found as TypeScript writes them, and a circle among them is found', () => {
    const file = join(root, 'services', 'gradebook', 'src', 'main.ts');
    expect(importsOf(file, "import type { A } from './store/journal.store';\nexport * from './store/journal.store';\nimport x from '../../../libs/kit/src';").map((path) => relative(root, path))).toEqual(['services/gradebook/src/store/journal.store.ts', 'services/gradebook/src/store/journal.store.ts', 'libs/kit/src/index.ts']);
    expect(circles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(circles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('form no circle anywhere in the services, libraries and gateway', () => {
    const files = ['services', 'libs', 'gateway'].flatMap((folder) => sources(join(root, folder)));
    const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
    expect(files.length).toBeGreaterThan(300);
    expect(circles(graph).map((part) => part.map((file) => relative(root, file)))).toEqual([]);
  });
});

import { join } from 'node:path';
import madge from 'madge';

process.noDeprecation = true; // the TypeScript parser madge uses warns of its own API

// Issue #13: no module imports itself round a circle — a circle means two files are one thing, or a
// rule sits on the wrong side of a layer (domain ← store ← api ← main). Checked over every service,
// library and the gateway, type-only imports included.

const root = join(__dirname, '..', '..');
const sources = ['services', 'libs', 'gateway'].map((folder) => join(root, folder));

describe('imports', () => {
  it('form no circle anywhere in the services, libraries and gateway', async () => {
    const graph = await madge(sources, {
      fileExtensions: ['ts'],
      tsConfig: join(root, 'tsconfig.base.json'),
      excludeRegExp: [/\/dist\//, /\/node_modules\//, /\/test\//, /\/generated\//],
    });
    expect(graph.circular()).toEqual([]);
  }, 120_000);
});

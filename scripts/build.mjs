#!/usr/bin/env node
// Builds the services, the gateway and the libraries: every package's src/ transpiled into its dist/
// (CommonJS for Node.js 20, source maps), file by file, with esbuild — a couple of seconds, where tsc -b
// took about a minute on two cores to check the same types a second time. The types are checked once, by
// `npx tsc -p tsconfig.check.json --noEmit` (make typecheck: sources, tests and benchmarks together;
// make test runs it, and the image's build).
//
//   node scripts/build.mjs            every package
//   node scripts/build.mjs libs/backup  the packages named
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The packages that have sources to build: libs/*, services/* and the gateway. */
function packages() {
  const under = (folder) => readdirSync(join(ROOT, folder)).map((name) => join(folder, name));
  return [...under('libs'), ...under('services'), 'gateway'].filter((folder) => existsSync(join(ROOT, folder, 'src')) && existsSync(join(ROOT, folder, 'tsconfig.json')));
}

/** Every TypeScript source under a folder (declaration files are types only). */
function sources(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const chosen = process.argv.slice(2);
const started = Date.now();
for (const folder of chosen.length > 0 ? chosen : packages()) {
  const root = join(ROOT, folder);
  // What a removed source left behind must not be loaded by a service.
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  rmSync(join(root, 'tsconfig.tsbuildinfo'), { force: true });
  await build({
    entryPoints: sources(join(root, 'src')),
    outdir: join(root, 'dist'),
    outbase: join(root, 'src'),
    bundle: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    // As tsconfig.base.json compiles them (ES2022 class fields, esModuleInterop).
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, esModuleInterop: true } },
  });
  if (chosen.length > 0) console.log(`built ${relative(ROOT, root)}`);
}
console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

#!/usr/bin/env node
// Generates TypeScript types for every .proto under proto/ with proto-loader-gen-types.
// usage: node scripts/gen-proto-types.mjs [outDir]   (default: libs/contracts/src/generated)
// The loader options here must equal LOADER_OPTIONS in libs/contracts/src/proto.ts.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const protoDir = join(root, 'proto');
const outDir = resolve(process.argv[2] ?? join(root, 'libs/contracts/src/generated'));

function protoFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return protoFiles(path);
    return name.endsWith('.proto') ? [relative(protoDir, path)] : [];
  });
}

rmSync(outDir, { recursive: true, force: true });
execFileSync(
  join(root, 'node_modules/.bin/proto-loader-gen-types'),
  [...protoFiles(protoDir).sort(), '--longs=String', '--enums=String', '--defaults', '--oneofs',
    '--grpcLib=@grpc/grpc-js', `--outDir=${outDir}`, `--includeDirs=${protoDir}`],
  { stdio: 'inherit' },
);

// Generated files name their source by absolute path; keep them independent of where the clone is.
function relativiseSources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      relativiseSources(path);
      continue;
    }
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replaceAll(`// Original file: ${root}/`, '// Original file: '));
  }
}
relativiseSources(outDir);

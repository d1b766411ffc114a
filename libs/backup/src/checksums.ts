import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { checksumProblems, MANIFEST_FILE, parseManifest, parseSums, SUMS_FILE, type FoundFile, type Manifest } from './manifest';

/** A file's size and SHA-256 (hex), read as a stream. */
export async function fileChecksum(path: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return { bytes: statSync(path).size, sha256: hash.digest('hex') };
}

async function found(path: string): Promise<FoundFile> {
  return existsSync(path) && statSync(path).isFile() ? fileChecksum(path) : undefined;
}

export type Verification = { manifest: Manifest; problems: [] } | { manifest?: Manifest; problems: string[] };

/**
 * Reads one backup directory and checks it whole: SHA256SUMS, manifest.json against it, then every
 * file against both. Nothing is trusted before its checksum is: the manifest is parsed only once its
 * own checksum matches.
 */
export async function verifyBackup(dir: string): Promise<Verification> {
  if (!existsSync(join(dir, SUMS_FILE))) return { problems: [`${SUMS_FILE}: missing (is ${dir} one backup's directory?)`] };
  let sums: Map<string, string>;
  try {
    sums = parseSums(readFileSync(join(dir, SUMS_FILE), 'utf8'));
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const manifestFile = await found(join(dir, MANIFEST_FILE));
  if (manifestFile === undefined) return { problems: [`${MANIFEST_FILE}: missing`] };
  const expected = sums.get(MANIFEST_FILE);
  if (expected === undefined) return { problems: [`${MANIFEST_FILE}: not in ${SUMS_FILE}`] };
  if (expected !== manifestFile.sha256) return { problems: [`${MANIFEST_FILE}: SHA-256 ${manifestFile.sha256}, ${SUMS_FILE} says ${expected}`] };
  let manifest: Manifest;
  try {
    manifest = parseManifest(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const files = new Map<string, FoundFile>();
  for (const name of new Set([...manifest.files.map((file) => file.name), ...sums.keys()])) {
    if (name === MANIFEST_FILE) continue;
    if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(name)) return { problems: [`${SUMS_FILE} names ${JSON.stringify(name)}, which is not a plain file name`] };
    files.set(name, await found(join(dir, name)));
  }
  const problems = checksumProblems(manifest, sums, files);
  return problems.length === 0 ? { manifest, problems: [] } : { manifest, problems };
}

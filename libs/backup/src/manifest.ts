import { z } from 'zod';

/**
 * What a backup holds, written beside its files as manifest.json: when it was taken, of which databases,
 * with which tool and version, how consistent it is, the broker's definitions (or why they are missing),
 * and every file with its size and SHA-256. SHA256SUMS (the `sha256sum -c` format) lists the same files
 * and manifest.json itself, so a copy can be checked by hand as well as by `restore`.
 */
export const MANIFEST_FILE = 'manifest.json';
export const SUMS_FILE = 'SHA256SUMS';
export const MANIFEST_FORMAT = 'ejournal-backup/1';

/** A file name inside a backup directory: no directories, nothing hidden, nothing that climbs out. */
const fileName = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/, 'must be a plain file name');
const databaseName = z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be a database name');

const fileEntry = z.object({ name: fileName, bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type FileEntry = z.infer<typeof fileEntry>;

export const TOOLS = ['pg_dump', 'mongodump'] as const;
export type Tool = (typeof TOOLS)[number];

const databaseEntry = z.discriminatedUnion('present', [
  z.object({ name: databaseName, present: z.literal(true), file: fileName, collections: z.array(z.string()) }),
  /** The database did not exist when the backup was taken: restoring the backup removes it. */
  z.object({ name: databaseName, present: z.literal(false) }),
]);
export type DatabaseEntry = z.infer<typeof databaseEntry>;

const brokerEntry = z.discriminatedUnion('taken', [
  z.object({ taken: z.literal(true), via: z.enum(['management API', 'rabbitmqctl']), source: z.string(), version: z.string(), file: fileName }),
  z.object({ taken: z.literal(false), reasons: z.array(z.string()).min(1) }),
]);
export type BrokerEntry = z.infer<typeof brokerEntry>;

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  id: z.string(),
  takenAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  host: z.string(),
  /** The database server (credentials removed) and what it reported about itself. */
  source: z.object({ server: z.string(), version: z.string(), postgresql: z.string().optional() }),
  tool: z.object({ name: z.enum(TOOLS), version: z.string() }),
  /** How far the databases agree with each other in time (see docs/backups.md). */
  consistency: z.string(),
  databases: z.array(databaseEntry),
  broker: brokerEntry,
  files: z.array(fileEntry),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The name of a backup: the UTC second it was taken, usable as a directory name on any file system. */
export function backupIdOf(takenAt: Date): string {
  return takenAt.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
}

const ID_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z$/;

/** When the backup of that name was taken; undefined for a name that is not a backup's. */
export function takenAtOfId(id: string): Date | undefined {
  const match = ID_PATTERN.exec(id);
  if (!match) return undefined;
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** manifest.json's text: stable, indented, ending with a newline. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`;
}

/** Reads manifest.json's text; throws naming what is wrong with it. */
export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${MANIFEST_FILE} is not JSON: ${(error as Error).message}`);
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) throw new Error(`${MANIFEST_FILE} is not a backup manifest: ${result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.message}`).join('; ')}`);
  const names = result.data.files.map((file) => file.name);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) throw new Error(`${MANIFEST_FILE} lists ${repeated} twice`);
  return result.data;
}

/** SHA256SUMS's text: `<hex>  <name>` a line, as `sha256sum` writes and `sha256sum -c` reads. */
export function sumsText(entries: Array<{ name: string; sha256: string }>): string {
  return entries.map((entry) => `${entry.sha256}  ${entry.name}\n`).join('');
}

/** SHA256SUMS read into name → checksum; throws on a line that is not `<hex>  <name>`. */
export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const [index, line] of text.split('\n').entries()) {
    if (line === '') continue;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new Error(`${SUMS_FILE} line ${index + 1} is not "<sha256>  <file>"`);
    if (sums.has(match[2])) throw new Error(`${SUMS_FILE} lists ${match[2]} twice`);
    sums.set(match[2], match[1]);
  }
  return sums;
}

/** What was found on the medium for one file: its size and checksum, or nothing when it is missing. */
export type FoundFile = { bytes: number; sha256: string } | undefined;

/**
 * Everything that makes a backup untrustworthy, in words an operator can act on; none means every
 * file is there with the size and checksum the manifest and SHA256SUMS give. `found` holds the
 * files listed by either (manifest.json included), as read from the medium.
 */
export function checksumProblems(manifest: Manifest, sums: Map<string, string>, found: Map<string, FoundFile>): string[] {
  const problems: string[] = [];
  for (const file of manifest.files) {
    const actual = found.get(file.name);
    if (sums.get(file.name) !== file.sha256) problems.push(`${file.name}: ${SUMS_FILE} and ${MANIFEST_FILE} give different checksums`);
    if (actual === undefined) {
      problems.push(`${file.name}: missing`);
      continue;
    }
    if (actual.bytes !== file.bytes) problems.push(`${file.name}: ${actual.bytes} bytes, the manifest says ${file.bytes}`);
    if (actual.sha256 !== file.sha256) problems.push(`${file.name}: SHA-256 ${actual.sha256}, the manifest says ${file.sha256}`);
  }
  const listed = new Set([...manifest.files.map((file) => file.name), MANIFEST_FILE]);
  for (const name of sums.keys()) if (!listed.has(name)) problems.push(`${name}: in ${SUMS_FILE} but not in ${MANIFEST_FILE}`);
  const referenced = [...manifest.databases.flatMap((database) => (database.present ? [database.file] : [])), ...(manifest.broker.taken ? [manifest.broker.file] : [])];
  for (const name of referenced) if (!manifest.files.some((file) => file.name === name)) problems.push(`${name}: used by the manifest but without a checksum`);
  return problems;
}

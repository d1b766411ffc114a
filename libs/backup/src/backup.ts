import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { exportBrokerDefinitions, type BrokerAccess } from './broker-definitions';
import { fileChecksum } from './checksums';
import { dumpFerretDbDatabases } from './ferretdb-postgresql';
import { backupIdOf, manifestText, MANIFEST_FILE, MANIFEST_FORMAT, sumsText, SUMS_FILE, type FileEntry, type Manifest, type Tool } from './manifest';
import { checkMediaApart, rotateMedium, writeToMedium, type Rotation } from './media';
import { dumpMongoDatabases } from './mongodb-tools';
import type { RetentionPolicy } from './rotation';

export type ToolSetting = Tool | 'auto';
export type ServerKind = 'ferretdb' | 'mongodb';

/** The tool for a server: FerretDB's data are dumped from its PostgreSQL (pg_dump), MongoDB's with mongodump. */
export function chooseTool(setting: ToolSetting, server: ServerKind): Tool {
  if (setting === 'auto') return server === 'ferretdb' ? 'pg_dump' : 'mongodump';
  if (setting === 'pg_dump' && server !== 'ferretdb') throw new Error('BACKUP_TOOL=pg_dump backs up FerretDB on PostgreSQL, and MONGODB_URI is a MongoDB server: use mongodump');
  return setting;
}

/** What the server says it is: FerretDB answers buildInfo with its own version besides MongoDB's. */
export async function describeServer(client: MongoClient): Promise<{ kind: ServerKind; version: string }> {
  const info = await client.db('admin').command({ buildInfo: 1 });
  return typeof info.ferretdbVersion === 'string' ? { kind: 'ferretdb', version: `FerretDB ${info.ferretdbVersion}` } : { kind: 'mongodb', version: `MongoDB ${info.version}` };
}

/** A connection string fit for a manifest or a log: no credentials, no options. */
export function withoutCredentials(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//').replace(/\?.*$/, '');
}

export interface BackupOptions {
  mongodbUri: string;
  /** FerretDB's PostgreSQL database (used with pg_dump). */
  postgresqlUrl: string;
  tool: ToolSetting;
  /** Exactly the databases to back up: the platform's, or a test's own. */
  databases: string[];
  media: [string, string];
  broker: BrokerAccess;
  /** Rotate each medium after writing to it; absent: leave older backups alone. */
  retention?: RetentionPolicy;
  log?: (line: string) => void;
}

export interface BackupResult {
  manifest: Manifest;
  /** The backup's directory on each medium it reached. */
  written: string[];
  failures: Array<{ medium: string; error: string }>;
  rotations: Array<{ medium: string; rotation: Rotation }>;
}

/**
 * Takes one backup: dumps the databases (pg_dump: all from one snapshot) and the broker's definitions
 * into a staging directory, writes the manifest and SHA256SUMS, then copies the whole to each medium
 * independently (one medium failing does not stop the other) and rotates each medium it reached.
 */
export async function takeBackup(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  checkMediaApart(...options.media);
  const staged = mkdtempSync(join(tmpdir(), 'ejournal-backup-'));
  const client = new MongoClient(options.mongodbUri, { serverSelectionTimeoutMS: 10_000 });
  try {
    await client.connect();
    const server = await describeServer(client);
    const tool = chooseTool(options.tool, server.kind);
    const takenAt = new Date();
    const id = backupIdOf(takenAt);
    log(`backup ${id}: ${options.databases.length} databases of ${server.version} with ${tool}`);

    let dump: { databases: Manifest['databases']; files: string[]; tool: Manifest['tool']; postgresql?: string };
    let consistency: string;
    if (tool === 'pg_dump') {
      dump = await dumpFerretDbDatabases(options.postgresqlUrl, options.databases, staged);
      consistency = 'one PostgreSQL snapshot for every database';
      // FerretDB must keep its data where we dumped from: a database it lists but PostgreSQL lacks means another backend.
      const listed = new Set((await client.db('admin').admin().listDatabases({ nameOnly: true })).databases.map((database) => database.name));
      const missing = dump.databases.filter((database) => !database.present && listed.has(database.name)).map((database) => database.name);
      if (missing.length > 0) throw new Error(`FerretDB has ${missing.join(', ')} but ${withoutCredentials(options.postgresqlUrl)} does not: is FerretDB on another PostgreSQL database, or on SQLite? Set FERRETDB_POSTGRESQL_URL, or BACKUP_TOOL=mongodump`);
    } else {
      dump = await dumpMongoDatabases(client, options.mongodbUri, options.databases, staged);
      consistency = 'each database by itself (mongodump without --oplog): consistent per document, not across databases';
    }
    if (!dump.databases.some((database) => database.present)) throw new Error(`none of ${options.databases.join(', ')} exists on ${withoutCredentials(options.mongodbUri)}: are the names (BACKUP_DATABASES, BACKUP_DATABASE_PREFIX) and MONGODB_URI right?`);
    for (const database of dump.databases) log(database.present ? `  ${database.name}: ${database.collections.length} collections` : `  ${database.name}: does not exist (a restore drops it)`);

    const broker = await exportBrokerDefinitions(options.broker, staged);
    log(broker.taken ? `  broker definitions: with ${broker.via === 'rabbitmqctl' ? 'rabbitmqctl' : 'the management API'} (${broker.version})` : `  broker definitions: NOT taken — ${broker.reasons.join('; ')}`);

    const files: FileEntry[] = [];
    for (const name of [...dump.files, ...(broker.taken ? [broker.file] : [])]) files.push({ name, ...(await fileChecksum(join(staged, name))) });
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      id,
      takenAt: takenAt.toISOString(),
      finishedAt: new Date().toISOString(),
      host: hostname(),
      source: { server: withoutCredentials(options.mongodbUri), version: server.version, ...(dump.postgresql ? { postgresql: `${dump.postgresql} at ${withoutCredentials(options.postgresqlUrl)}` } : {}) },
      tool: dump.tool,
      consistency,
      databases: dump.databases,
      broker,
      files,
    };
    writeFileSync(join(staged, MANIFEST_FILE), manifestText(manifest));
    const manifestEntry: FileEntry = { name: MANIFEST_FILE, ...(await fileChecksum(join(staged, MANIFEST_FILE))) };
    writeFileSync(join(staged, SUMS_FILE), sumsText([...files, manifestEntry]));
    const everything = [...files, manifestEntry, { name: SUMS_FILE, ...(await fileChecksum(join(staged, SUMS_FILE))) }];

    const result: BackupResult = { manifest, written: [], failures: [], rotations: [] };
    for (const medium of options.media) {
      try {
        result.written.push(await writeToMedium(staged, everything, medium, id));
        log(`  written to ${join(medium, id)}`);
      } catch (error) {
        result.failures.push({ medium, error: (error as Error).message });
        log(`  NOT written to ${medium}: ${(error as Error).message}`);
        continue;
      }
      if (options.retention) {
        const rotation = rotateMedium(medium, options.retention);
        result.rotations.push({ medium, rotation });
        if (rotation.removed.length + rotation.abandoned.length > 0) log(`  ${medium}: removed ${[...rotation.removed, ...rotation.abandoned].join(', ')}`);
      }
    }
    return result;
  } finally {
    await client.close();
    rmSync(staged, { recursive: true, force: true });
  }
}

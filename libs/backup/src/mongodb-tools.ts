import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MongoClient } from 'mongodb';
import type { DatabaseEntry } from './manifest';
import { findProgram, runTool, toolVersion } from './tools';

/**
 * Backups of MongoDB (compose, Kubernetes) with MongoDB's database tools: `mongodump --archive --gzip`
 * a database a file, `mongorestore` of that file into a dropped database. The URI (with its password)
 * reaches the tools in a private config file, never on the command line.
 */

export const ARCHIVE_SUFFIX = '.archive.gz';

function program(name: 'mongodump' | 'mongorestore'): string {
  const path = findProgram(name);
  if (!path) throw new Error(`${name} is not installed (MongoDB's database tools back up MongoDB; the backup image has them)`);
  return path;
}

async function withUriFile<T>(mongodbUri: string, work: (configArgument: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ejournal-mongo-tools-'));
  try {
    const file = join(dir, 'config.yaml');
    writeFileSync(file, `uri: ${JSON.stringify(mongodbUri)}\n`, { mode: 0o600 });
    return await work(`--config=${file}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface MongoDump {
  databases: DatabaseEntry[];
  files: string[];
  tool: { name: 'mongodump'; version: string };
}

/** Dumps each database that exists as `<dir>/<database>.archive.gz`. */
export async function dumpMongoDatabases(client: MongoClient, mongodbUri: string, databases: string[], dir: string): Promise<MongoDump> {
  const mongodump = program('mongodump');
  program('mongorestore');
  const version = await toolVersion(mongodump);
  const existing = new Set((await client.db('admin').admin().listDatabases({ nameOnly: true })).databases.map((database) => database.name));
  const entries: DatabaseEntry[] = [];
  const files: string[] = [];
  for (const name of databases) {
    if (!existing.has(name)) {
      entries.push({ name, present: false });
      continue;
    }
    const collections = (await client.db(name).listCollections({}, { nameOnly: true }).toArray()).map((collection) => collection.name).sort();
    const file = `${name}${ARCHIVE_SUFFIX}`;
    await withUriFile(mongodbUri, (config) => runTool(mongodump, [config, `--db=${name}`, `--archive=${join(dir, file)}`, '--gzip', '--quiet']));
    entries.push({ name, present: true, file, collections });
    files.push(file);
  }
  return { databases: entries, files, tool: { name: 'mongodump', version } };
}

export function checkRestoreTools(): void {
  program('mongorestore');
}

/** Drops the database, then restores the archive into it; a database absent from the backup stays dropped. */
export async function restoreMongoDatabase(client: MongoClient, mongodbUri: string, entry: DatabaseEntry, dir: string): Promise<void> {
  await client.db(entry.name).dropDatabase();
  if (!entry.present) return;
  const mongorestore = program('mongorestore');
  await withUriFile(mongodbUri, (config) => runTool(mongorestore, [config, `--archive=${join(dir, entry.file)}`, '--gzip', `--nsInclude=${entry.name}.*`, '--stopOnError', '--quiet']));
}

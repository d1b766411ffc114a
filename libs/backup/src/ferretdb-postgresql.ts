import { spawn } from 'node:child_process';
import type { MongoClient } from 'mongodb';
import { join } from 'node:path';
import type { DatabaseEntry } from './manifest';
import { findProgram, runPipe, runTool, toolVersion } from './tools';

/**
 * Backups of FerretDB 1.24 on PostgreSQL with PostgreSQL's own tools. FerretDB keeps each MongoDB
 * database as one PostgreSQL schema of the same name in its PostgreSQL database (`ferretdb`, see
 * scripts/infra.sh): a table per collection (`_jsonb`, one row a document, with its BSON types in the
 * row), a PostgreSQL index per MongoDB index, and its catalogue in the schema's table
 * `_ferretdb_database_metadata` (collection → table, indexes → PostgreSQL indexes). `pg_dump` of each
 * schema, all inside one exported snapshot, is therefore a consistent backup of every database at one
 * instant.
 *
 * Restoring must also keep the running FerretDB right: it reads that catalogue once and then keeps it in
 * memory, so a schema replaced behind its back is invisible to it (or, dropped and made again, breaks its
 * next write). A database is therefore restored in two steps: through FerretDB, drop it and make its
 * collections and indexes again from the dump's catalogue (FerretDB's memory now holds the same
 * collections, tables and PostgreSQL indexes); then, in one PostgreSQL transaction, drop the schema and
 * restore the dump into it whole — rows, indexes (the GIN twins of scripts/sql too), triggers and
 * catalogue exactly as dumped. Event triggers are held off meanwhile (`session_replication_role`), so
 * nothing is made twice.
 */

export const CATALOGUE_TABLE = '_ferretdb_database_metadata';
export const DUMP_SUFFIX = '.pgdump';

export interface FerretDbIndex {
  name: string;
  /** The PostgreSQL index FerretDB made for it. */
  pgIndex: string;
  key: Array<[field: string, direction: 1 | -1]>;
  unique: boolean;
}

export interface FerretDbCollection {
  name: string;
  table: string;
  cappedSize: number;
  cappedDocuments: number;
  indexes: FerretDbIndex[];
}

/** A value of a text-format COPY row as it was: `\\`, `\n`, `\t` … and octal or hex bytes undone. */
export function unescapeCopyText(field: string): string {
  const named: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  return field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, code: string) => {
    if (code.startsWith('x')) return String.fromCharCode(parseInt(code.slice(1), 16));
    if (/^[0-7]/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return named[code] ?? code;
  });
}

/** The rows of the one `COPY … FROM stdin;` block in SQL written by pg_restore (one column each). */
export function copyRowsOf(sql: string): string[] {
  const lines = sql.split('\n');
  const start = lines.findIndex((line) => /^COPY .* FROM stdin;$/.test(line));
  if (start === -1) throw new Error('no COPY block in the restored SQL');
  const end = lines.indexOf('\\.', start + 1);
  if (end === -1) throw new Error('the COPY block does not end');
  return lines.slice(start + 1, end).map(unescapeCopyText);
}

type SjsonSchema = { $k?: string[]; p?: Record<string, { t?: string; i?: Array<{ $s?: SjsonSchema }>; $s?: SjsonSchema }> };

/**
 * One row of FerretDB's catalogue (its `sjson`: the document's values, with a `$s` schema that keeps
 * types and key order) read as a collection.
 */
export function collectionOfCatalogueRow(text: string): FerretDbCollection {
  const row = JSON.parse(text) as {
    $s?: SjsonSchema;
    _id: string;
    table: string;
    indexes: Array<{ pgindex: string; name: string; key: Record<string, number>; unique?: boolean | null }>;
    cappedSize?: number;
    cappedDocs?: number;
  };
  if (typeof row._id !== 'string' || typeof row.table !== 'string' || !Array.isArray(row.indexes)) throw new Error(`not a FerretDB catalogue row: ${text.slice(0, 200)}`);
  const indexSchemas = row.$s?.p?.indexes?.i ?? [];
  return {
    name: row._id,
    table: row.table,
    cappedSize: Number(row.cappedSize ?? 0),
    cappedDocuments: Number(row.cappedDocs ?? 0),
    indexes: row.indexes.map((index, position) => {
      // The key's fields in their order: from the schema when it has it (JSON objects do not promise one).
      const order = indexSchemas[position]?.$s?.p?.key?.$s?.$k ?? Object.keys(index.key);
      return {
        name: index.name,
        pgIndex: index.pgindex,
        key: order.map((field): [string, 1 | -1] => [field, index.key[field] === -1 ? -1 : 1]),
        unique: index.unique === true,
      };
    }),
  };
}

export function catalogueOf(rows: string[]): FerretDbCollection[] {
  return rows.map(collectionOfCatalogueRow).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Where two catalogues differ in what PostgreSQL calls things (tables, indexes); none when they agree. */
export function catalogueDifferences(dumped: FerretDbCollection[], made: FerretDbCollection[]): string[] {
  const differences: string[] = [];
  const madeByName = new Map(made.map((collection) => [collection.name, collection]));
  for (const collection of dumped) {
    const other = madeByName.get(collection.name);
    if (!other) {
      differences.push(`${collection.name}: not made`);
      continue;
    }
    if (other.table !== collection.table) differences.push(`${collection.name}: table ${other.table}, the dump has ${collection.table}`);
    for (const index of collection.indexes) {
      const twin = other.indexes.find((candidate) => candidate.name === index.name);
      if (!twin) differences.push(`${collection.name}.${index.name}: not made`);
      else if (twin.pgIndex !== index.pgIndex) differences.push(`${collection.name}.${index.name}: PostgreSQL index ${twin.pgIndex}, the dump has ${index.pgIndex}`);
    }
  }
  for (const collection of made) if (!dumped.some((candidate) => candidate.name === collection.name)) differences.push(`${collection.name}: not in the dump`);
  return differences;
}

function program(name: 'pg_dump' | 'pg_restore' | 'psql'): string {
  const path = findProgram(name);
  if (!path) throw new Error(`${name} is not installed (PostgreSQL's client tools back up FerretDB on PostgreSQL)`);
  return path;
}

/** `"name"`: a schema named exactly so (names are [A-Za-z0-9_-], checked by the configuration). */
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A psql session holding one read-only REPEATABLE READ transaction and its exported snapshot: every
 * pg_dump given the snapshot sees the database as this transaction does.
 */
class SnapshotSession {
  private readonly lines: string[] = [];
  private readonly waiting: Array<{ resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  private stderr = '';
  private ended?: Error;

  private constructor(private readonly child: ReturnType<typeof spawn>) {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) !== -1) {
        this.lines.push(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
      }
      this.deliver();
    });
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    child.once('close', (code) => {
      this.ended = new Error(`psql ended (${code}): ${this.stderr.trim() || 'without a word'}`);
      this.deliver();
    });
  }

  static async open(postgresqlUrl: string): Promise<SnapshotSession> {
    const session = new SnapshotSession(spawn(program('psql'), ['-X', '-t', '-A', '-q', '-v', 'ON_ERROR_STOP=1', postgresqlUrl], { stdio: ['pipe', 'pipe', 'pipe'] }));
    session.child.stdin!.write('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;\n');
    return session;
  }

  private deliver(): void {
    while (this.waiting.length > 0 && this.lines.length > 0) this.waiting.shift()!.resolve(this.lines.shift()!);
    if (this.ended) for (const waiter of this.waiting.splice(0)) waiter.reject(this.ended);
  }

  /** Runs a query whose answer is one row of one column. */
  value(sql: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin!.write(`${sql};\n`);
      this.deliver();
    });
  }

  async close(): Promise<void> {
    const closed = new Promise((resolve) => this.child.once('close', resolve));
    if (!this.ended) this.child.stdin!.end('COMMIT;\n');
    await closed;
  }
}

export interface FerretDbDump {
  databases: DatabaseEntry[];
  files: string[];
  tool: { name: 'pg_dump'; version: string };
  postgresql: string;
}

/** Dumps each database (schema) present, all from one snapshot, as `<dir>/<database>.pgdump` (custom format, compressed). */
export async function dumpFerretDbDatabases(postgresqlUrl: string, databases: string[], dir: string): Promise<FerretDbDump> {
  const pgDump = program('pg_dump');
  program('pg_restore');
  const version = await toolVersion(pgDump);
  const session = await SnapshotSession.open(postgresqlUrl);
  const entries: DatabaseEntry[] = [];
  const files: string[] = [];
  let postgresql: string;
  try {
    const snapshot = await session.value('SELECT pg_export_snapshot()');
    postgresql = await session.value("SELECT 'PostgreSQL ' || current_setting('server_version')");
    const list = databases.map((name) => `'${name}'`).join(',');
    const present = new Set(
      (await session.value(`SELECT coalesce(string_agg(table_schema, ','), '') FROM information_schema.tables WHERE table_name = '${CATALOGUE_TABLE}' AND table_schema IN (${list})`))
        .split(',')
        .filter(Boolean),
    );
    for (const name of databases) {
      if (!present.has(name)) {
        entries.push({ name, present: false });
        continue;
      }
      const file = `${name}${DUMP_SUFFIX}`;
      await runTool(pgDump, ['--format=custom', `--snapshot=${snapshot}`, `--schema=${quoted(name)}`, '--strict-names', '--no-owner', '--no-privileges', `--file=${join(dir, file)}`, postgresqlUrl]);
      entries.push({ name, present: true, file, collections: [] });
      files.push(file);
    }
  } finally {
    await session.close();
  }
  // Each dump read back for its catalogue: the manifest names the collections, and a dump pg_restore cannot read fails now.
  for (const entry of entries) if (entry.present) entry.collections = (await dumpedCatalogue(join(dir, entry.file), entry.name)).map((collection) => collection.name);
  return { databases: entries, files, tool: { name: 'pg_dump', version }, postgresql };
}

/** The catalogue inside a dump. */
export async function dumpedCatalogue(file: string, database: string): Promise<FerretDbCollection[]> {
  const sql = await runTool(program('pg_restore'), ['--data-only', `--schema=${database}`, `--table=${CATALOGUE_TABLE}`, '--file=-', file]);
  return catalogueOf(copyRowsOf(sql));
}

/** The catalogue FerretDB keeps in PostgreSQL now. */
async function liveCatalogue(postgresqlUrl: string, database: string): Promise<FerretDbCollection[]> {
  const rows = await runTool(program('psql'), ['-X', '-t', '-A', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `SELECT _jsonb FROM ${quoted(database)}.${CATALOGUE_TABLE}`, postgresqlUrl]);
  return catalogueOf(rows.split('\n').filter(Boolean));
}

/** Checks that the tools a restore needs are here, before anything is touched. */
export function checkRestoreTools(): void {
  program('pg_restore');
  program('psql');
}

/**
 * Makes a database exactly what the dump holds (see the top of this file); a database absent from the
 * backup is dropped. `catalogue` is the dump's, read before anything was touched.
 */
export async function restoreFerretDbDatabase(client: MongoClient, postgresqlUrl: string, entry: DatabaseEntry, dir: string, catalogue: FerretDbCollection[]): Promise<void> {
  const db = client.db(entry.name);
  await db.dropDatabase();
  // A schema FerretDB does not know of (made behind its back) would stop it making the database again.
  await runTool(program('psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${quoted(entry.name)} CASCADE`, postgresqlUrl]);
  // MongoDB has no database without a collection, nor does FerretDB's memory: an empty one stays dropped.
  if (!entry.present || catalogue.length === 0) return;
  for (const collection of catalogue) {
    await db.createCollection(collection.name, collection.cappedSize > 0 ? { capped: true, size: collection.cappedSize, ...(collection.cappedDocuments > 0 ? { max: collection.cappedDocuments } : {}) } : {});
    const indexes = collection.indexes.filter((index) => index.name !== '_id_');
    if (indexes.length > 0) await db.collection(collection.name).createIndexes(indexes.map((index) => ({ name: index.name, key: new Map(index.key), unique: index.unique })));
  }
  const differences = catalogueDifferences(catalogue, await liveCatalogue(postgresqlUrl, entry.name));
  if (differences.length > 0) throw new Error(`FerretDB named ${entry.name}'s tables or indexes otherwise than the dump; its collections are made again but empty: ${differences.join('; ')}`);
  await runPipe(
    [program('pg_restore'), ['--no-owner', '--no-privileges', '--file=-', join(dir, entry.file)]],
    [program('psql'), ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--single-transaction', '-c', `DROP SCHEMA ${quoted(entry.name)} CASCADE`, '-f', '-', postgresqlUrl]],
    { ...process.env, PGOPTIONS: `${process.env.PGOPTIONS ?? ''} -c session_replication_role=replica`.trim() },
  );
}

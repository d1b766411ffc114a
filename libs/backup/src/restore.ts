import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { describeServer } from './backup';
import { importBrokerDefinitions, type BrokerAccess } from './broker-definitions';
import { verifyBackup } from './checksums';
import { checkRestoreTools as checkPostgresqlTools, dumpedCatalogue, restoreFerretDbDatabase, type FerretDbCollection } from './ferretdb-postgresql';
import type { Manifest } from './manifest';
import { checkRestoreTools as checkMongoTools, restoreMongoDatabase } from './mongodb-tools';

/** A backup that must not be restored: the problems say which files and how. Nothing was touched. */
export class BackupRefused extends Error {
  constructor(
    readonly dir: string,
    readonly problems: string[],
  ) {
    super(`refusing to restore ${dir}: ${problems.join('; ')}`);
  }
}

export interface RestoreOptions {
  /** One backup's directory on one medium. */
  from: string;
  mongodbUri: string;
  postgresqlUrl: string;
  /** Only these databases of the backup; absent: all of them. */
  databases?: string[];
  /** Also load the broker's definitions into the broker (merged; off by default). */
  withBroker?: boolean;
  broker: BrokerAccess;
  log?: (line: string) => void;
}

/**
 * Restores one backup: every checksum is verified before anything is touched, and a backup that fails
 * any is refused whole. Each database is then dropped and restored to exactly the state it was dumped
 * in (a database the backup did not have is dropped).
 */
export async function restoreBackup(options: RestoreOptions): Promise<Manifest> {
  const log = options.log ?? (() => undefined);
  const verification = await verifyBackup(options.from);
  if (verification.problems.length > 0 || !verification.manifest) throw new BackupRefused(options.from, verification.problems);
  const manifest = verification.manifest;
  log(`backup ${manifest.id} (${manifest.tool.version}): every checksum matches`);
  const unknown = (options.databases ?? []).filter((name) => !manifest.databases.some((database) => database.name === name));
  if (unknown.length > 0) throw new BackupRefused(options.from, [`the backup has no database ${unknown.join(', ')}`]);
  const chosen = manifest.databases.filter((database) => !options.databases || options.databases.includes(database.name));
  if (options.withBroker && !manifest.broker.taken) throw new BackupRefused(options.from, [`the backup has no broker definitions: ${manifest.broker.reasons.join('; ')}`]);

  const client = new MongoClient(options.mongodbUri, { serverSelectionTimeoutMS: 10_000 });
  try {
    await client.connect();
    const server = await describeServer(client);
    if (manifest.tool.name === 'pg_dump') {
      if (server.kind !== 'ferretdb') throw new BackupRefused(options.from, [`it was taken with pg_dump from FerretDB's PostgreSQL, and MONGODB_URI is ${server.version}: restore it to FerretDB on PostgreSQL`]);
      checkPostgresqlTools();
      // Every dump read before the first database is dropped: one pg_restore cannot read stops it all here.
      const catalogues = new Map<string, FerretDbCollection[]>();
      for (const database of chosen) if (database.present) catalogues.set(database.name, await dumpedCatalogue(join(options.from, database.file), database.name));
      for (const database of chosen) {
        await restoreFerretDbDatabase(client, options.postgresqlUrl, database, options.from, catalogues.get(database.name) ?? []);
        log(database.present ? `  ${database.name}: restored (${catalogues.get(database.name)!.length} collections)` : `  ${database.name}: dropped (absent from the backup)`);
      }
    } else {
      checkMongoTools();
      for (const database of chosen) {
        await restoreMongoDatabase(client, options.mongodbUri, database, options.from);
        log(database.present ? `  ${database.name}: restored (${database.collections.length} collections)` : `  ${database.name}: dropped (absent from the backup)`);
      }
    }
  } finally {
    await client.close();
  }
  if (options.withBroker && manifest.broker.taken) {
    await importBrokerDefinitions(options.broker, manifest.broker, options.from);
    log('  broker definitions: loaded');
  }
  return manifest;
}

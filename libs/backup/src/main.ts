/**
 * The backup tool (docs/backups.md):
 *
 *   node libs/backup/dist/main.js backup  [--databases a,b] [--no-rotate]   both media, then rotate them
 *   node libs/backup/dist/main.js restore --from <one backup's directory> [--databases a,b] [--with-broker]
 *   node libs/backup/dist/main.js verify  --from <one backup's directory>
 *   node libs/backup/dist/main.js rotate
 *
 * `make backup` and `make restore FROM=…` run it with the local servers; the Kubernetes CronJob `backup`
 * (deploy/k8s/backup.yaml) runs `backup` nightly. Exit status: 0 done, 1 failed or refused (a backup
 * written to only one medium is a failure), 2 usage, 78 configuration.
 */
import { parseArgs } from 'node:util';
import { takeBackup } from './backup';
import { verifyBackup } from './checksums';
import { readBackupConfig, type BackupConfig } from './config';
import { rotateMedium } from './media';
import { BackupRefused, restoreBackup } from './restore';

const USAGE = 'usage: main.js backup [--databases a,b] [--no-rotate] | restore --from <dir> [--databases a,b] [--with-broker] | verify --from <dir> | rotate';
const log = (line: string) => process.stdout.write(`${line}\n`);

async function run(command: string, flags: { from?: string; databases?: string; 'no-rotate'?: boolean; 'with-broker'?: boolean }, config: BackupConfig): Promise<number> {
  const databases = flags.databases?.split(',').map((name) => name.trim());
  switch (command) {
    case 'backup': {
      const result = await takeBackup({ ...config, databases: databases ?? config.databases, retention: flags['no-rotate'] ? undefined : config.retention, log });
      if (result.failures.length > 0) {
        process.stderr.write(`backup ${result.manifest.id} is on ${result.written.length} of 2 media: ${result.failures.map((failure) => `${failure.medium}: ${failure.error}`).join('; ')}\n`);
        return 1;
      }
      return 0;
    }
    case 'restore':
      if (!flags.from) break;
      await restoreBackup({ ...config, from: flags.from, databases, withBroker: flags['with-broker'], log });
      log('restored');
      return 0;
    case 'verify': {
      if (!flags.from) break;
      const { problems, manifest } = await verifyBackup(flags.from);
      if (problems.length > 0) {
        process.stderr.write(`${flags.from} must not be restored:\n${problems.map((problem) => `  ${problem}\n`).join('')}`);
        return 1;
      }
      log(`${flags.from}: backup ${manifest!.id}, ${manifest!.files.length} files, every checksum matches`);
      return 0;
    }
    case 'rotate':
      for (const medium of config.media) {
        const rotation = rotateMedium(medium, config.retention);
        log(`${medium}: keeps ${rotation.kept.map((kept) => `${kept.id} (${kept.reasons.join(', ')})`).join(', ') || 'nothing'}; removed ${[...rotation.removed, ...rotation.abandoned].join(', ') || 'nothing'}`);
      }
      return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

const parse = () =>
  parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, databases: { type: 'string' }, 'no-rotate': { type: 'boolean' }, 'with-broker': { type: 'boolean' } } });

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let config: BackupConfig;
  try {
    config = readBackupConfig();
  } catch (error) {
    process.stderr.write(`backup: ${(error as Error).message}\n`);
    return 78; // EX_CONFIG
  }
  try {
    return await run(parsed.positionals[0], parsed.values, config);
  } catch (error) {
    if (error instanceof BackupRefused) {
      process.stderr.write(`refusing to restore ${error.dir} — nothing was touched:\n${error.problems.map((problem) => `  ${problem}\n`).join('')}`);
      return 1;
    }
    process.stderr.write(`backup: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

main().then((status) => process.exit(status));

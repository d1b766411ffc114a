import { SERVICE_NAMES } from '@ejournal/contracts';
import { z } from 'zod';
import type { ToolSetting } from './backup';
import type { RetentionPolicy } from './rotation';

const databaseName = /^[A-Za-z0-9_-]{1,63}$/;
const count = (fallback: number) => z.coerce.number().int().min(0).max(1000).default(fallback);

/** The variables the backup tool reads (docs/backups.md). */
export const backupEnvironment = z.object({
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URI'),
  /** auto: pg_dump for FerretDB on PostgreSQL, mongodump for MongoDB. */
  BACKUP_TOOL: z.enum(['auto', 'pg_dump', 'mongodump']).default('auto'),
  /** FerretDB's PostgreSQL database, as scripts/infra.sh starts it. */
  FERRETDB_POSTGRESQL_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').default('postgres://postgres@127.0.0.1:5432/ferretdb'),
  /** Comma-separated; absent: every service's database, `<BACKUP_DATABASE_PREFIX><service>`. */
  BACKUP_DATABASES: z
    .string()
    .optional()
    .refine((value) => value === undefined || value.split(',').every((name) => databaseName.test(name.trim())), 'must be database names separated by commas'),
  BACKUP_DATABASE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]{0,40}$/, 'must be letters, digits, _ or -').default(''),
  /** The two media: two directories on independent volumes (two PVCs in Kubernetes). */
  BACKUP_MEDIUM_A: z.string().min(1).default('.backups/medium-a'),
  BACKUP_MEDIUM_B: z.string().min(1).default('.backups/medium-b'),
  BACKUP_KEEP_DAILY: count(7),
  BACKUP_KEEP_WEEKLY: count(4),
  BACKUP_KEEP_MONTHLY: count(12),
  AMQP_URL: z.string().regex(/^amqps?:\/\//, 'must be an amqp:// or amqps:// URL').optional(),
  AMQP_MANAGEMENT_URL: z.url().optional(),
});

export interface BackupConfig {
  mongodbUri: string;
  postgresqlUrl: string;
  tool: ToolSetting;
  databases: string[];
  media: [string, string];
  retention: RetentionPolicy;
  broker: { amqpUrl?: string; managementUrl?: string };
}

/** Reads and checks the environment once; the error names every variable that is wrong. */
export function readBackupConfig(env: NodeJS.ProcessEnv = process.env): BackupConfig {
  // An empty variable counts as unset (`VARIABLE= make backup`).
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = backupEnvironment.safeParse(set);
  if (!result.success) {
    throw new Error(
      `invalid configuration: ${result.error.issues
        .map((issue) => {
          const variable = issue.path.join('.');
          return set[variable] === undefined ? `${variable} is not set` : `${variable} ${issue.message}`;
        })
        .join('; ')}`,
    );
  }
  const config = result.data;
  return {
    mongodbUri: config.MONGODB_URI,
    postgresqlUrl: config.FERRETDB_POSTGRESQL_URL,
    tool: config.BACKUP_TOOL,
    databases: config.BACKUP_DATABASES ? config.BACKUP_DATABASES.split(',').map((name) => name.trim()) : SERVICE_NAMES.map((service) => `${config.BACKUP_DATABASE_PREFIX}${service}`),
    media: [config.BACKUP_MEDIUM_A, config.BACKUP_MEDIUM_B],
    retention: { daily: config.BACKUP_KEEP_DAILY, weekly: config.BACKUP_KEEP_WEEKLY, monthly: config.BACKUP_KEEP_MONTHLY },
    broker: { amqpUrl: config.AMQP_URL, managementUrl: config.AMQP_MANAGEMENT_URL },
  };
}

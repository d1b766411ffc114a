import { DEFAULT_GRPC_PORTS } from '@ejournal/contracts';
import { z } from 'zod';

const address = z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port');

/** The services the archive assembles closed records from. */
export const peersEnvironment = z.object({
  IDENTITY_GRPC_ADDRESS: address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS.identity}`),
  CURRICULUM_GRPC_ADDRESS: address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS.curriculum}`),
  GRADEBOOK_GRPC_ADDRESS: address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS.gradebook}`),
});

/**
 * The archive keys' passphrase (the private halves are kept encrypted with it: a Kubernetes secret in
 * a region, the embedded default only on a developer's machine), the retention terms in years (never
 * below 002 §5), and the address printed on each sheet to check a record at.
 */
export const archiveEnvironment = z.object({
  ARCHIVE_KEY_PASSPHRASE: z.string().min(16, 'at least 16 characters').default('local-archive-passphrase-not-for-a-region'),
  ARCHIVE_RETENTION_YEARS_JOURNAL: z.coerce.number().int().min(5).max(100).default(5),
  ARCHIVE_RETENTION_YEARS_SUMMARY: z.coerce.number().int().min(25).max(100).default(25),
  ARCHIVE_VERIFY_URL: z.string().default('http://localhost:8080/api/v1/archive/records'),
  /** How often pending archivings are looked for (a missed event, a failed page). */
  ARCHIVE_PASS_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
});

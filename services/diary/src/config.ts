import { DEFAULT_GRPC_PORTS } from '@ejournal/contracts';
import { z } from 'zod';

const address = z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port');

/** Where the diary's full export reads the owning services. */
export const sourcesEnvironment = z.object({
  CURRICULUM_GRPC_ADDRESS: address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS.curriculum}`),
  GRADEBOOK_GRPC_ADDRESS: address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS.gradebook}`),
  ATTENDANCE_GRPC_ADDRESS: address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS.attendance}`),
});

/** The key of the diary's pseudonymous student keys (000 §1); the same for every diary instance, never rotated silently. */
export const pseudonymEnvironment = z.object({
  DIARY_PSEUDONYM_SECRET: z.string().min(32, 'must be at least 32 characters'),
});

/** The day of the month the monthly full export runs (001 §9.2.2). */
export const scheduleEnvironment = z.object({
  DIARY_EXPORT_DAY_OF_MONTH: z.coerce.number().int().min(1).max(28).default(1),
});

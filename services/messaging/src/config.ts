import { DEFAULT_GRPC_PORTS } from '@ejournal/contracts';
import { z } from 'zod';

const address = z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port');

/** The services messaging asks: identity (who may write to whom, addresses), curriculum and the diary (the information letters). */
export const peersEnvironment = z.object({
  IDENTITY_GRPC_ADDRESS: address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS.identity}`),
  CURRICULUM_GRPC_ADDRESS: address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS.curriculum}`),
  DIARY_GRPC_ADDRESS: address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS.diary}`),
});

/** E-mail: the SMTP server notices go through (empty: e-mail is off and says so to the person), and its sender. */
export const mailEnvironment = z.object({
  MESSAGING_SMTP_URL: z.string().regex(/^(smtps?:\/\/.+)?$/, 'must be smtp://host:port or smtps://…').default(''),
  MESSAGING_MAIL_FROM: z.string().default('Электронный дневник <noreply@ejournal.local>'),
  /** How often the dispatcher looks for e-mail that is due. */
  MESSAGING_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
});

/** Retention: threads and notices are kept for the school year they belong to plus this many days. */
export const retentionEnvironment = z.object({
  MESSAGING_RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(90),
});

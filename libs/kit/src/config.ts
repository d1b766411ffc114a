import { z } from 'zod';

/** A configuration problem that must stop the process; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
  }
}

/** Variables every service reads. */
export const serviceEnvironment = z.object({
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// or mongodb+srv:// URI'),
  /** Database of this service; each service owns one. */
  MONGODB_DATABASE: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'must be a database name'),
  AMQP_URL: z.string().regex(/^amqps?:\/\//, 'must be an amqp:// or amqps:// URL'),
  /** Each service has its own broker user `<namespace>.<service>`; consumers then check who published an event. */
  AMQP_USERS_PER_SERVICE: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** Prefix of the exchange and queues, so that several platforms (or test runs) share one broker. */
  /** Deliveries a consumer holds at once: more lets a burst for one document be written together. */
  EVENT_PREFETCH: z.coerce.number().int().min(1).max(1_000).default(16),
  EVENT_NAMESPACE: z.string().regex(/^[a-z0-9_.-]{1,64}$/, 'must be lowercase letters, digits, . _ -').default('ejournal'),
  GRPC_PORT: z.coerce.number().int().min(0).max(65535),
  /**
   * This process's own credentials (a mounted Secret in Kubernetes): its TLS certificate and key, the
   * platform CA, its call-signing key and the public keys of the others (see call-credentials.ts).
   */
  CREDENTIALS_DIR: z.string().min(1, 'must be a directory'),
  /** A plain-text port answering only gRPC health, for Kubernetes probes (no TLS there); unset: none. */
  HEALTH_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** Grace period for in-flight calls and events at shutdown. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
});
export type ServiceEnvironment = z.infer<typeof serviceEnvironment>;

/** Reads and validates the environment against a schema; throws ConfigError naming each bad variable. */
export function readConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      return env[variable] === undefined ? `${variable} is not set` : `${variable} ${issue.message}`;
    }),
  );
}

/** readConfig for a process entry point: a bad value stops the process with a message naming it. */
export function readConfigOrExit<S extends z.ZodObject>(schema: S, service: string): z.infer<S> {
  try {
    return readConfig(schema);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${service}: ${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
}

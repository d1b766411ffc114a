import { resolve } from 'node:path';
import { DEFAULT_GRPC_PORTS, SERVICE_NAMES, type ServiceName } from '@ejournal/contracts';
import { z } from 'zod';

export { DEFAULT_GRPC_PORTS };

/** The repository's web/dist (the web client's build): gateway/dist/config.js and gateway/src/config.ts sit equally deep. */
export const DEFAULT_WEB_ROOT = resolve(__dirname, '../../web/dist');

const address = z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port');


export const gatewayEnvironment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  /** The gateway's own credentials: TLS to the services and the key that signs callers' identities for them. */
  CREDENTIALS_DIR: z.string().min(1, 'must be a directory'),
  /** Whether each process has its own broker user (consumers then check who published an event). */
  AMQP_USERS_PER_SERVICE: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** The broker, for identity.account.revoked (every gateway instance keeps the revoked accounts). */
  AMQP_URL: z.string().regex(/^amqps?:\/\//, 'must be an amqp:// or amqps:// URL'),
  EVENT_NAMESPACE: z.string().regex(/^[a-z0-9_.-]{1,64}$/, 'must be lowercase letters, digits, . _ -').default('ejournal'),
  /** Requests per minute from one client address, in all and on the log-in and invitation routes. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(30),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /**
   * How many proxies in front of the gateway may say who the client is (X-Forwarded-For): the ingress
   * controller is one. 0: none — the address of the connection is the client's (throttling and audit
   * then cannot be fooled by a header anybody can send).
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Megabytes of the diary's week pages each instance keeps and answers again (week-page-copies.ts); 0: none, every page is asked of the diary. */
  DIARY_PAGE_COPIES_MB: z.coerce.number().int().min(0).max(1024).default(16),
  /** Deadline of each gRPC call the gateway makes. */
  GRPC_DEADLINE_MS: z.coerce.number().int().positive().default(5_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  /** The built web client served at / (index.html and assets/); a relative path is taken from the working directory. */
  WEB_ROOT: z.string().min(1, 'must be a directory').transform((path) => resolve(path)).default(DEFAULT_WEB_ROOT),
  ...Object.fromEntries(
    SERVICE_NAMES.map((name) => [`${name.toUpperCase()}_GRPC_ADDRESS`, address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS[name]}`)]),
  ),
});
export type GatewayConfig = z.infer<typeof gatewayEnvironment> & Record<`${Uppercase<ServiceName>}_GRPC_ADDRESS`, string>;

export function serviceAddress(config: GatewayConfig, service: ServiceName): string {
  return config[`${service.toUpperCase() as Uppercase<ServiceName>}_GRPC_ADDRESS`];
}

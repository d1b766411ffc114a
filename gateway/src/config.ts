import { SERVICE_NAMES, type ServiceName } from '@ejournal/contracts';
import { z } from 'zod';

const address = z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/, 'must be host:port');

/** Default gRPC ports of the services on one machine; in Kubernetes each is `<service>:50051`. */
export const DEFAULT_GRPC_PORTS: Record<ServiceName, number> = {
  identity: 50051,
  curriculum: 50052,
  gradebook: 50053,
  attendance: 50054,
  diary: 50055,
  messaging: 50056,
  archive: 50057,
};

export const gatewayEnvironment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug']).default('info'),
  INTERNAL_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** Public key (SPKI PEM, ES256) that verifies access tokens. */
  AUTH_TOKEN_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be an SPKI PEM public key' }),
  AUTH_TOKEN_ISSUER: z.string().default('ejournal-identity'),
  AUTH_TOKEN_AUDIENCE: z.string().default('ejournal'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** Deadline of each gRPC call the gateway makes. */
  GRPC_DEADLINE_MS: z.coerce.number().int().positive().default(5_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  ...Object.fromEntries(
    SERVICE_NAMES.map((name) => [`${name.toUpperCase()}_GRPC_ADDRESS`, address.default(`127.0.0.1:${DEFAULT_GRPC_PORTS[name]}`)]),
  ),
});
export type GatewayConfig = z.infer<typeof gatewayEnvironment> & Record<`${Uppercase<ServiceName>}_GRPC_ADDRESS`, string>;

export function serviceAddress(config: GatewayConfig, service: ServiceName): string {
  return config[`${service.toUpperCase() as Uppercase<ServiceName>}_GRPC_ADDRESS`];
}

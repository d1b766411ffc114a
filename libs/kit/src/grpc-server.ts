import * as grpc from '@grpc/grpc-js';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import { HealthImplementation, type ServingStatus } from 'grpc-health-check';
import { toServiceError, DomainError } from './errors';
import type { Logger } from './logger';
import { CallVerifier, type PlatformCredentials } from './call-credentials';
import { withinDeadline } from './call-deadline';
import { IDEMPOTENCY_KEY, type IdempotentCommands } from './idempotency';
import type { Principal } from './principal';
import { contextFromTraceparent, tracer } from './tracing';

/** What a handler knows about the call besides the request. */
export interface CallContext {
  principal: Principal;
  metadata: grpc.Metadata;
  /** The end user's network address as the gateway saw it (throttling, audit); '' when unknown. */
  clientAddress: string;
  /** The client's Idempotency-Key, when it sent one: writes that could double on a retry derive their ids from it. */
  idempotencyKey?: string;
}

export const CLIENT_ADDRESS_KEY = 'x-client-address';

type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : K]: T[K] };

/**
 * The generated handler interface of a service, with each unary call as an async function:
 * `(request, call) => Promise<response>`. Throw a DomainError to answer with its status.
 */
export type AsyncHandlers<H> = {
  [K in KnownKeys<H>]: H[K] extends grpc.handleUnaryCall<infer Req, infer Res> ? (request: Req, call: CallContext) => Promise<Res> : never;
};

export interface GrpcServiceBinding {
  /** Fully qualified name, e.g. ejournal.curriculum.v1.CurriculumService. */
  name: string;
  definition: grpc.ServiceDefinition;
  handlers: Record<string, (request: any, call: CallContext) => Promise<unknown>>;
}

export interface GrpcServerOptions {
  port: number;
  services: GrpcServiceBinding[];
  logger: Logger;
  /** This process's credentials: mutual TLS on the port, and the keys that check call identities. */
  credentials: PlatformCredentials;
  /** Where the first results of commands sent with an Idempotency-Key are kept (absent: keys are ignored). */
  idempotency?: IdempotentCommands;
  /**
   * A second, plain-text port that answers only the standard health service (Kubernetes' gRPC
   * probes speak no TLS); it carries no data. Absent: no such port.
   */
  healthPort?: number;
}

/** The health entry that says only whether the service's database answers (the gateway refuses at once without it; readiness). */
export const DATABASE_HEALTH = 'ejournal.database';
/** The health entry that says only that the process runs and answers (liveness: a broker outage must not restart it). */
export const PROCESS_HEALTH = 'ejournal.process';

export interface RunningGrpcServer {
  port: number;
  setServing(status: ServingStatus): void;
  /** Whether the database answers: the service can do no work without it (with the broker away, the outbox keeps its events). */
  setDatabase(status: ServingStatus): void;
  /** Stops taking calls, lets in-flight calls finish (at most graceMs), then closes. */
  shutdown(graceMs: number): Promise<void>;
}

/** The certificate name (CN) of the process on the other end of a mutual-TLS connection. */
function peerNameOf(call: grpc.ServerUnaryCall<unknown, unknown>): string | undefined {
  const subject = call.getAuthContext?.()?.sslPeerCertificate?.subject as { CN?: string } | undefined;
  return subject?.CN;
}

function adapt(binding: GrpcServiceBinding, options: GrpcServerOptions, verifier: CallVerifier): grpc.UntypedServiceImplementation {
  const implementation: grpc.UntypedServiceImplementation = {};
  const shortName = binding.name.split('.').at(-1)!;
  for (const [method, handler] of Object.entries(binding.handlers)) {
    const spanName = `${binding.name}/${method}`;
    const callName = `${shortName}/${method}`;
    implementation[method] = ((call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      const metadata = call.metadata;
      const parent = contextFromTraceparent(metadata.get('traceparent')[0] as string | undefined, metadata.get('tracestate')[0] as string | undefined);
      const span = tracer().startSpan(
        spanName,
        { kind: SpanKind.SERVER, attributes: { 'rpc.system': 'grpc', 'rpc.service': binding.name, 'rpc.method': method } },
        parent,
      );
      context.with(
        trace.setSpan(parent, span),
        () =>
          void Promise.resolve()
            .then(() => {
              const principal = verifier.verify(metadata, callName, peerNameOf(call));
              const idempotencyKey = metadata.get(IDEMPOTENCY_KEY)[0] as string | undefined;
              const served = { principal, metadata, clientAddress: String(metadata.get(CLIENT_ADDRESS_KEY)[0] ?? ''), ...(idempotencyKey ? { idempotencyKey } : {}) };
              const deadline = call.getDeadline();
              const run = () => handler(call.request, served);
              const definition = binding.definition[method];
              // The call's deadline bounds the work done for it (no write begins after the caller gave up).
              return withinDeadline(deadline instanceof Date ? deadline.getTime() : Number(deadline), () =>
                idempotencyKey && options.idempotency && definition
                  ? options.idempotency.run({ caller: principal.subject, method: callName, key: idempotencyKey, request: call.request }, (response) => definition.responseSerialize(response), (bytes) => definition.responseDeserialize(bytes), run)
                  : run(),
              );
            })
            .then(
              (response) => {
                span.setAttribute('rpc.grpc.status_code', grpc.status.OK);
                span.end();
                callback(null, response);
              },
              (error: unknown) => {
                const serviceError = toServiceError(error);
                span.setAttribute('rpc.grpc.status_code', serviceError.code ?? grpc.status.UNKNOWN);
                if (!(error instanceof DomainError)) {
                  span.recordException(error as Error);
                  span.setStatus({ code: SpanStatusCode.ERROR });
                  options.logger.error('grpc call failed', { method: spanName, error: (error as Error)?.message, stack: (error as Error)?.stack });
                }
                span.end();
                callback(serviceError);
              },
            ),
      );
    }) as grpc.handleUnaryCall<unknown, unknown>;
  }
  return implementation;
}

function bind(server: grpc.Server, port: number, credentials: grpc.ServerCredentials): Promise<number> {
  return new Promise<number>((resolve, reject) => server.bindAsync(`0.0.0.0:${port}`, credentials, (error, bound) => (error ? reject(error) : resolve(bound))));
}

/**
 * Starts a gRPC server with the given services and the standard health service. Health starts as
 * NOT_SERVING; the caller sets SERVING once its database and bus are connected.
 */
export async function startGrpcServer(options: GrpcServerOptions): Promise<RunningGrpcServer> {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 8 * 1024 * 1024 });
  const health = new HealthImplementation({ '': 'NOT_SERVING', [DATABASE_HEALTH]: 'NOT_SERVING', [PROCESS_HEALTH]: 'SERVING' });
  health.addToServer(server);
  const verifier = new CallVerifier(options.credentials);
  for (const binding of options.services) {
    // grpc-js refuses a service without methods; a service whose calls are not built yet still
    // reports its health under its name.
    if (Object.keys(binding.definition).length > 0) server.addService(binding.definition, adapt(binding, options, verifier));
    health.setStatus(binding.name, 'NOT_SERVING');
  }
  const { ca, cert, key } = options.credentials.tls;
  // Mutual TLS: only processes with a certificate of the platform's CA connect at all.
  const port = await bind(server, options.port, grpc.ServerCredentials.createSsl(ca, [{ private_key: key, cert_chain: cert }], true));
  let healthServer: grpc.Server | undefined;
  if (options.healthPort !== undefined) {
    healthServer = new grpc.Server();
    health.addToServer(healthServer);
    await bind(healthServer, options.healthPort, grpc.ServerCredentials.createInsecure());
  }
  const setServing = (status: ServingStatus) => {
    health.setStatus('', status);
    for (const binding of options.services) health.setStatus(binding.name, status);
  };
  return {
    port,
    setServing,
    setDatabase: (status) => health.setStatus(DATABASE_HEALTH, status),
    shutdown: (graceMs) =>
      new Promise<void>((resolve) => {
        setServing('NOT_SERVING');
        health.setStatus(DATABASE_HEALTH, 'NOT_SERVING');
        const force = setTimeout(() => {
          options.logger.warn('grpc calls still running at the end of the grace period; closing them', { graceMs });
          server.forceShutdown();
          resolve();
        }, graceMs);
        healthServer?.forceShutdown();
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      }),
  };
}

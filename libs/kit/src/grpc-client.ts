import * as grpc from '@grpc/grpc-js';
import type { ServiceName } from '@ejournal/contracts';
import { SpanKind, SpanStatusCode, context, propagation } from '@opentelemetry/api';
import { CLIENT_ADDRESS_KEY } from './grpc-server';
import { attachCallIdentity, type PlatformCredentials } from './call-credentials';
import { IDEMPOTENCY_KEY } from './idempotency';
import type { Principal } from './principal';
import { tracer } from './tracing';

export const DEFAULT_DEADLINE_MS = 5_000;

type ClientConstructor<C> = new (address: string, credentials: grpc.ChannelCredentials, options?: grpc.ChannelOptions) => C;

/**
 * Every channel tries a service that was away again every few seconds: gRPC's own backoff grows to two
 * minutes, so a service back after a long absence (a restart, an outage) went unreached for up to that
 * long — seen as a service restarted after five minutes still unreachable a minute later.
 */
export const RECONNECTING_CHANNEL: grpc.ChannelOptions = { 'grpc.max_reconnect_backoff_ms': 5_000 };

/** Channel options that verify the server's certificate against the service's name (not the address dialled); reconnecting as every channel does. */
export function expectedServer(service: ServiceName): grpc.ChannelOptions {
  return { 'grpc.ssl_target_name_override': service, 'grpc.default_authority': service, ...RECONNECTING_CHANNEL };
}

/** The channel credentials of a platform process: mutual TLS with its own certificate, trusting only the platform's CA. */
export function channelCredentials(credentials: PlatformCredentials): grpc.ChannelCredentials {
  return grpc.credentials.createSsl(credentials.tls.ca, credentials.tls.key, credentials.tls.cert);
}

/**
 * A client of one service of the platform over mutual TLS. The server must present a certificate of
 * the platform's CA issued to that service's name, whatever address it is reached at.
 */
export function createGrpcClient<C extends grpc.Client>(Client: ClientConstructor<C>, service: ServiceName, address: string, credentials: PlatformCredentials): C {
  return new Client(address, channelCredentials(credentials), {
    ...expectedServer(service),
    'grpc.keepalive_time_ms': 30_000,
    // As much as the servers accept (homework files up to 5 MB travel in one message).
    'grpc.max_receive_message_length': 8 * 1024 * 1024,
    'grpc.service_config': JSON.stringify({ loadBalancingConfig: [{ round_robin: {} }] }),
  });
}

export interface CallOptions {
  /** The identity the call is made for: a person's (the gateway only) or the calling service's own. */
  principal: Principal;
  /** The calling process's credentials, which sign the identity for this one call. */
  credentials: PlatformCredentials;
  deadlineMs?: number;
  /** The end user's network address, forwarded for throttling and audit. */
  clientAddress?: string;
  /** The client's Idempotency-Key of a command, forwarded so the service answers a retry with the first result. */
  idempotencyKey?: string;
}

type UnaryInvocation<Res> = (metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<Res>) => unknown;

/**
 * Makes one unary call with a deadline, the caller's identity and the trace context in metadata:
 * `await callUnary('CurriculumService/GetSchool', (md, o, cb) => client.getSchool({ id }, md, o, cb), options)`.
 */
export function callUnary<Res>(name: string, invoke: UnaryInvocation<Res>, options: CallOptions): Promise<Res> {
  return tracer().startActiveSpan(name, { kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'grpc' } }, (span) => {
    const metadata = new grpc.Metadata();
    attachCallIdentity(metadata, options.credentials, options.principal, name);
    if (options.clientAddress) metadata.set(CLIENT_ADDRESS_KEY, options.clientAddress);
    if (options.idempotencyKey) metadata.set(IDEMPOTENCY_KEY, options.idempotencyKey);
    propagation.inject(context.active(), metadata, { set: (carrier, key, value) => carrier.set(key, value) });
    const deadline = Date.now() + (options.deadlineMs ?? DEFAULT_DEADLINE_MS);
    return new Promise<Res>((resolve, reject) => {
      invoke(metadata, { deadline }, (error, response) => {
        span.setAttribute('rpc.grpc.status_code', error?.code ?? grpc.status.OK);
        if (error) {
          if (error.code === grpc.status.INTERNAL || error.code === grpc.status.UNAVAILABLE || error.code === grpc.status.DEADLINE_EXCEEDED) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error.details });
          }
          span.end();
          reject(error);
        } else {
          span.end();
          resolve(response as Res);
        }
      });
    });
  });
}


import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import type { PlatformCredentials } from './call-credentials';
import { channelCredentials, expectedServer, RECONNECTING_CHANNEL } from './grpc-client';
import type { ServiceName } from '@ejournal/contracts';

type HealthClient = grpc.Client & {
  check(request: { service: string }, options: grpc.CallOptions, callback: grpc.requestCallback<{ status: string }>): void;
};
const HealthClientConstructor = grpc.makeClientConstructor(healthService as unknown as grpc.ServiceDefinition, "Health") as unknown as new (
  address: string,
  credentials: grpc.ChannelCredentials,
  options?: grpc.ChannelOptions,
) => HealthClient;

/** Asks a service's standard gRPC health service; anything but SERVING within the deadline is reported as is. */
export class HealthProbe {
  private readonly client: HealthClient;

  /** Over mutual TLS with the process's credentials to the named service, or in plain text on a health-only port. */
  constructor(address: string, secure?: { credentials: PlatformCredentials; service: ServiceName }) {
    this.client = secure
      ? new HealthClientConstructor(address, channelCredentials(secure.credentials), expectedServer(secure.service))
      : new HealthClientConstructor(address, grpc.credentials.createInsecure(), RECONNECTING_CHANNEL);
  }

  check(service = '', deadlineMs = 1_000): Promise<string> {
    return new Promise((resolve) => {
      this.client.check({ service }, { deadline: Date.now() + deadlineMs }, (error, response) => {
        if (error) resolve(error.code === grpc.status.DEADLINE_EXCEEDED ? 'NO_ANSWER' : 'UNREACHABLE');
        else resolve(response?.status ?? 'UNKNOWN');
      });
    });
  }

  close(): void {
    this.client.close();
  }
}

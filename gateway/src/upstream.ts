import { curriculumPackage, identityPackage, SERVICE_NAMES, type CurriculumServiceClient, type IdentityServiceClient, type ServiceName } from '@ejournal/contracts';
import { callUnary, createGrpcClient, HealthProbe, type Principal } from '@ejournal/kit';
import type * as grpc from '@grpc/grpc-js';
import { serviceAddress, type GatewayConfig } from './config';

/** The gateway's gRPC clients of the services, and the one way it calls them. */
export class Upstream {
  readonly curriculum: CurriculumServiceClient;
  readonly identity: IdentityServiceClient;
  readonly health: Record<ServiceName, HealthProbe>;

  constructor(private readonly config: GatewayConfig) {
    this.curriculum = createGrpcClient(curriculumPackage().CurriculumService, serviceAddress(config, 'curriculum'));
    this.identity = createGrpcClient(identityPackage().IdentityService, serviceAddress(config, 'identity'));
    this.health = Object.fromEntries(SERVICE_NAMES.map((name) => [name, new HealthProbe(serviceAddress(config, name))])) as Record<ServiceName, HealthProbe>;
  }

  /** One call on behalf of the caller: deadline, signed identity and trace context included. */
  call<Res>(
    principal: Principal,
    name: string,
    invoke: (metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<Res>) => unknown,
  ): Promise<Res> {
    return callUnary(name, invoke, { principal, internalAuthSecret: this.config.INTERNAL_AUTH_SECRET, deadlineMs: this.config.GRPC_DEADLINE_MS });
  }

  close(): void {
    this.curriculum.close();
    this.identity.close();
    for (const probe of Object.values(this.health)) probe.close();
  }
}

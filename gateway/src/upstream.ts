import { attendancePackage, curriculumPackage, diaryPackage, gradebookPackage, identityPackage, SERVICE_NAMES, type attendanceV1, type CurriculumServiceClient, type diaryV1, type gradebookV1, type IdentityServiceClient, type ServiceName } from '@ejournal/contracts';
import { callUnary, createGrpcClient, HealthProbe, loadCredentials, servicePrincipal, type PlatformCredentials, type Principal } from '@ejournal/kit';
import type * as grpc from '@grpc/grpc-js';
import type { Response } from 'express';
import { serviceAddress, type GatewayConfig } from './config';

/** The gateway itself, for the calls it makes on its own behalf (loading revocations at start). */
export const GATEWAY_PRINCIPAL: Principal = servicePrincipal('gateway');

/** On whose behalf a call is made: the request's principal and network address. */
export interface Caller {
  principal: Principal;
  clientAddress?: string;
}

export function callerOf(res: Response): Caller {
  return { principal: res.locals.principal as Principal, clientAddress: res.req.ip };
}

type Invocation<Res> = (metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<Res>) => unknown;

/** The gateway's gRPC clients of the services, and the one way it calls them. */
export class Upstream {
  readonly curriculum: CurriculumServiceClient;
  readonly identity: IdentityServiceClient;
  readonly gradebook: gradebookV1.GradebookServiceClient;
  readonly attendance: attendanceV1.AttendanceServiceClient;
  readonly diary: diaryV1.DiaryServiceClient;
  readonly health: Record<ServiceName, HealthProbe>;
  private readonly credentials: PlatformCredentials;

  constructor(private readonly config: GatewayConfig) {
    const credentials = loadCredentials('gateway', config.CREDENTIALS_DIR);
    this.credentials = credentials;
    this.curriculum = createGrpcClient(curriculumPackage().CurriculumService, 'curriculum', serviceAddress(config, 'curriculum'), credentials);
    this.identity = createGrpcClient(identityPackage().IdentityService, 'identity', serviceAddress(config, 'identity'), credentials);
    this.gradebook = createGrpcClient(gradebookPackage().GradebookService, 'gradebook', serviceAddress(config, 'gradebook'), credentials);
    this.attendance = createGrpcClient(attendancePackage().AttendanceService, 'attendance', serviceAddress(config, 'attendance'), credentials);
    this.diary = createGrpcClient(diaryPackage().DiaryService, 'diary', serviceAddress(config, 'diary'), credentials);
    this.health = Object.fromEntries(SERVICE_NAMES.map((name) => [name, new HealthProbe(serviceAddress(config, name), { credentials, service: name })])) as Record<ServiceName, HealthProbe>;
  }

  /** One call on behalf of the caller: deadline, signed identity, client address and trace context included. */
  call<Res>(caller: Caller, name: string, invoke: Invocation<Res>, deadlineMs = this.config.GRPC_DEADLINE_MS): Promise<Res> {
    return callUnary(name, invoke, {
      principal: caller.principal,
      clientAddress: caller.clientAddress,
      credentials: this.credentials,
      deadlineMs,
    });
  }

  close(): void {
    this.curriculum.close();
    this.identity.close();
    this.gradebook.close();
    this.attendance.close();
    this.diary.close();
    for (const probe of Object.values(this.health)) probe.close();
  }
}

import { archivePackage, reportsPackage, type reportsV1, attendancePackage, curriculumPackage, diaryPackage, gradebookPackage, identityPackage, messagingPackage, SERVICE_NAMES, serviceOfMethod, type archiveV1, type attendanceV1, type CurriculumServiceClient, type diaryV1, type gradebookV1, type IdentityServiceClient, type messagingV1, type ServiceName } from '@ejournal/contracts';
import { callUnary, createGrpcClient, HealthProbe, loadCredentials, servicePrincipal, type PlatformCredentials, type Principal } from '@ejournal/kit';
import type * as grpc from '@grpc/grpc-js';
import type { Response } from 'express';
import { serviceAddress, type GatewayConfig } from './config';
import { HealthWatch } from './health-watch';
import { Problem } from './problem';

/** The gateway itself, for the calls it makes on its own behalf (loading revocations at start). */
export const GATEWAY_PRINCIPAL: Principal = servicePrincipal('gateway');

/** On whose behalf a call is made: the request's principal and network address, and a command's Idempotency-Key. */
export interface Caller {
  principal: Principal;
  clientAddress?: string;
  idempotencyKey?: string;
}

export function callerOf(res: Response): Caller {
  const key = res.req.method === 'GET' ? undefined : res.req.get('idempotency-key')?.trim();
  return { principal: res.locals.principal as Principal, clientAddress: res.req.ip, ...(key ? { idempotencyKey: key } : {}) };
}

type Invocation<Res> = (metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<Res>) => unknown;

/** The gateway's gRPC clients of the services, and the one way it calls them. */
export class Upstream {
  readonly curriculum: CurriculumServiceClient;
  readonly identity: IdentityServiceClient;
  readonly gradebook: gradebookV1.GradebookServiceClient;
  readonly attendance: attendanceV1.AttendanceServiceClient;
  readonly diary: diaryV1.DiaryServiceClient;
  readonly messaging: messagingV1.MessagingServiceClient;
  readonly archive: archiveV1.ArchiveServiceClient;
  readonly reports: reportsV1.ReportsServiceClient;
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
    this.messaging = createGrpcClient(messagingPackage().MessagingService, 'messaging', serviceAddress(config, 'messaging'), credentials);
    this.archive = createGrpcClient(archivePackage().ArchiveService, 'archive', serviceAddress(config, 'archive'), credentials);
    this.reports = createGrpcClient(reportsPackage().ReportsService, 'reports', serviceAddress(config, 'reports'), credentials);
    this.health = Object.fromEntries(SERVICE_NAMES.map((name) => [name, new HealthProbe(serviceAddress(config, name), { credentials, service: name })])) as Record<ServiceName, HealthProbe>;
    this.watch = new HealthWatch(this.health);
  }

  /** Each service's health as last seen (every second). */
  readonly watch: HealthWatch;

  /**
   * One call on behalf of the caller: deadline, signed identity, client address and trace context
   * included. A service known to be down (its health, watched every second) is answered for at once
   * with 503 and Retry-After, instead of waiting out the deadline.
   */
  call<Res>(caller: Caller, name: string, invoke: Invocation<Res>, deadlineMs = this.config.GRPC_DEADLINE_MS): Promise<Res> {
    const service = serviceOfMethod(name);
    if (this.watch.isDown(service)) return Promise.reject(new Problem(503, 'service-unavailable', 'Служба временно недоступна', 'служба сейчас не работает (её база данных или брокер недоступны); повторите через несколько секунд', {}, 5));
    return callUnary(name, invoke, {
      principal: caller.principal,
      clientAddress: caller.clientAddress,
      idempotencyKey: caller.idempotencyKey,
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
    this.messaging.close();
    this.archive.close();
    this.reports.close();
    this.watch.stop();
    for (const probe of Object.values(this.health)) probe.close();
  }
}

import * as grpc from '@grpc/grpc-js';
import { curriculumPackage, gradebookPackage, GRPC_SERVICE_NAMES, type School__Output } from '@ejournal/contracts';
import { attachCallIdentity, callUnary, createGrpcClient, HealthProbe, InvalidArgument, servicePrincipal, startGrpcServer, violationsOf, type PlatformCredentials, type Principal, type RunningGrpcServer } from '@ejournal/kit';
import { testCredentials, testLogger } from '@ejournal/testing';

const gateway = testCredentials('gateway');
const operator = { subject: 'op-1', grants: [{ role: 'region_operator' as const }] };

describe('gRPC server and client helpers', () => {
  let server: RunningGrpcServer;
  let client: InstanceType<ReturnType<typeof curriculumPackage>['CurriculumService']>;
  let release: () => void = () => {};

  beforeEach(async () => {
    server = await startGrpcServer({
      port: 0,
      logger: testLogger('grpc'),
      credentials: testCredentials('curriculum'),
      services: [
        {
          name: GRPC_SERVICE_NAMES.curriculum,
          definition: curriculumPackage().CurriculumService.service,
          handlers: {
            RegisterSchool: async () => {
              throw new InvalidArgument('школа не зарегистрирована: не указан муниципалитет', { municipality: 'не указан муниципалитет' });
            },
            GetSchool: async (request: { id: string }, { principal }) => {
              await new Promise<void>((resolve) => (release = resolve));
              return { id: request.id, name: principal.subject, shortName: '', municipality: '', version: '1' };
            },
          },
        },
      ],
    });
    server.setServing('SERVING');
    client = createGrpcClient(curriculumPackage().CurriculumService, 'curriculum', `127.0.0.1:${server.port}`, gateway);
  });

  afterEach(async () => {
    release();
    client.close();
    await server.shutdown(100);
  });

  const getSchool = (deadlineMs = 5_000) =>
    callUnary<School__Output>('CurriculumService/GetSchool', (md, o, cb) => client.getSchool({ id: 's-1' }, md, o, cb), { principal: operator, credentials: gateway, deadlineMs });

  it('maps a domain error to its status with the field violations', async () => {
    const error = (await callUnary('CurriculumService/RegisterSchool', (md, o, cb) => client.registerSchool({}, md, o, cb), { principal: operator, credentials: gateway }).catch((e) => e)) as grpc.ServiceError;
    expect(error.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(error.details).toContain('не указан муниципалитет');
    expect(violationsOf(error)).toEqual({ municipality: 'не указан муниципалитет' });
  });

  it('puts a deadline on every call', async () => {
    const error = await getSchool(100).catch((e) => e);
    expect(error.code).toBe(grpc.status.DEADLINE_EXCEEDED);
  });

  it('lets an in-flight call finish during graceful shutdown, then refuses new calls', async () => {
    const inFlight = getSchool();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = server.shutdown(5_000);
    expect(await new HealthProbe(`127.0.0.1:${server.port}`, { credentials: gateway, service: 'curriculum' }).check()).not.toBe('SERVING');
    release();
    await expect(inFlight).resolves.toMatchObject({ id: 's-1', name: 'op-1' });
    await stopped;
    const late = await getSchool(1_000).catch((e) => e);
    expect(late.code).toBe(grpc.status.UNAVAILABLE);
  });

  it('reports health on the standard health service', async () => {
    const probe = new HealthProbe(`127.0.0.1:${server.port}`, { credentials: gateway, service: 'curriculum' });
    expect(await probe.check()).toBe('SERVING');
    expect(await probe.check(GRPC_SERVICE_NAMES.curriculum)).toBe('SERVING');
    server.setServing('NOT_SERVING');
    expect(await probe.check()).toBe('NOT_SERVING');
    probe.close();
  });
});

describe('the trust boundary between the platform’s processes', () => {
  let server: RunningGrpcServer;
  const curriculum = testCredentials('curriculum');
  const calls: string[] = [];

  beforeAll(async () => {
    server = await startGrpcServer({
      port: 0,
      logger: testLogger('grpc'),
      credentials: testCredentials('gradebook'),
      services: [
        {
          name: GRPC_SERVICE_NAMES.gradebook,
          definition: gradebookPackage().GradebookService.service,
          handlers: {
            ExportLessons: async (_request: unknown, { principal }) => {
              calls.push(principal.subject);
              return { lessons: [] };
            },
          },
        },
      ],
    });
    server.setServing('SERVING');
  });

  afterAll(() => server.shutdown(100));

  const exportLessons = (credentials: PlatformCredentials, principal: Principal, metadata?: grpc.Metadata) => {
    const client = createGrpcClient(gradebookPackage().GradebookService, 'gradebook', `127.0.0.1:${server.port}`, credentials);
    return new Promise<grpc.ServiceError | null>((resolve) => {
      const md = metadata ?? new grpc.Metadata();
      if (!metadata) attachCallIdentity(md, credentials, principal, 'GradebookService/ExportLessons');
      client.exportLessons({ lessonIds: [] }, md, { deadline: Date.now() + 2_000 }, (error) => {
        client.close();
        resolve(error);
      });
    });
  };

  it('accepts a call identity signed for this service and method, once', async () => {
    expect(await exportLessons(testCredentials('diary'), servicePrincipal('diary'))).toBeNull();
    expect(calls.at(-1)).toBe('service:diary');
    const metadata = new grpc.Metadata();
    attachCallIdentity(metadata, gateway, operator, 'GradebookService/ExportLessons');
    expect(await exportLessons(gateway, operator, metadata)).toBeNull();
    const replayed = await exportLessons(gateway, operator, metadata);
    expect(replayed?.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(replayed?.details).toContain('уже использовано');
  });

  it('refuses an identity signed for another service or method, an expired one, and a service that does not call this one', async () => {
    const forCurriculum = new grpc.Metadata();
    attachCallIdentity(forCurriculum, gateway, operator, 'CurriculumService/GetSchool');
    const otherService = await exportLessons(gateway, operator, forCurriculum);
    expect(otherService?.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(otherService?.details).toContain('для другой службы');

    const forOtherMethod = new grpc.Metadata();
    attachCallIdentity(forOtherMethod, gateway, operator, 'GradebookService/GetJournalPage');
    expect((await exportLessons(gateway, operator, forOtherMethod))?.code).toBe(grpc.status.UNAUTHENTICATED);

    const expired = new grpc.Metadata();
    attachCallIdentity(expired, gateway, operator, 'GradebookService/ExportLessons', Date.now() - 60_000);
    expect((await exportLessons(gateway, operator, expired))?.details).toContain('истекло');

    // Curriculum holds a certificate of the platform, but the architecture has it call identity only.
    const stranger = await exportLessons(curriculum, servicePrincipal('curriculum'));
    expect(stranger?.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(stranger?.details).toContain('не вызывает эту службу');
  });

  it('refuses a service that signs a person’s identity, or presents another process’s key over its own certificate', async () => {
    // A service can sign only itself: its kit refuses to attach anything else…
    expect(() => attachCallIdentity(new grpc.Metadata(), testCredentials('diary'), operator, 'GradebookService/ExportLessons')).toThrow(/only as itself/);
    // …and an identity signed with the gateway's key arrives over the diary's certificate: refused.
    const borrowed = new grpc.Metadata();
    attachCallIdentity(borrowed, gateway, operator, 'GradebookService/ExportLessons');
    const refused = await exportLessons(testCredentials('diary'), operator, borrowed);
    expect(refused?.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(refused?.details).toContain('не той службой');
  });

  it('does not talk to a server whose certificate is not the service it meant to call', async () => {
    const client = createGrpcClient(gradebookPackage().GradebookService, 'identity', `127.0.0.1:${server.port}`, gateway);
    const metadata = new grpc.Metadata();
    attachCallIdentity(metadata, gateway, operator, 'GradebookService/ExportLessons');
    const error = await new Promise<grpc.ServiceError | null>((resolve) => client.exportLessons({ lessonIds: [] }, metadata, { deadline: Date.now() + 1_000 }, (e) => resolve(e)));
    client.close();
    expect(error?.code).toBe(grpc.status.UNAVAILABLE);
  });

  it('refuses a connection without a certificate of the platform', async () => {
    const client = new (gradebookPackage().GradebookService)(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure());
    const error = await new Promise<grpc.ServiceError | null>((resolve) => client.exportLessons({ lessonIds: [] }, { deadline: Date.now() + 1_000 }, (e) => resolve(e)));
    client.close();
    expect(error?.code).toBe(grpc.status.UNAVAILABLE);
  });
});

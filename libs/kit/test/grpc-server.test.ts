import * as grpc from '@grpc/grpc-js';
import { curriculumPackage, GRPC_SERVICE_NAMES, type School__Output } from '@ejournal/contracts';
import { callUnary, HealthProbe, InvalidArgument, startGrpcServer, violationsOf, type RunningGrpcServer } from '@ejournal/kit';
import { testLogger } from '@ejournal/testing';

const secret = 'k'.repeat(32);
const operator = { subject: 'op-1', grants: [{ role: 'region_operator' as const }] };

describe('gRPC server and client helpers', () => {
  let server: RunningGrpcServer;
  let client: InstanceType<ReturnType<typeof curriculumPackage>['CurriculumService']>;
  let release: () => void = () => {};

  beforeEach(async () => {
    server = await startGrpcServer({
      port: 0,
      logger: testLogger('grpc'),
      internalAuthSecret: secret,
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
    client = new (curriculumPackage().CurriculumService)(`127.0.0.1:${server.port}`, grpc.credentials.createInsecure());
  });

  afterEach(async () => {
    release();
    client.close();
    await server.shutdown(100);
  });

  const getSchool = (deadlineMs = 5_000) =>
    callUnary<School__Output>('GetSchool', (md, o, cb) => client.getSchool({ id: 's-1' }, md, o, cb), { principal: operator, internalAuthSecret: secret, deadlineMs });

  it('maps a domain error to its status with the field violations', async () => {
    const error = (await callUnary('RegisterSchool', (md, o, cb) => client.registerSchool({}, md, o, cb), { principal: operator, internalAuthSecret: secret }).catch((e) => e)) as grpc.ServiceError;
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
    expect(await new HealthProbe(`127.0.0.1:${server.port}`).check()).not.toBe('SERVING');
    release();
    await expect(inFlight).resolves.toMatchObject({ id: 's-1', name: 'op-1' });
    await stopped;
    const late = await getSchool(1_000).catch((e) => e);
    expect(late.code).toBe(grpc.status.UNAVAILABLE);
  });

  it('reports health on the standard health service', async () => {
    const probe = new HealthProbe(`127.0.0.1:${server.port}`);
    expect(await probe.check()).toBe('SERVING');
    expect(await probe.check(GRPC_SERVICE_NAMES.curriculum)).toBe('SERVING');
    server.setServing('NOT_SERVING');
    expect(await probe.check()).toBe('NOT_SERVING');
    probe.close();
  });
});

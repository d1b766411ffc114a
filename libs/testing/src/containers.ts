import { GenericContainer, Wait, type StartedTestContainer } from 'testcontainers';

/**
 * Starts MongoDB (single-node replica set) and RabbitMQ containers for a test run. Used only when a
 * Docker engine answers; otherwise tests use the local FerretDB and RabbitMQ (scripts/infra.sh).
 */
export async function startContainers(): Promise<{ mongoUri: string; amqpUrl: string; amqpManagementUrl: string; rabbitmq: StartedTestContainer; stop(): Promise<void> }> {
  const [mongo, rabbitmq] = await Promise.all([
    new GenericContainer('mongo:7')
      .withCommand(['--replSet', 'rs0', '--bind_ip_all'])
      .withExposedPorts(27017)
      .withWaitStrategy(Wait.forLogMessage(/Waiting for connections/))
      .start(),
    new GenericContainer('rabbitmq:3.13-management')
      .withExposedPorts(5672, 15672)
      .withWaitStrategy(Wait.forLogMessage(/Server startup complete/))
      .start(),
  ]);
  await mongo.exec(['mongosh', '--quiet', '--eval', `rs.initiate({_id:'rs0',members:[{_id:0,host:'localhost:27017'}]})`]);
  return {
    mongoUri: `mongodb://${mongo.getHost()}:${mongo.getMappedPort(27017)}/?directConnection=true`,
    amqpUrl: `amqp://guest:guest@${rabbitmq.getHost()}:${rabbitmq.getMappedPort(5672)}`,
    amqpManagementUrl: `http://${rabbitmq.getHost()}:${rabbitmq.getMappedPort(15672)}`,
    rabbitmq,
    stop: async () => {
      await Promise.all([mongo.stop(), rabbitmq.stop()]);
    },
  };
}

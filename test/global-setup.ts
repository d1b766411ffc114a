import { dockerEngineAvailable } from '../libs/testing/src/infrastructure';

/**
 * Chooses the servers for the run: MongoDB and RabbitMQ containers when a Docker engine answers
 * (testcontainers), else MONGODB_URI / AMQP_URL, else the local servers that `make test` started
 * (scripts/infra.sh). Workers inherit the choice through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.MONGODB_URI && process.env.AMQP_URL) return;
  if (dockerEngineAvailable() && process.env.EJOURNAL_TEST_CONTAINERS !== 'off') {
    const { startContainers } = await import('../libs/testing/src/containers');
    const containers = await startContainers();
    process.env.MONGODB_URI = containers.mongoUri;
    process.env.AMQP_URL = containers.amqpUrl;
    process.env.AMQP_MANAGEMENT_URL = containers.amqpManagementUrl;
    process.env.EJOURNAL_TEST_RABBITMQ_CONTAINER = containers.rabbitmq.getId();
    (globalThis as { __containers?: { stop(): Promise<void> } }).__containers = containers;
  }
}

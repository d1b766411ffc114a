import { dockerEngineAvailable, testServers } from '../libs/testing/src/infrastructure';
import { sweepLeftovers } from '../libs/testing/src/leftovers';

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

/**
 * The set-up of the projects that use the servers (integration, system): the servers chosen, then what
 * killed runs left on long-lived local servers deleted (libs/testing/src/leftovers.ts) — containers are new.
 */
export async function serversSetup(): Promise<void> {
  await globalSetup();
  if (process.env.EJOURNAL_TEST_RABBITMQ_CONTAINER) return;
  const swept = await sweepLeftovers(testServers()).catch((error: Error) => {
    console.warn(`[test] could not delete what killed test runs left: ${error.message}`);
    return { queues: [], exchanges: [], users: [], databases: [] };
  });
  const count = Object.values(swept).reduce((sum, names) => sum + names.length, 0);
  if (count > 0) console.log(`[test] deleted what killed test runs left: ${swept.queues.length} queues, ${swept.exchanges.length} exchanges, ${swept.users.length} broker users, ${swept.databases.length} databases`);
}

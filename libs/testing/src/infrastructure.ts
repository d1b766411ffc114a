import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where the servers of a test run are: set once per run by test/global-setup.ts. */
export interface TestServers {
  mongoUri: string;
  amqpUrl: string;
  /** RabbitMQ's management API (a broker user per process); absent: port 15672 of the broker's host. */
  amqpManagementUrl?: string;
  /** The RabbitMQ container, when testcontainers runs one (for stopping and starting the broker). */
  rabbitmqContainer?: string;
}

/** True when a Docker engine is there to run testcontainers. */
export function dockerEngineAvailable(): boolean {
  return Boolean(process.env.DOCKER_HOST) || existsSync('/var/run/docker.sock');
}

export function testServers(): TestServers {
  return {
    mongoUri: process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/',
    amqpUrl: process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
    amqpManagementUrl: process.env.AMQP_MANAGEMENT_URL || undefined,
    rabbitmqContainer: process.env.EJOURNAL_TEST_RABBITMQ_CONTAINER || undefined,
  };
}

/** Runs rabbitmqctl on the broker's node: inside its container, or on this machine. */
async function rabbitmqctl(command: 'stop_app' | 'start_app'): Promise<void> {
  const { rabbitmqContainer } = testServers();
  if (rabbitmqContainer) await run('docker', ['exec', rabbitmqContainer, 'rabbitmqctl', command], { timeout: 60_000 });
  else await run(existsSync('/usr/sbin/rabbitmqctl') ? '/usr/sbin/rabbitmqctl' : 'rabbitmqctl', [command], { timeout: 60_000 });
}

/** Stops the broker's application: every connection drops; durable queues and messages stay. */
export async function stopBroker(): Promise<void> {
  await rabbitmqctl('stop_app');
}

/** Starts the broker stopped by stopBroker. */
export async function startBroker(): Promise<void> {
  await rabbitmqctl('start_app');
}

/** A name no other suite or run uses: for databases, event namespaces and consumers. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`.toLowerCase();
}

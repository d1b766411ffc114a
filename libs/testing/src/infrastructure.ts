import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where the servers of a test run are: set once per run by test/global-setup.ts. */
export interface TestServers {
  mongoUri: string;
  amqpUrl: string;
  /** How the broker is restarted: a container id, or the local node through rabbitmqctl. */
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
    rabbitmqContainer: process.env.EJOURNAL_TEST_RABBITMQ_CONTAINER || undefined,
  };
}

/** Stops and starts the broker: the container when testcontainers runs it, else the local node. */
export async function restartBroker(): Promise<void> {
  const { rabbitmqContainer } = testServers();
  if (rabbitmqContainer) {
    await run('docker', ['restart', rabbitmqContainer]);
    return;
  }
  const rabbitmqctl = existsSync('/usr/sbin/rabbitmqctl') ? '/usr/sbin/rabbitmqctl' : 'rabbitmqctl';
  await run(rabbitmqctl, ['stop_app']);
  await run(rabbitmqctl, ['start_app']);
}

/** A name no other suite or run uses: for databases, event namespaces and consumers. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`.toLowerCase();
}

import { consumerQueues, createLogger, type Logger } from '@ejournal/kit';
import * as amqp from 'amqplib';
import mongoose from 'mongoose';
import { testServers, uniqueName } from './infrastructure';

/** A database of its own for one test suite; drop() removes it. */
export async function freshDatabase(suite: string): Promise<{ connection: mongoose.Connection; name: string; drop(): Promise<void> }> {
  const name = uniqueName(`t_${suite}`).slice(0, 60);
  const connection = await mongoose.createConnection(testServers().mongoUri, { dbName: name, autoIndex: false }).asPromise();
  return {
    connection,
    name,
    drop: async () => {
      await connection.dropDatabase();
      await connection.close();
    },
  };
}

/** An event namespace (exchange and queue prefix) of its own for one test suite. */
export function freshNamespace(suite: string): string {
  return uniqueName(`t.${suite}`).replace(/_/g, '.');
}

/** A logger that stays quiet unless TEST_LOG is set. */
export function testLogger(service: string): Logger {
  const logger = createLogger(service, process.env.TEST_LOG ?? 'error');
  logger.silent = !process.env.TEST_LOG;
  return logger;
}

/** Polls until check() returns a value other than undefined, or fails after timeoutMs. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Removes what a suite's event namespace left on the broker: each consumer's quorum queue, its retry
 * queues and dead-letter queue, and the exchange. Quorum queues are heavy; a shared test broker must
 * not collect them run after run.
 */
export async function deleteEventNamespace(namespace: string, consumers: string[], retries = 3): Promise<void> {
  const connection = await amqp.connect(testServers().amqpUrl);
  try {
    const channel = await connection.createChannel();
    for (const consumer of consumers) {
      const queues = consumerQueues(namespace, consumer, retries);
      for (const queue of [queues.main, ...queues.retry, queues.dead]) await channel.deleteQueue(queue);
    }
    await channel.deleteExchange(`${namespace}.events`);
  } finally {
    await connection.close();
  }
}

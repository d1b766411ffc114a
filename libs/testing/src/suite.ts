import { createLogger, type Logger } from '@ejournal/kit';
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

import amqp from 'amqplib';
import mongoose from 'mongoose';
import type { TestServers } from './infrastructure';

/**
 * The moment a test run's name was made (uniqueName: `<prefix>_<Date.now() in base 36><5 random>`, the
 * namespace with a dot for the underscore), or undefined for a name no test run made — `ejournal.diary`
 * of `make up`, or a word of 13 letters: a run's id is a segment after the first of 13 letters and digits,
 * one a digit at least, whose first 8 decode to a moment since 2024.
 */
export function testRunMoment(name: string, now = Date.now()): number | undefined {
  const [, ...rest] = name.split(/[._]/);
  for (const id of rest) {
    if (!/^[0-9a-z]{13}$/.test(id) || !/[0-9]/.test(id)) continue;
    const moment = parseInt(id.slice(0, 8), 36);
    if (moment >= Date.UTC(2024, 0, 1) && moment <= now) return moment;
  }
  return undefined;
}

export interface SweptLeftovers {
  queues: string[];
  exchanges: string[];
  users: string[];
  databases: string[];
}

/**
 * Deletes what test runs killed before their teardown left on the local servers: their queues (quorum
 * queues the broker recovers, one by one, on every start — some hundreds of them once wedged it), their
 * exchanges, broker users and databases. Only names a test run made (testRunMoment) older than
 * `olderThanMs`, and only queues nobody consumes: a run still going is never touched.
 */
export async function sweepLeftovers(servers: TestServers, olderThanMs = 60 * 60_000, now = Date.now()): Promise<SweptLeftovers> {
  const stale = (name: string) => {
    const moment = testRunMoment(name, now);
    return moment !== undefined && now - moment > olderThanMs;
  };
  const swept: SweptLeftovers = { queues: [], exchanges: [], users: [], databases: [] };
  const amqpUrl = new URL(servers.amqpUrl);
  const management = new URL(servers.amqpManagementUrl ?? `http://${amqpUrl.hostname}:15672`);
  const authorization = `Basic ${Buffer.from(`${decodeURIComponent(amqpUrl.username || 'guest')}:${decodeURIComponent(amqpUrl.password || 'guest')}`).toString('base64')}`;
  const list = async <T>(path: string): Promise<T[] | undefined> => {
    const response = await fetch(new URL(`/api/${path}`, management), { headers: { authorization }, signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
    return response?.ok ? ((await response.json()) as T[]) : undefined;
  };
  const queues = (await list<{ name: string; consumers?: number }>('queues?columns=name,consumers')) ?? [];
  const exchanges = (await list<{ name: string }>('exchanges?columns=name')) ?? [];
  const users = (await list<{ name: string }>('users')) ?? [];
  const staleQueues = queues.filter((queue) => !queue.consumers && stale(queue.name)).map((queue) => queue.name);
  swept.exchanges = exchanges.filter((exchange) => stale(exchange.name)).map((exchange) => exchange.name);
  if (staleQueues.length + swept.exchanges.length > 0) {
    const connection = await amqp.connect(servers.amqpUrl);
    try {
      const channel = await connection.createChannel();
      // The management API's counts are some seconds old: the broker's own count decides.
      for (const queue of staleQueues) {
        if ((await channel.checkQueue(queue)).consumerCount > 0) continue;
        await channel.deleteQueue(queue);
        swept.queues.push(queue);
      }
      for (const exchange of swept.exchanges) await channel.deleteExchange(exchange);
    } finally {
      await connection.close();
    }
  }
  swept.users = users.filter((user) => stale(user.name)).map((user) => user.name);
  for (const user of swept.users) {
    await fetch(new URL(`/api/users/${encodeURIComponent(user)}`, management), { method: 'DELETE', headers: { authorization }, signal: AbortSignal.timeout(10_000) });
  }
  const connection = await mongoose.createConnection(servers.mongoUri, { serverSelectionTimeoutMS: 10_000 }).asPromise();
  try {
    const { databases } = await connection.db!.admin().listDatabases({ nameOnly: true });
    swept.databases = databases.map((database) => database.name).filter(stale);
    for (const database of swept.databases) await connection.useDb(database, { useCache: false }).dropDatabase();
  } finally {
    await connection.close();
  }
  return swept;
}

import { randomBytes } from 'node:crypto';
import { PROCESS_NAMES, type ProcessName } from '@ejournal/contracts';

/** How each process reaches the broker: its own user, or (without the management API) the shared URL. */
export interface BrokerAccess {
  /** True when every process has its own user limited to what it publishes and consumes. */
  perProcess: boolean;
  urlOf(name: ProcessName): string;
  /** Removes the users made for this platform (tests; `make up` keeps its own). */
  remove(): Promise<void>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * What a process may do on the broker, as RabbitMQ permission patterns: declare and use its own
 * queues (its consumers' names begin with its own) and the platform's exchange; publish only events
 * whose type begins with its name (topic permissions on the routing key); read every event type it
 * binds. The default exchange (`amq.default`) is writable for the consumer's own retries; consumers
 * refuse a message whose broker-validated user does not own its event type.
 */
export function brokerPermissions(namespace: string, name: ProcessName) {
  const ns = escape(namespace);
  const own = `${ns}\\.${escape(name)}([.-].*)?`;
  const exchange = `${ns}\\.events`;
  return {
    permissions: { configure: `^(${exchange}|${own})$`, write: `^(${exchange}|amq\\.default|${own})$`, read: `^(${exchange}|${own})$` },
    topic: { exchange: `${namespace}.events`, write: name === 'gateway' ? '^$' : `^${escape(name)}\\.`, read: '.*' },
  };
}

/** The broker user of a process: `<namespace>.<process>`; consumers expect events of a service from its user. */
export const brokerUserOf = (namespace: string, name: string) => `${namespace}.${name}`;

/**
 * Creates one broker user per process through RabbitMQ's management API (`managementUrl`, by default
 * port 15672 of the broker's host with the AMQP URL's administrator credentials). When the API does
 * not answer, every process shares the given URL, and the launcher says so.
 */
export async function provisionBrokerUsers(amqpUrl: string, namespace: string, managementUrl?: string): Promise<BrokerAccess> {
  const amqp = new URL(amqpUrl);
  const vhost = decodeURIComponent(amqp.pathname.slice(1)) || '/';
  const api = new URL(managementUrl ?? `http://${amqp.hostname}:15672`);
  const authorization = `Basic ${Buffer.from(`${decodeURIComponent(amqp.username || 'guest')}:${decodeURIComponent(amqp.password || 'guest')}`).toString('base64')}`;
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(new URL(`/api/${path}`, api), { method, headers: { authorization, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(5_000) });
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) throw new Error(`broker management ${method} ${path}: ${response.status} ${await response.text()}`);
  };
  try {
    await call('GET', 'whoami');
  } catch {
    return { perProcess: false, urlOf: () => amqpUrl, remove: async () => {} };
  }
  const urls = new Map<ProcessName, string>();
  for (const name of PROCESS_NAMES) {
    const user = brokerUserOf(namespace, name);
    const password = randomBytes(18).toString('base64url');
    const { permissions, topic } = brokerPermissions(namespace, name);
    await call('PUT', `users/${encodeURIComponent(user)}`, { password, tags: '' });
    await call('PUT', `permissions/${encodeURIComponent(vhost)}/${encodeURIComponent(user)}`, permissions);
    await call('PUT', `topic-permissions/${encodeURIComponent(vhost)}/${encodeURIComponent(user)}`, topic);
    const url = new URL(amqpUrl);
    url.username = encodeURIComponent(user);
    url.password = password;
    urls.set(name, url.toString());
  }
  return {
    perProcess: true,
    urlOf: (name) => urls.get(name)!,
    remove: async () => {
      for (const name of PROCESS_NAMES) await call('DELETE', `users/${encodeURIComponent(brokerUserOf(namespace, name))}`);
    },
  };
}

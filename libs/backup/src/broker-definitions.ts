import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrokerEntry } from './manifest';
import { findProgram, runTool } from './tools';

/**
 * The broker's definitions (exchanges, queues, bindings, policies, users, permissions), taken through
 * RabbitMQ's management API when it answers, else with `rabbitmqctl export_definitions` when that runs
 * here. When neither can, the manifest says so and why — a backup of the databases is still worth
 * keeping, but it must not look like one with the broker.
 */
export interface BrokerAccess {
  /** amqp://user:password@host:port/vhost — its credentials also open the management API. */
  amqpUrl?: string;
  /** The management API; default: port 15672 of the AMQP host. */
  managementUrl?: string;
}

export const BROKER_FILE = 'broker-definitions.json';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const SBIN = ['/usr/sbin', '/usr/local/sbin'];

/** The management API: AMQP_MANAGEMENT_URL (its credentials, else AMQP_URL's), or port 15672 of AMQP_URL's host; undefined without either. */
function managementApi(access: BrokerAccess) {
  if (!access.amqpUrl && !access.managementUrl) return undefined;
  const amqp = access.amqpUrl ? new URL(access.amqpUrl) : undefined;
  const api = new URL(access.managementUrl ?? `http://${amqp!.hostname}:15672`);
  const user = decodeURIComponent(api.username || amqp?.username || 'guest');
  const password = decodeURIComponent(api.password || amqp?.password || 'guest');
  api.username = '';
  api.password = '';
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return {
    /** Where it is, without credentials: for the manifest. */
    address: api.origin,
    call: async (method: 'GET' | 'POST', path: string, body?: string) => {
      const response = await fetch(new URL(`/api/${path}`, api), { method, headers: { authorization, 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(30_000) });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} /api/${path} answered ${response.status} ${text.slice(0, 200)}`);
      return text;
    },
  };
}

/** Writes the definitions to `dir/broker-definitions.json`; the manifest's broker entry says how, or why not. */
export async function exportBrokerDefinitions(access: BrokerAccess, dir: string): Promise<BrokerEntry> {
  const api = managementApi(access);
  if (!api) return { taken: false, reasons: ['neither AMQP_URL nor AMQP_MANAGEMENT_URL is set'] };
  const reasons: string[] = [];
  try {
    const definitions = await api.call('GET', 'definitions');
    const { rabbitmq_version: version } = JSON.parse(await api.call('GET', 'overview')) as { rabbitmq_version?: string };
    JSON.parse(definitions); // refuses a truncated answer
    writeFileSync(join(dir, BROKER_FILE), definitions);
    return { taken: true, via: 'management API', source: api.address, version: `RabbitMQ ${version ?? 'unknown'}`, file: BROKER_FILE };
  } catch (error) {
    reasons.push(`management API at ${api.address}: ${(error as Error).message}`);
  }
  const rabbitmqctl = findProgram('rabbitmqctl', SBIN);
  const host = new URL(access.amqpUrl ?? api.address).hostname;
  if (!rabbitmqctl) reasons.push('rabbitmqctl: not installed here');
  else if (!LOCAL_HOSTS.has(host)) reasons.push(`rabbitmqctl: reaches only this machine's node, and the broker is at ${host}`);
  else {
    try {
      // To stdout: the broker's node, not this process, would write a file, and may not write here.
      const definitions = await runTool(rabbitmqctl, ['--quiet', 'export_definitions', '-'], { timeoutMs: 120_000 });
      JSON.parse(definitions);
      writeFileSync(join(dir, BROKER_FILE), definitions);
      const version = (await runTool(rabbitmqctl, ['--quiet', 'version'], { timeoutMs: 60_000 })).trim();
      return { taken: true, via: 'rabbitmqctl', source: 'this machine', version: `RabbitMQ ${version}`, file: BROKER_FILE };
    } catch (error) {
      reasons.push(`rabbitmqctl: ${(error as Error).message}`);
    }
  }
  return { taken: false, reasons };
}

/**
 * Loads kept definitions into the broker (RabbitMQ merges them: what exists stays, what is missing is
 * made): through the management API, else with rabbitmqctl on this machine.
 */
export async function importBrokerDefinitions(access: BrokerAccess, entry: Extract<BrokerEntry, { taken: true }>, dir: string): Promise<void> {
  const file = join(dir, entry.file);
  const reasons: string[] = [];
  const api = managementApi(access);
  if (api) {
    try {
      await api.call('POST', 'definitions', readFileSync(file, 'utf8'));
      return;
    } catch (error) {
      reasons.push(`management API at ${api.address}: ${(error as Error).message}`);
    }
  } else reasons.push('neither AMQP_URL nor AMQP_MANAGEMENT_URL is set');
  const rabbitmqctl = findProgram('rabbitmqctl', SBIN);
  if (!rabbitmqctl) reasons.push('rabbitmqctl: not installed here');
  else {
    try {
      await runTool(rabbitmqctl, ['--quiet', 'import_definitions', '-'], { timeoutMs: 120_000, input: readFileSync(file, 'utf8') });
      return;
    } catch (error) {
      reasons.push(`rabbitmqctl: ${(error as Error).message}`);
    }
  }
  throw new Error(`the broker's definitions could not be loaded: ${reasons.join('; ')}`);
}

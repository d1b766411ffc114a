import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { GRPC_CALLS, PROCESS_NAMES, SERVICE_NAMES, type ProcessName, type ServiceName } from '@ejournal/contracts';
import { provisionBrokerUsers, type BrokerAccess } from './broker-users';
import { credentialsDirectory, generateCredentials } from './credentials';
import type { DevSecrets } from './dev-secrets';

export { PROCESS_NAMES, type ProcessName };

const ROOT = resolve(__dirname, '..', '..', '..');

export interface SystemOptions {
  mongoUri: string;
  /** A database server of its own for some services (a test that takes one away); the others use mongoUri. */
  mongoUriOf?: Partial<Record<ServiceName, string>>;
  amqpUrl: string;
  secrets: DevSecrets;
  /** Where each process's credentials are (credentials.ts); absent: made for this run and removed at stop. */
  credentialsRoot?: string;
  /** RabbitMQ's management API, for a broker user per process; absent: port 15672 of the broker's host. */
  amqpManagementUrl?: string;
  /** Exchange/queue prefix; `ejournal` for make up, a unique one per system test. */
  namespace: string;
  /** Prefix of each service's database name (`<prefix><service>`). */
  databasePrefix: string;
  gatewayPort?: number;
  /** gRPC ports; free ports are picked when not given. */
  grpcPorts?: Partial<Record<ServiceName, number>>;
  /** Extra environment for every process (e.g. OTEL_EXPORTER_OTLP_ENDPOINT, LOG_LEVEL). */
  env?: Record<string, string>;
  /** Receives every line a process prints. */
  onLine?: (process: ProcessName, line: string) => void;
}

/** Ports handed out by this process: two platforms started by one process never share one. */
const handedOut = new Set<number>();

/**
 * A port free to listen on, as the services bind (all addresses). Taken below the kernel's ephemeral
 * range (32768–60999 on Linux): a port the kernel hands out itself (listen(0)) may meanwhile become the
 * local end of an outgoing connection — to the database, the broker, another service — and the service
 * given it then fails with EADDRINUSE before it starts.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (handedOut.has(port)) continue;
    const free = await new Promise<boolean>((resolveFree) => {
      const server = createServer();
      server.unref();
      server.once('error', () => resolveFree(false));
      server.listen(port, '0.0.0.0', () => server.close(() => resolveFree(true)));
    });
    if (free) {
      handedOut.add(port);
      return port;
    }
    if (attempt > 200) throw new Error('no free port between 20000 and 32000');
  }
}

/**
 * A GET on a connection of its own, closed after the answer. fetch would keep it for the caller's next
 * request, and a caller whose event loop is then busy past the gateway's keep-alive (5 s: a test file
 * loading) sends that request on a connection the gateway is closing — "other side closed".
 */
function answerOf(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: 5_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: response.statusCode ?? 0, body })).on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from ${url} in 5 s`))).on('error', reject);
  });
}

/** Logs in through a gateway as a client does; the session's access token. */
export async function logInThrough(gatewayUrl: string, login: string, password: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/api/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
  if (response.status !== 201) throw new Error(`log-in of ${login} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The platform's processes on this machine, each started from its built dist/main.js. */
export class LocalSystem {
  private readonly children = new Map<ProcessName, ChildProcess>();

  /** The running processes' ids, by name (benchmarks read their memory from /proc). */
  processIds(): Partial<Record<ProcessName, number>> {
    return Object.fromEntries([...this.children].filter(([, child]) => child.pid !== undefined && child.exitCode === null).map(([name, child]) => [name, child.pid]));
  }
  private readonly environments = new Map<ProcessName, NodeJS.ProcessEnv>();
  private onLine?: SystemOptions['onLine'];
  private cleanUp: Array<() => Promise<void>> = [];

  private constructor(
    readonly gatewayUrl: string,
    /** Where each process's credentials are (a test may call a service directly with the gateway's). */
    readonly credentialsRoot: string,
    /** Whether each process has its own broker user. */
    readonly broker: BrokerAccess,
  ) {}

  static async start(options: SystemOptions): Promise<LocalSystem> {
    const grpcPorts = {} as Record<ServiceName, number>;
    for (const name of SERVICE_NAMES) grpcPorts[name] = options.grpcPorts?.[name] ?? (await freePort());
    const gatewayPort = options.gatewayPort ?? (await freePort());
    const credentialsRoot = options.credentialsRoot ?? generateCredentials(mkdtempSync(`${tmpdir()}/ejournal-credentials-`));
    const broker = await provisionBrokerUsers(options.amqpUrl, options.namespace, options.amqpManagementUrl);
    const system = new LocalSystem(`http://127.0.0.1:${gatewayPort}`, credentialsRoot, broker);
    if (!options.credentialsRoot) system.cleanUp.push(async () => rmSync(credentialsRoot, { recursive: true, force: true }));
    system.cleanUp.push(() => broker.remove());
    const common = {
      PATH: process.env.PATH,
      MONGODB_URI: options.mongoUri,
      EVENT_NAMESPACE: options.namespace,
      AMQP_USERS_PER_SERVICE: String(broker.perProcess),
      SHUTDOWN_GRACE_MS: '5000',
      // Eight processes share one machine here: each keeps its heap small (resident ≤ ~150 MB under the
      // benchmarks' load, at no loss of throughput); EJOURNAL_NODE_OPTIONS replaces it.
      NODE_OPTIONS: process.env.EJOURNAL_NODE_OPTIONS ?? '--max-old-space-size=96 --max-semi-space-size=8',
      ...options.env,
    };
    // Each process: its own credentials and broker user, and the addresses of the services it calls.
    const own = (name: ProcessName) => ({
      CREDENTIALS_DIR: credentialsDirectory(credentialsRoot, name),
      AMQP_URL: broker.urlOf(name),
      ...Object.fromEntries(GRPC_CALLS[name].map((target) => [`${target.toUpperCase()}_GRPC_ADDRESS`, `127.0.0.1:${grpcPorts[target]}`])),
    });
    for (const name of SERVICE_NAMES) {
      system.environments.set(name, { ...common, ...own(name), GRPC_PORT: String(grpcPorts[name]), MONGODB_DATABASE: `${options.databasePrefix}${name}`, ...(options.mongoUriOf?.[name] ? { MONGODB_URI: options.mongoUriOf[name] } : {}) });
    }
    Object.assign(system.environments.get('identity')!, {
      BOOTSTRAP_OPERATOR_LOGIN: options.secrets.operatorLogin,
      BOOTSTRAP_OPERATOR_PASSWORD: options.secrets.operatorPassword,
      SIGNING_KEY_ENCRYPTION_KEY: options.secrets.keyEncryptionKey,
    });
    Object.assign(system.environments.get('diary')!, { DIARY_PSEUDONYM_SECRET: options.secrets.pseudonymSecret });
    Object.assign(system.environments.get('archive')!, { ARCHIVE_KEY_PASSPHRASE: options.secrets.archivePassphrase, ARCHIVE_VERIFY_URL: `http://localhost:${gatewayPort}/api/v1/archive/records` });
    system.environments.set('gateway', { ...common, ...own('gateway'), PORT: String(gatewayPort) });
    system.onLine = options.onLine;
    for (const name of PROCESS_NAMES) system.startProcess(name);
    return system;
  }

  /** The gRPC address of a service. */
  addressOf(service: ServiceName): string {
    return `127.0.0.1:${this.environments.get(service)!.GRPC_PORT}`;
  }

  /** The broker URL a process connects with (its own broker user, where the management API made one). */
  brokerUrlOf(name: ProcessName): string {
    return this.environments.get(name)!.AMQP_URL!;
  }

  startProcess(name: ProcessName): void {
    const onLine = this.onLine;
    const directory = name === 'gateway' ? join(ROOT, 'gateway') : join(ROOT, 'services', name);
    const child = spawn(process.execPath, [join(directory, 'dist', 'main.js')], { env: this.environments.get(name), stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => onLine?.(name, line));
    }
    this.children.set(name, child);
  }

  /** Stops one process with a signal and waits until it has exited; resolves with its exit status (null when killed). */
  async stopProcess(name: ProcessName, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.children.get(name);
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    child.kill(signal);
    return exited;
  }

  /** Stops one process and starts it again with some of its environment changed (a benchmark comparing a setting). */
  async restartProcess(name: ProcessName, env: Record<string, string> = {}): Promise<void> {
    await this.stopProcess(name);
    Object.assign(this.environments.get(name)!, env);
    this.startProcess(name);
  }

  /** Logs in through the gateway; the session's access token. */
  logIn(login: string, password: string): Promise<string> {
    return logInThrough(this.gatewayUrl, login, password);
  }

  /** Polls the gateway's /healthz until every service reports SERVING and the gateway is ready. */
  async waitHealthy(timeoutMs = 60_000): Promise<Record<string, string>> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown = 'no answer';
    while (Date.now() < deadline) {
      for (const [name, child] of this.children) {
        if (child.exitCode !== null) throw new Error(`${name} exited with status ${child.exitCode} before the system was healthy`);
      }
      try {
        const health = await answerOf(`${this.gatewayUrl}/healthz`);
        last = JSON.parse(health.body);
        const ready = (await answerOf(`${this.gatewayUrl}/readyz`)).status === 200;
        if (health.status === 200 && ready) return (last as { services: Record<string, string> }).services;
      } catch (error) {
        last = (error as Error).message;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`the system was not healthy within ${timeoutMs} ms: ${JSON.stringify(last)}`);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.children.keys()].map((name) => this.stopProcess(name)));
    for (const step of this.cleanUp.splice(0)) await step();
  }
}

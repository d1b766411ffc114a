import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@ejournal/launcher';

const ROOT = resolve(__dirname, '..', '..', '..');

export interface PrivateDatabase {
  uri: string;
  /** Kills the server (as a crash or an outage would): every connection drops at once. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  remove(): Promise<void>;
}

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      done(true);
    });
    socket.on('error', () => done(false));
  });

/**
 * A MongoDB-compatible server of its own for one test that takes the database away: FerretDB (the one
 * scripts/infra.sh built into .tools/) on a PostgreSQL database of its own. Other suites keep theirs.
 */
export async function startPrivateDatabase(): Promise<PrivateDatabase> {
  const binary = readdirSync(join(ROOT, '.tools')).filter((name) => /^ferretdb-v[\d.]+$/.test(name)).map((name) => join(ROOT, '.tools', name))[0];
  if (!binary || !existsSync(binary)) throw new Error('a private database needs FerretDB in .tools/ (scripts/infra.sh up builds it)');
  const server = (process.env.FERRETDB_POSTGRESQL_URL ?? 'postgres://postgres@127.0.0.1:5432/ferretdb').replace(/\/[^/]*$/, '');
  const database = `ferretdb_private_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  execFileSync('psql', [`${server}/postgres`, '-qc', `create database ${database}`]);
  // The same preparation as the shared server's (scripts/infra.sh applies every scripts/sql/*.sql).
  const sql = join(ROOT, 'scripts', 'sql');
  for (const file of readdirSync(sql).filter((name) => name.endsWith('.sql')).sort()) execFileSync('psql', [`${server}/${database}`, '-v', 'ON_ERROR_STOP=1', '-q', '-f', join(sql, file)]);
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), 'ferretdb-private-'));
  let child: ChildProcess | undefined;
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  const start = async () => {
    // Started once: a second server on the same port would fail, and the first would outlive the test.
    if (running()) return;
    child = spawn(binary, [`--listen-addr=127.0.0.1:${port}`, '--telemetry=disable', `--state-dir=${state}`, '--debug-addr=-', '--log-level=error', '--handler=postgresql', `--postgresql-url=${server}/${database}?pool_max_conns=25&plan_cache_mode=force_custom_plan`] /* see scripts/infra.sh */, { stdio: 'ignore' });
    for (let i = 0; i < 100 && !(await portOpen(port)); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  const stop = async () => {
    if (!running()) return;
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child!.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    start,
    stop,
    remove: async () => {
      await stop();
      rmSync(state, { recursive: true, force: true });
      execFileSync('psql', [`${server}/postgres`, '-qc', `drop database if exists ${database} with (force)`]);
    },
  };
}

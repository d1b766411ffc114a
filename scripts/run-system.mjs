#!/usr/bin/env node
// Runs the whole platform on this machine (make up): every service and the gateway as separate
// processes with prefixed, readable logs; waits until all report healthy. Ctrl-C (or `make down`)
// stops them gracefully. Expects MONGODB_URI and AMQP_URL (make up sets them from scripts/infra.sh).
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pidFile = join(root, '.run', 'system.pid');

if (process.argv.includes('--stop')) {
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGTERM');
    console.log('platform stopping');
  } catch {
    console.log('platform is not running');
  }
  process.exit(0);
}

const { LocalSystem, loadOrCreateDevSecrets, loadOrCreateCredentials } = createRequire(import.meta.url)(join(root, 'libs/launcher/dist'));
const started = Date.now();
const colours = [31, 32, 33, 34, 35, 36, 91, 92];
const names = ['identity', 'curriculum', 'gradebook', 'attendance', 'diary', 'messaging', 'archive', 'reports', 'gateway'];
const width = Math.max(...names.map((n) => n.length));

function readable(line) {
  try {
    const { timestamp, level, message, service: _service, ...rest } = JSON.parse(line);
    const time = (timestamp ?? new Date().toISOString()).slice(11, 19);
    const extra = Object.keys(rest).length ? ' ' + JSON.stringify(rest) : '';
    return `${time} ${String(level).padEnd(5)} ${message}${extra}`;
  } catch {
    return line;
  }
}

/**
 * Without a region's SMTP relay (MESSAGING_SMTP_URL), the notices' e-mail goes to a local mail catcher:
 * each message as it arrived, in .run/mail/<time>-<n>.eml (open it with any mail program).
 */
async function startMailCatcher() {
  const { SMTPServer } = createRequire(import.meta.url)('smtp-server');
  const folder = join(root, '.run', 'mail');
  mkdirSync(folder, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        writeFileSync(join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++received}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(Number(process.env.MAIL_CATCHER_PORT ?? 2525), '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, folder, close: () => new Promise((resolve) => server.close(resolve)) };
}
const catcher = process.env.MESSAGING_SMTP_URL ? undefined : await startMailCatcher();

const secrets = loadOrCreateDevSecrets(join(root, '.run', 'dev-secrets.json'));
const system = await LocalSystem.start({
  mongoUri: process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/',
  amqpUrl: process.env.AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
  secrets,
  // Each process's TLS certificate and call key, made once (a platform CA of this machine).
  credentialsRoot: loadOrCreateCredentials(join(root, '.run', 'credentials')),
  amqpManagementUrl: process.env.AMQP_MANAGEMENT_URL,
  namespace: process.env.EVENT_NAMESPACE ?? 'ejournal',
  databasePrefix: 'ejournal_',
  gatewayPort: Number(process.env.GATEWAY_PORT ?? 8080),
  grpcPorts: { identity: 50051, curriculum: 50052, gradebook: 50053, attendance: 50054, diary: 50055, messaging: 50056, archive: 50057, reports: 50058 },
  env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'info', MESSAGING_SMTP_URL: process.env.MESSAGING_SMTP_URL ?? catcher.url, ...(process.env.OTEL_EXPORTER_OTLP_ENDPOINT ? { OTEL_EXPORTER_OTLP_ENDPOINT: process.env.OTEL_EXPORTER_OTLP_ENDPOINT } : {}) },
  onLine: (name, line) => {
    const colour = colours[names.indexOf(name) % colours.length];
    process.stdout.write(`\x1b[${colour}m${name.padEnd(width)} |\x1b[0m ${readable(line)}\n`);
  },
});
mkdirSync(dirname(pidFile), { recursive: true });
writeFileSync(pidFile, String(process.pid));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await system.stop();
  await catcher?.close();
  rmSync(pidFile, { force: true });
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  const services = await system.waitHealthy(120_000);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!system.broker.perProcess) console.log('внимание: у брокера нет API управления (порт 15672) — все процессы работают под одним пользователем брокера');
  console.log(`\nплатформа запущена: ${Object.keys(services).length} служб работают (${seconds} с) — ${system.gatewayUrl}/healthz`);
  console.log(`веб-клиент: ${system.gatewayUrl}/ (русский; учётные записи — docs/web-client.md)`);
  if (catcher) console.log(`почта уведомлений (MESSAGING_SMTP_URL не задан): письма в ${catcher.folder}`);
  console.log(`токен регионального оператора: node scripts/dev-token.mjs\n`);
} catch (error) {
  console.error(String(error));
  await stop();
  process.exit(1);
}

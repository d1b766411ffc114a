// What the benchmarks share: starting the real system on the local servers, calling the gateway as a
// client does, a load loop, and a bare express hello-world as the baseline measured in the same run.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const express = require('express');
const mongoose = require('mongoose');
const amqp = require('amqplib');
const { generateDevSecrets, LocalSystem } = require('@ejournal/launcher');
const { testServers, deleteEventNamespace } = require('@ejournal/testing');
const { EVENT_CONSUMERS, SERVICE_NAMES } = require('@ejournal/contracts');

export function argument(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

/** Requests back to back from `concurrency` workers for `seconds`, or at a fixed total `rate` per second; latencies in ms. */
export async function load(request, { seconds, concurrency = 8, rate = 0 }) {
  const latencies = [];
  let failures = 0;
  const started = Date.now();
  const until = started + seconds * 1000;
  let issued = 0;
  await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
    for (let n = 0; Date.now() < until; n++) {
      if (rate > 0) {
        const due = started + (issued++ * 1000) / rate;
        if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        if (Date.now() >= until) break;
      }
      const begun = performance.now();
      const ok = await request(worker, n).catch(() => false);
      latencies.push(performance.now() - begun);
      if (!ok) failures++;
    }
  }));
  return { ...summary(latencies), failures, perSecond: Math.round(latencies.length / seconds) };
}

/** A request as a client makes it — its whole answer read (an unread body holds its connection until it is collected) — and the answer's status. */
export async function statusOf(url, init) {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return response.status;
}

/** Work over items, `concurrency` at a time. */
export async function inParallel(items, concurrency, work) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** A process's resident memory, in MB. */
export function residentMegabytes(pid) {
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
}

export function summary(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q) => (sorted.length ? Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1)) : 0);
  return { requests: sorted.length, p50: at(0.5), p99: at(0.99) };
}

/** The hello-world baseline: GET answers a small JSON, POST echoes the size of the body. */
export async function helloWorld() {
  const app = express().get('/', (_req, res) => res.json({ ok: true })).post('/', express.json({ limit: '1mb' }), (req, res) => res.status(201).json({ size: JSON.stringify(req.body).length }));
  const server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

/** The whole system on the local servers, in its own namespace and databases; `stop` removes them. */
export async function startSystem(name) {
  const secrets = generateDevSecrets();
  // Named as the test runs name theirs (a moment and 5 random letters): what a killed benchmark leaves, the tests' sweep removes after an hour.
  const run = `${name}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7).padEnd(5, '0')}`;
  const namespace = run.replace(/_/g, '.');
  const servers = testServers();
  const system = await LocalSystem.start({ ...servers, secrets, namespace, databasePrefix: `${run}_`, ...(process.env.BENCH_LOGS ? { onLine: (name, line) => console.error(`${name} | ${line}`) } : {}), env: { LOG_LEVEL: 'warn', AUTH_RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_PER_MINUTE: '1000000', ...(process.env.BENCH_PROFILE ? { BENCH_PROFILE: process.env.BENCH_PROFILE, NODE_OPTIONS: `--require ${new URL('./tools/cpu-profile.cjs', import.meta.url).pathname}` } : {}) } });
  await system.waitHealthy();
  return {
    system,
    secrets,
    /** The prefix of this run's databases (`<prefix><service>`). */
    databasePrefix: `${run}_`,
    /** This run's event namespace (its exchange is `<namespace>.events`). */
    namespace,
    servers,
    /**
     * Waits until a consumer has handled everything published so far: its queue holds nothing ready
     * and nothing delivered but unacknowledged (a delivery stuck in a handler is not "drained"), nor
     * anything waiting in its retry queues — as RabbitMQ's management API counts them.
     */
    drained: async (consumer, timeoutMs = 300_000) => {
      const broker = new URL(servers.amqpUrl);
      const api = new URL(servers.amqpManagementUrl ?? `http://${broker.hostname}:15672`);
      const authorization = `Basic ${Buffer.from(`${decodeURIComponent(broker.username || 'guest')}:${decodeURIComponent(broker.password || 'guest')}`).toString('base64')}`;
      const vhost = encodeURIComponent(decodeURIComponent(broker.pathname.slice(1)) || '/');
      const waiting = async () => {
        let total = 0;
        for (const queue of [`${namespace}.${consumer}`, ...[1, 2, 3].map((n) => `${namespace}.${consumer}.retry.${n}`)]) {
          const answer = await fetch(new URL(`/api/queues/${vhost}/${encodeURIComponent(queue)}`, api), { headers: { authorization } });
          if (answer.status === 404) continue;
          const { messages_ready: ready = 0, messages_unacknowledged: unacknowledged = 0 } = await answer.json();
          total += ready + unacknowledged;
        }
        return total;
      };
      const deadline = Date.now() + timeoutMs;
      // The management API's figures are refreshed every 5 s: quiet for seven seconds in a row.
      for (let quiet = 0; quiet < 7; ) {
        quiet = (await waiting()) === 0 ? quiet + 1 : 0;
        if (Date.now() > deadline) throw new Error(`the ${consumer} queue did not drain`);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    },
    /** Messages waiting in a consumer's queue, not yet delivered (the broker's own count, at once). */
    ready: async (consumer) => {
      const connection = await amqp.connect(servers.amqpUrl);
      try {
        const channel = await connection.createChannel();
        return (await channel.checkQueue(`${namespace}.${consumer}`)).messageCount;
      } finally {
        await connection.close();
      }
    },
    stop: async () => {
      await system.stop();
      await deleteEventNamespace(namespace, Object.values(EVENT_CONSUMERS).flat()).catch(() => {});
      const connection = await mongoose.createConnection(servers.mongoUri).asPromise();
      for (const service of SERVICE_NAMES) await connection.useDb(`${run}_${service}`).dropDatabase().catch(() => {});
      await connection.close();
    },
  };
}

/** A client of the gateway: JSON (or CSV) in, JSON out, an error naming the call when it fails. */
export function gatewayClient(gatewayUrl) {
  const api = async (method, path, token, body, type = 'application/json') => {
    // Never waits for ever: the gateway's longest deadline is 10 minutes (the export); a call that outlives it is a hang to report.
    const response = await fetch(`${gatewayUrl}/api/v1${path}`, { method, signal: AbortSignal.timeout(660_000), headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : body }).catch((error) => {
      throw new Error(`${method} ${path}: ${error.message}`);
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const until = async (what, probe, tries = 300, everyMs = 100) => {
    let last = '';
    for (let attempt = 0; attempt < tries; attempt++) {
      const value = await probe().catch((error) => {
        last = error.message;
        return undefined;
      });
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    throw new Error(`timed out waiting for ${what}${last ? ` (the last answer: ${last})` : ''}`);
  };
  return { api, until };
}

/** Staff accounts as a new user gets them: created with a temporary password, changed, then logged in. */
/** The account's access token (staffMaker's), logged in again when it is eight minutes old: it lasts ten, and a school of 1,000 pupils takes longer to make. */
export async function freshToken(api, account) {
  // Callers side by side wait for the same log-in (the old token may have run out already).
  if (Date.now() - account.issuedAt > 8 * 60_000) {
    account.renewal ??= api('POST', '/sessions', undefined, { login: account.login, password: account.password }).then(
      (session) => {
        account.token = session.accessToken;
        account.issuedAt = Date.now();
        account.renewal = undefined;
      },
      (error) => {
        account.renewal = undefined;
        throw error;
      },
    );
    await account.renewal;
  }
  return account.token;
}

export function staffMaker(api) {
  let accounts = 0;
  return async (creator, schoolId, grants) => {
    const login = `bench${Date.now().toString(36)}${++accounts}`;
    // Identity learns of a class, group or subject just made from curriculum's event: a moment later.
    let created;
    for (let attempt = 0; !created; attempt++) {
      try {
        created = await api('POST', '/people', creator, { schoolId, kind: 'staff', lastName: 'Петрова', firstName: 'Анна', login, grants });
      } catch (error) {
        if (attempt > 100 || !/нет такого (класса|группы|предмета)/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    const { person, temporaryPassword } = created;
    const password = `длинный пароль номер ${accounts} для замера`;
    // The password check is slow by design (scrypt): with many accounts made at once a change may time out
    // (504) or find identity busy (503) — the same change again is safe (it checks the temporary password first).
    for (let attempt = 0; ; attempt++) {
      try {
        await api('POST', '/password', undefined, { login, currentPassword: temporaryPassword, newPassword: password });
        break;
      } catch (error) {
        if (attempt >= 5 || !/→ 50[34]/.test(String(error))) {
          // A change that went through before its answer was lost: the new password works.
          if (attempt > 0 && /→ 40[01]/.test(String(error))) break;
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    // The login and password too: a caller whose work outlasts the ten-minute access token logs in again (freshToken).
    return { token: (await api('POST', '/sessions', undefined, { login, password })).accessToken, personId: person.id, login, password, issuedAt: Date.now() };
  };
}

export function writeResults(path, result, table) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.replace(/\.json$/, '.md'), `${table}\n`);
  console.log(table);
}

/** The full diary export of a school's year as a background job (issue #12): requested, polled until done; its times and report. */
export async function fullExport(client, school) {
  const started = performance.now();
  const job = await client.api('POST', `/schools/${school.schoolId}/years/${school.yearId}/diary-export`, school.admin, {});
  // Followed once a second, as an administrator's client would (each look is a request through the
  // gateway and a read of the job: ten a second would be the benchmark's own load on the export).
  const finished = await client.until('the export to finish', async () => {
    const state = await client.api('GET', `/schools/${school.schoolId}/diary-export/jobs/${job.id}`, school.admin);
    if (state.status === 'failed') throw new Error(`the export failed: ${state.failure}`);
    return state.status === 'done' ? state : undefined;
  }, 3_600, 1_000);
  const between = (from, to) => Number(((Date.parse(to) - Date.parse(from)) / 1000).toFixed(2));
  return { seconds: Number(((performance.now() - started) / 1000).toFixed(2)), queuedSeconds: between(finished.requestedAt, finished.startedAt), runSeconds: between(finished.startedAt, finished.finishedAt), report: finished.report };
}

/** CPU seconds used so far by each process of the system, FerretDB, PostgreSQL (all its processes) and this benchmark. */
export function cpuSeconds(pids) {
  const ticks = (pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return 0;
    }
  };
  const named = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, ticks(pid)]));
  const ferretdb = existsSync('.run/ferretdb.pid') ? ticks(readFileSync('.run/ferretdb.pid', 'utf8').trim()) : 0;
  const postgres = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
    } catch {
      return false;
    }
  }).reduce((sum, pid) => sum + ticks(pid), 0);
  return { ...named, ferretdb, postgres, rabbitmq: 0, bench: ticks(process.pid) };
}

/** CPU seconds each process spent between two `cpuSeconds` readings (per `count` units, in milliseconds, when given). */
export function cpuBetween(before, after, count) {
  return Object.fromEntries(Object.keys(after).map((name) => {
    const seconds = after[name] - (before[name] ?? 0);
    return [name, Number((count ? (seconds * 1000) / Math.max(count, 1) : seconds).toFixed(2))];
  }));
}

/** A CPU account as text: its processes over `least`, the most first. */
export const cpuText = (account, least = 0.05) => Object.entries(account).filter(([, value]) => value >= least).sort((a, b) => b[1] - a[1]).map(([name, value]) => `${name} ${value}`).join(', ');

/**
 * Where the local server's work went (BENCH_TABLE_STATS=1): PostgreSQL's own counts per FerretDB
 * collection — reads by index, whole-table scans, rows read, written — as a snapshot; `tableWork`
 * gives the difference of two, the busiest first. Needs `psql` and the local PostgreSQL (trust).
 */
/** Rows of a query to FerretDB's PostgreSQL database, each an array of its columns' text. */
function psql(sql) {
  return execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'ferretdb', '-AtF', '\t', '-c', sql], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n').filter(Boolean).map((line) => line.split('\t'));
}

export function tableStats() {
  if (!process.env.BENCH_TABLE_STATS) return null;
  // PostgreSQL's backends report their counts when idle, at most once a second.
  execFileSync('sleep', ['1.5']);
  const names = new Map();
  for (const [schema] of psql(`select schemaname from pg_stat_user_tables where relname = '_ferretdb_database_metadata'`)) {
    for (const [collection, table] of psql(`select _jsonb->>'_id', _jsonb->>'table' from "${schema}"._ferretdb_database_metadata`)) names.set(`${schema}.${table}`, `${schema}.${collection}`);
  }
  const rows = psql('select schemaname, relname, coalesce(idx_scan, 0), seq_scan, coalesce(idx_tup_fetch, 0) + seq_tup_read, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_user_tables');
  return new Map(rows.map(([schema, table, byIndex, scans, rowsRead, written]) => [names.get(`${schema}.${table}`) ?? `${schema}.${table}`, [byIndex, scans, rowsRead, written].map(Number)]));
}

/**
 * How many documents a collection of the local server holds, counted by PostgreSQL (FerretDB would read
 * every document to count them); null when the server is not FerretDB on the local PostgreSQL.
 */
export function documentCount(database, collection) {
  if (!existsSync('.run/ferretdb.pid')) return null;
  try {
    const [[table] = []] = psql(`select _jsonb->>'table' from "${database}"._ferretdb_database_metadata where _jsonb->>'_id' = '${collection}'`);
    return table ? Number(psql(`select count(*) from "${database}"."${table}"`)[0][0]) : 0;
  } catch {
    return null;
  }
}

/** What happened between two `tableStats` snapshots, by collection, the most read first (at most `top`). */
export function tableWork(before, after, top = 12) {
  if (!before || !after) return [];
  return [...after]
    .map(([name, counts]) => ({ name, ...Object.fromEntries(['byIndex', 'wholeScans', 'rowsRead', 'written'].map((field, index) => [field, counts[index] - (before.get(name)?.[index] ?? 0)])) }))
    .filter((row) => row.byIndex + row.wholeScans + row.written > 0)
    .sort((a, b) => b.byIndex + b.wholeScans - (a.byIndex + a.wholeScans))
    .slice(0, top);
}

/** `tableWork` rows as text, without the run's database prefix. */
export const tablesText = (rows) => rows.map(({ name, byIndex, wholeScans, rowsRead, written }) => `${name.replace(/^bench_[a-z]+_[^_]+_/, '')} ${byIndex} by index, ${wholeScans} whole, ${rowsRead} rows read, ${written} written`).join('; ');

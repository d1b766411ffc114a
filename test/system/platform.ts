// What the system tests share: starting the real processes, and calling the gateway as a client does.
import { EVENT_CONSUMERS, SERVICE_NAMES } from '@ejournal/contracts';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import mongoose from 'mongoose';
import { generateDevSecrets, LocalSystem, logInThrough, type DevSecrets } from '@ejournal/launcher';
import { deleteEventNamespace, eventually, readMailFolder, testServers, uniqueName, type ReceivedMail } from '@ejournal/testing';

export type JsonResponse = Omit<Response, 'json'> & { json(): Promise<any> };

export interface Platform {
  system: LocalSystem;
  secrets: DevSecrets;
  /** The event namespace of this run (exchange `<namespace>.events`). */
  namespace: string;
  /** Every line the processes printed, as `<process> | <line>`. */
  logs: string[];
  /** The same lines, read when asked (the shared platform keeps them in a file, not in this process). */
  logLines(): string[];
  request(path: string, init?: RequestInit & { token?: string }): Promise<JsonResponse>;
  operatorToken(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * What a suite needs of a platform to use it as clients do: the gateway, logging in, the operator, the
 * run's event namespace (also its databases' prefix, dots as underscores). Both a suite's own platform
 * and the shared one are this.
 */
export type Gateway = Pick<Platform, 'request' | 'operatorToken' | 'namespace' | 'secrets' | 'logLines'> & { system: Pick<LocalSystem, 'gatewayUrl' | 'logIn' | 'brokerUrlOf'> };

/** Where the system project's global set-up leaves the shared platform for the suites (shared-platform.setup.ts). */
export const SHARED_PLATFORM_VARIABLE = 'EJOURNAL_SHARED_PLATFORM';

/**
 * The platform the suites that only call it as clients share (started once per run by the system
 * project's global set-up): each such suite registers its own schools and people, so starting eight
 * processes for each is time spent on nothing. A suite that stops, restarts or starves a process, or
 * needs other settings, starts its own with startPlatform.
 */
export function sharedPlatform(): Gateway {
  const shared = process.env[SHARED_PLATFORM_VARIABLE];
  if (!shared) throw new Error(`no shared platform: ${SHARED_PLATFORM_VARIABLE} is set by test/system/shared-platform.setup.ts (run the suite with jest --selectProjects system)`);
  const { gatewayUrl, namespace, secrets, logFile, brokerUrls } = JSON.parse(shared) as SharedPlatform;
  return {
    system: { gatewayUrl, logIn: (login, password) => logInThrough(gatewayUrl, login, password), brokerUrlOf: (name) => brokerUrls[name] },
    secrets,
    namespace,
    request: clientOf(gatewayUrl),
    operatorToken: () => logInThrough(gatewayUrl, secrets.operatorLogin, secrets.operatorPassword),
    logLines: () => linesOf(logFile),
  };
}

/** What the system project's global set-up tells the suites of the shared platform. */
interface SharedPlatform {
  gatewayUrl: string;
  namespace: string;
  secrets: DevSecrets;
  logFile: string;
  mailFolder: string;
  brokerUrls: Record<string, string>;
}

/** The e-mail the shared platform has sent so far (to the run's SMTP server), in the order it arrived. */
export function sharedMailbox(): ReceivedMail[] {
  const shared = process.env[SHARED_PLATFORM_VARIABLE];
  if (!shared) throw new Error(`no shared platform: ${SHARED_PLATFORM_VARIABLE} is set by test/system/shared-platform.setup.ts`);
  return readMailFolder((JSON.parse(shared) as SharedPlatform).mailFolder);
}

const linesOf = (logFile: string) => readFileSync(logFile, 'utf8').split('\n').filter(Boolean);

function clientOf(gatewayUrl: string): Platform['request'] {
  return (path, init = {}) =>
    fetch(`${gatewayUrl}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) },
    }) as Promise<JsonResponse>;
}

/**
 * Starts the platform's processes for a suite (or for the shared platform). Their lines are kept in
 * memory, or with logFile appended to that file instead (a platform that serves a whole run).
 */
export async function startPlatform(name: string, env: Record<string, string> = {}, options: { gatewayPort?: number; mongoUriOf?: Partial<Record<(typeof SERVICE_NAMES)[number], string>>; logFile?: string } = {}): Promise<Platform> {
  const secrets = generateDevSecrets();
  const run = uniqueName(name);
  const logs: string[] = [];
  const logFile = options.logFile;
  if (logFile) writeFileSync(logFile, '');
  const system = await LocalSystem.start({
    ...testServers(),
    mongoUriOf: options.mongoUriOf,
    secrets,
    namespace: run.replace(/_/g, '.'),
    databasePrefix: `${run}_`,
    gatewayPort: options.gatewayPort,
    // Cheaper password hashes (scrypt N=2^10 instead of 2^15): these platforms make and log in hundreds of
    // accounts on two cores; the hashing code is the same (services/identity/src/config.ts).
    env: { LOG_LEVEL: 'info', AUTH_RATE_LIMIT_PER_MINUTE: '1000', PASSWORD_SCRYPT_LOG_N: '10', ...env },
    onLine: (process, line) => (logFile ? appendFileSync(logFile, `${process} | ${line}\n`) : logs.push(`${process} | ${line}`)),
  });
  try {
    await system.waitHealthy();
  } catch (error) {
    await system.stop();
    throw new Error(`${(error as Error).message}\n${logs.slice(-40).join('\n')}`);
  }
  return {
    system,
    secrets,
    namespace: run.replace(/_/g, '.'),
    logs,
    logLines: () => (logFile ? linesOf(logFile) : logs),
    request: clientOf(system.gatewayUrl),
    operatorToken: () => system.logIn(secrets.operatorLogin, secrets.operatorPassword),
    stop: async () => {
      await system.stop();
      await deleteEventNamespace(run.replace(/_/g, '.'), Object.values(EVENT_CONSUMERS).flat());
      const connection = await mongoose.createConnection(testServers().mongoUri).asPromise();
      for (const service of SERVICE_NAMES) if (!options.mongoUriOf?.[service]) await connection.useDb(`${run}_${service}`).dropDatabase();
      await connection.close();
      if (process.env.TEST_LOG) console.log(logs.join('\n'));
    },
  };
}

/** Registers a school as the operator and waits until identity knows it (people can be added then). */
export async function registerSchool(platform: Gateway, operator: string, shortName: string): Promise<string> {
  const response = await platform.request('/api/v1/schools', {
    method: 'POST',
    token: operator,
    body: JSON.stringify({ name: `Муниципальное общеобразовательное учреждение «${shortName}»`, shortName, municipality: 'г. Пермь' }),
  });
  if (response.status !== 201) throw new Error(`school not registered: ${response.status} ${await response.text()}`);
  const { id } = await response.json();
  await eventually(async () => ((await (await platform.request(`/api/v1/schools/${id}`, { token: operator })).json()).identity ? true : undefined), 10_000, 'identity to know the school');
  return id;
}

let accounts = 0;

/**
 * A staff account with the given grants, made as a new user would get it: created by someone who may
 * (with a temporary password), the password changed at first log-in, then logged in.
 */
export async function staffAccount(platform: Gateway, creatorToken: string, schoolId: string, grants: Array<Record<string, string>>, [lastName, firstName, middleName] = ['Иванова', 'Мария', 'Петровна']) {
  const login = `staff${Date.now().toString(36)}${process.pid.toString(36)}${++accounts}`;
  // Identity learns of classes, groups and subjects from curriculum's events: one just made may take a moment.
  const created = await eventually(async () => {
    const answer = await platform.request('/api/v1/people', {
      method: 'POST',
      token: creatorToken,
      body: JSON.stringify({ schoolId, kind: 'staff', lastName, firstName, middleName, login, grants }),
    });
    if (answer.status === 400 && /нет так(ого|ой) (класса|группы|предмета)/.test(await answer.clone().text())) return undefined;
    return answer;
  }, 10_000, 'identity to know the classes of the grants');
  if (created.status !== 201) throw new Error(`account not created: ${created.status} ${await created.text()}`);
  const { person, accountId, temporaryPassword } = await created.json();
  const password = `зелёный чай номер ${accounts} утром`;
  // A password is hashed slowly on purpose: on a loaded machine the change may miss its deadline (504,
  // outcome unknown). Then it is asked again — and if the first one did go through, the new password logs in.
  let changed = await platform.request('/api/v1/password', { method: 'POST', body: JSON.stringify({ login, currentPassword: temporaryPassword, newPassword: password }) });
  for (let retry = 0; retry < 3 && (changed.status === 503 || changed.status === 504); retry++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    changed = await platform.request('/api/v1/password', { method: 'POST', body: JSON.stringify({ login, currentPassword: temporaryPassword, newPassword: password }) });
    if (changed.status !== 204 && (await platform.system.logIn(login, password).then(() => true, () => false))) changed = new Response(null, { status: 204 }) as JsonResponse;
  }
  if (changed.status !== 204) throw new Error(`password not changed: ${changed.status} ${await changed.text()}`);
  const token = await platform.system.logIn(login, password);
  return { login, password, token, accountId: accountId as string, personId: person.id as string };
}

/** An academic year in quarters (grades 1–9) and half-years (10–11), created by someone who may. */
export async function createYear(platform: Gateway, token: string, schoolId: string, startYear = 2026): Promise<{ id: string; periods: Array<{ id: string; name: string }> }> {
  const at = (monthDay: string, next = false) => `${startYear + (next ? 1 : 0)}-${monthDay}`;
  const periods = (list: Array<[string, boolean, string, boolean]>) => list.map(([from, fromNext, to, toNext]) => ({ startsOn: at(from, fromNext), endsOn: at(to, toNext) }));
  const response = await platform.request(`/api/v1/schools/${schoolId}/years`, {
    method: 'POST',
    token,
    body: JSON.stringify({
      startsOn: at('09-01'),
      endsOn: at('05-26', true),
      periodSets: [
        { scheme: 'QUARTERS', periods: periods([['09-01', false, '10-24', false], ['11-05', false, '12-27', false], ['01-12', true, '03-21', true], ['04-01', true, '05-26', true]]) },
        { scheme: 'HALF_YEARS', periods: periods([['09-01', false, '12-27', false], ['01-12', true, '05-26', true]]) },
      ],
    }),
  });
  if (response.status !== 201) throw new Error(`year not created: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A name made of letters only (names allow no digits): 0 → «А», 1 → «Б», … 32 → «АА». */
function letters(n: number): string {
  const alphabet = 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ';
  let text = '';
  for (let i = n; ; i = Math.floor(i / alphabet.length) - 1) {
    text = alphabet[i % alphabet.length] + text;
    if (i < alphabet.length) return text;
  }
}

/**
 * Students of a school registered as the administrator does (a CSV import into identity); with a class
 * name they are enrolled in it by curriculum (from identity.student.registered) — this waits for that.
 * Their person ids, in order.
 */
export async function registerStudents(platform: Gateway, adminToken: string, schoolId: string, count: number, className = '', surname = 'Ученикова'): Promise<string[]> {
  const lines = Array.from({ length: count }, (_, i) => `${surname};${letters(i)};01.02.2013;ученик;${className};${className ? '01.09.2026' : ''}`);
  const response = await importPeople(platform, adminToken, schoolId, ['Фамилия;Имя;Дата рождения;Тип;Класс;Дата зачисления', ...lines].join('\n'));
  if (response.status !== 201) throw new Error(`students not imported: ${response.status} ${await response.text()}`);
  const ids = ((await response.json()).created as Array<{ line: number; personId: string }>).sort((a, b) => a.line - b.line).map((created) => created.personId);
  if (className) {
    await eventually(async () => {
      const person = await (await platform.request(`/api/v1/people/${ids.at(-1)}`, { token: adminToken })).json();
      return person.classId && person.classId === (await (await platform.request(`/api/v1/people/${ids[0]}`, { token: adminToken })).json()).classId ? true : undefined;
    }, 10_000, 'the students to be enrolled');
  }
  return ids;
}

/** Runs the full diary export as the administrator does: starts the job (202) and follows it to its report. */
export async function runDiaryExport(platform: Gateway, token: string, schoolId: string, yearId: string, body: Record<string, string> = {}): Promise<any> {
  const started = await platform.request(`/api/v1/schools/${schoolId}/years/${yearId}/diary-export`, { method: 'POST', token, body: JSON.stringify(body) });
  if (started.status !== 202) throw new Error(`export not started: ${started.status} ${await started.text()}`);
  const where = started.headers.get('location')!;
  const job = await eventually(async () => {
    const current = await (await platform.request(where, { token })).json();
    return current.status === 'done' || current.status === 'failed' ? current : undefined;
  }, 60_000, 'the export job to finish');
  if (job.status !== 'done') throw new Error(`export failed: ${JSON.stringify(job)}`);
  return job.report;
}

/**
 * A people import (CSV) as the administrator sends it; while identity has not yet heard of a class
 * the file names (curriculum's event is on its way), the import is tried again.
 */
export async function importPeople(platform: Gateway, token: string, schoolId: string, csv: string): Promise<JsonResponse> {
  return eventually(async () => {
    const response = await platform.request(`/api/v1/schools/${schoolId}/people/import`, { method: 'POST', token, headers: { 'content-type': 'text/csv' }, body: csv });
    if (response.status === 422 && /нет в учебном году|нет учебного года/.test(await response.clone().text())) return undefined;
    return response;
  }, 10_000, 'identity to know the classes of the file');
}

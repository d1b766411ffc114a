#!/usr/bin/env node
// Benchmark (issue #5): the class journal through the gateway on the real processes and servers —
// bulk mark entry (marks/s) and the journal page read (requests/s, p50/p99) — each beside a bare
// express hello-world measured in the same run, at the same concurrency.
// Each worker writes on one of --pages journal pages (a class's mathematics), as teachers do at once.
// usage: node bench/journal.mjs [--seconds 5] [--concurrency 8] [--pages 4] [--json bench/results/journal.json]
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const express = require('express');
const mongoose = require('mongoose');
const { generateDevSecrets, LocalSystem } = require('@ejournal/launcher');
const { testServers, deleteEventNamespace } = require('@ejournal/testing');

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const seconds = Number(argument('seconds', '5'));
const concurrency = Number(argument('concurrency', '8'));
const jsonPath = argument('json', 'bench/results/journal.json');
const CLASS_SIZE = 30;
const PAGES = Number(argument('pages', '4'));

/** Requests back to back from `concurrency` workers for `seconds`; latencies in ms. */
async function load(request) {
  const latencies = [];
  let failures = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async (_, worker) => {
    for (let n = 0; Date.now() < until; n++) {
      const started = performance.now();
      const ok = await request(worker, n).catch(() => false);
      latencies.push(performance.now() - started);
      if (!ok) failures++;
    }
  }));
  latencies.sort((a, b) => a - b);
  const at = (q) => Number(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1));
  return { requests: latencies.length, failures, perSecond: Math.round(latencies.length / seconds), p50: at(0.5), p99: at(0.99) };
}

const secrets = generateDevSecrets();
const run = `bench_${Date.now().toString(36)}`;
const namespace = run.replace(/_/g, '.');
const servers = testServers();
const system = await LocalSystem.start({ ...servers, secrets, namespace, databasePrefix: `${run}_`, env: { LOG_LEVEL: 'warn', AUTH_RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_PER_MINUTE: '1000000' } });
const hello = express().get('/', (_req, res) => res.json({ ok: true })).post('/', express.json(), (req, res) => res.status(201).json({ marks: req.body.marks?.length ?? 0 }));
const helloServer = await new Promise((resolve) => { const server = hello.listen(0, '127.0.0.1', () => resolve(server)); });
const helloUrl = `http://127.0.0.1:${helloServer.address().port}/`;
try {
  await system.waitHealthy();
  const api = async (method, path, token, body, type = 'application/json') => {
    const response = await fetch(`${system.gatewayUrl}/api/v1${path}`, { method, headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : body });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const until = async (what, probe) => {
    for (let tries = 0; tries < 200; tries++) {
      const value = await probe().catch(() => undefined);
      if (value) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  let accounts = 0;
  const staff = async (creator, schoolId, grants) => {
    const login = `bench${Date.now().toString(36)}${++accounts}`;
    const { person, temporaryPassword } = await api('POST', '/people', creator, { schoolId, kind: 'staff', lastName: 'Петрова', firstName: 'Анна', login, grants });
    const password = `длинный пароль номер ${accounts} для замера`;
    await api('POST', '/password', undefined, { login, currentPassword: temporaryPassword, newPassword: password });
    return { token: await system.logIn(login, password), personId: person.id };
  };

  const operator = await system.logIn(secrets.operatorLogin, secrets.operatorPassword);
  const school = await api('POST', '/schools', operator, { name: 'Муниципальное общеобразовательное учреждение «Школа № 1»', shortName: 'Школа № 1', municipality: 'г. Пермь' });
  await until('identity to know the school', async () => (await api('GET', `/schools/${school.id}`, operator)).identity);
  const admin = (await staff(operator, school.id, [{ role: 'school_admin', schoolId: school.id }])).token;
  const year = await api('POST', `/schools/${school.id}/years`, admin, {
    startsOn: '2026-09-01', endsOn: '2027-05-26',
    periodSets: [
      { scheme: 'QUARTERS', periods: [['2026-09-01', '2026-10-24'], ['2026-11-05', '2026-12-27'], ['2027-01-12', '2027-03-21'], ['2027-04-01', '2027-05-26']].map(([startsOn, endsOn]) => ({ startsOn, endsOn })) },
      { scheme: 'HALF_YEARS', periods: [['2026-09-01', '2026-12-27'], ['2027-01-12', '2027-05-26']].map(([startsOn, endsOn]) => ({ startsOn, endsOn })) },
    ],
  });
  // Four classes, each with its own mathematics teacher: teachers write on their own pages at once.
  const pages = [];
  for (const letter of ['А', 'Б', 'В', 'Г'].slice(0, PAGES)) {
    const schoolClass = await api('POST', `/years/${year.id}/classes`, admin, { grade: 7, letter });
    const teacher = await staff(admin, school.id, [{ role: 'subject_teacher', schoolId: school.id, classId: schoolClass.id, subjectId: 'math' }]);
    const students = Array.from({ length: CLASS_SIZE }, () => randomUUID());
    await api('POST', `/years/${year.id}/imports/rosters`, admin, ['Класс;Ученик;Дата зачисления;Приказ', ...students.map((s) => `7${letter};${s};01.09.2026;№ 1`)].join('\n'), 'text/csv');
    await api('PUT', `/classes/${schoolClass.id}/timetable`, admin, { entries: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, lessonNumber: 1, subjectId: 'math', teacherId: teacher.personId })) });
    await api('POST', `/classes/${schoolClass.id}/lessons/generate`, admin, { from: '2026-09-01', to: '2026-10-24' });
    const path = `/classes/${schoolClass.id}/subjects/math/periods/${year.periods[0].id}/journal`;
    const page = await until('the journal page', async () => { const body = await api('GET', path, teacher.token); return body.lessons.length >= 38 && body.studentIds.length === CLASS_SIZE ? body : undefined; });
    pages.push({ path, teacher, students, lessonIds: page.lessons.map((lesson) => lesson.lessonId) });
  }
  const kinds = ['answer', 'homework', 'independent', 'test'];
  const marksBody = (students, n) => JSON.stringify({ marks: students.map((studentId, i) => ({ studentId, values: [2 + ((n + i) % 4)], workKind: kinds[(n + i) % kinds.length] })) });
  const pageOf = (worker) => pages[worker % pages.length];

  const helloGet = await load(async () => (await fetch(helloUrl)).ok);
  const pageRead = await load(async (worker) => (await fetch(`${system.gatewayUrl}/api/v1${pageOf(worker).path}`, { headers: { authorization: `Bearer ${pageOf(worker).teacher.token}` } })).status === 200);
  const helloPost = await load(async (worker, n) => (await fetch(helloUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: marksBody(pageOf(worker).students, n) })).status === 201);
  const bulkMarks = await load(async (worker, n) => {
    const { lessonIds, teacher, students } = pageOf(worker);
    const response = await fetch(`${system.gatewayUrl}/api/v1/lessons/${lessonIds[(worker * 7 + n) % lessonIds.length]}/marks`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${teacher.token}` }, body: marksBody(students, n) });
    return response.status === 201;
  });
  const pageAfter = await api('GET', pages[0].path, pages[0].teacher.token);

  const result = {
    benchmark: 'journal', at: new Date().toISOString(), seconds, concurrency, classSize: CLASS_SIZE,
    helloGet, journalPage: { ...pageRead, ratioToHello: Number((pageRead.perSecond / helloGet.perSecond).toFixed(3)), marksOnPageAtEnd: pageAfter.marks.length },
    helloPost, bulkMarks: { ...bulkMarks, marksPerSecond: bulkMarks.perSecond * CLASS_SIZE, ratioToHello: Number((bulkMarks.perSecond / helloPost.perSecond).toFixed(3)) },
  };
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`| what (concurrency ${concurrency}, ${seconds} s each) | requests/s | p50 ms | p99 ms | failures |\n|---|---|---|---|---|`);
  const row = (name, r) => console.log(`| ${name} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.failures} |`);
  row('hello-world GET (baseline)', helloGet);
  row(`journal page GET (${CLASS_SIZE} students × ${pages[0].lessonIds.length} lessons, ${pages.length} pages)`, pageRead);
  row('hello-world POST of the same body (baseline)', helloPost);
  row(`bulk marks POST (${CLASS_SIZE} marks each) → ${result.bulkMarks.marksPerSecond} marks/s`, bulkMarks);
  console.log(`journal page / hello: ${result.journalPage.ratioToHello}; bulk marks / hello POST: ${result.bulkMarks.ratioToHello}`);
} finally {
  helloServer.close();
  await system.stop();
  await deleteEventNamespace(namespace, ['identity', 'curriculum-lesson-weeks', 'gradebook', 'gradebook-absences', 'attendance', 'diary']).catch(() => {});
  const connection = await mongoose.createConnection(servers.mongoUri).asPromise();
  for (const name of ['identity', 'curriculum', 'gradebook', 'attendance', 'diary', 'messaging', 'archive']) await connection.useDb(`${run}_${name}`).dropDatabase().catch(() => {});
  await connection.close();
}

#!/usr/bin/env node
// Benchmark (issue #15): notice fan-out on the real processes and servers — marks set through the
// gateway become gradebook events, messaging turns each into a notice in the family's inbox. Measured:
// how fast messaging catches up with a burst (it is stopped while the teachers write, then started:
// events per second and notices per second until every notice is in the inbox); and, with the system
// quiet, from the teacher's POST returning to the parent's GET /notices showing the notice (p50/p99).
// Beside a bare express hello-world measured in the same run (ratios).
// usage: node bench/notices.mjs [--pupils 30] [--lessons 20] [--samples 15] [--json bench/results/notices.json]
import mongoose from 'mongoose';
import { testServers } from '@ejournal/testing';
import { argument, gatewayClient, helloWorld, load, staffMaker, startSystem, statusOf, summary, writeResults } from './lib.mjs';
import { YEAR } from './region.mjs';

const pupils = Number(argument('pupils', '30'));
const lessonCount = Number(argument('lessons', '20'));
const samples = Number(argument('samples', '15'));
const jsonPath = argument('json', 'bench/results/notices.json');

const { system, secrets, databasePrefix, ready, stop } = await startSystem('bench_notices');
const hello = await helloWorld();
const connection = await mongoose.createConnection(testServers().mongoUri).asPromise();
try {
  const { api, until } = gatewayClient(system.gatewayUrl);
  const staff = staffMaker(api);
  const operator = await system.logIn(secrets.operatorLogin, secrets.operatorPassword);
  const school = await api('POST', '/schools', operator, { name: 'Муниципальное общеобразовательное учреждение «Школа № 1»', shortName: 'Школа № 1', municipality: 'г. Пермь' });
  await until('identity to know the school', async () => (await api('GET', `/schools/${school.id}`, operator)).identity);
  const admin = (await staff(operator, school.id, [{ role: 'school_admin', schoolId: school.id }])).token;
  const year = await api('POST', `/schools/${school.id}/years`, admin, YEAR);
  const schoolClass = await api('POST', `/years/${year.id}/classes`, admin, { grade: 7, letter: 'А' });
  const file = ['Фамилия;Имя;Дата рождения;Тип;Класс;Дата зачисления', ...Array.from({ length: pupils }, (_, n) => `Ученик;${'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ'[n % 28]}${'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ'[Math.floor(n / 28) % 28]};01.01.2013;ученик;7А;01.09.2026`)].join('\n');
  const students = (await until('identity to know the class', async () => api('POST', `/schools/${school.id}/people/import`, admin, file, 'text/csv'))).created.map((entry) => entry.personId);
  const classTeacher = await staff(admin, school.id, [{ role: 'class_teacher', schoolId: school.id, classId: schoolClass.id }]);
  const teacher = await staff(admin, school.id, [{ role: 'subject_teacher', schoolId: school.id, classId: schoolClass.id, subjectId: 'math' }]);
  // Every pupil's parent has an account (notices go to families who can read them).
  const parents = [];
  for (const [n, childId] of students.entries()) {
    const { code } = await api('POST', '/invitations', classTeacher.token, { childId, role: 'parent' });
    parents.push((await api('POST', '/invitations/redeem', undefined, { code, login: `parent${Date.now().toString(36)}${n}`, password: 'родитель читает дневник каждый день', lastName: 'Родитель', firstName: 'Тест' })).accessToken);
  }
  await api('PUT', `/classes/${schoolClass.id}/timetable`, admin, { entries: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, lessonNumber: 1, subjectId: 'math', teacherId: teacher.personId })) });
  await api('POST', `/classes/${schoolClass.id}/lessons/generate`, admin, { from: '2026-09-01', to: '2026-10-24' });
  const page = await until('the journal page', async () => {
    const body = await api('GET', `/classes/${schoolClass.id}/subjects/math/periods/${year.periods[0].id}/journal`, teacher.token);
    return body.lessons.length >= lessonCount + samples && body.studentIds.length === pupils ? body : undefined;
  });
  const lessonIds = page.lessons.map((lesson) => lesson.lessonId);
  const notices = () => connection.useDb(`${databasePrefix}messaging`).collection('notices');
  const marksOn = (lessonId, n) => api('POST', `/lessons/${lessonId}/marks`, teacher.token, { marks: students.map((studentId, i) => ({ studentId, values: [2 + ((n + i) % 4)], workKind: 'answer' })) });

  // A burst: messaging is away while the teacher fills the journal; every mark's event waits in its queue.
  await system.stopProcess('messaging');
  for (const [n, lessonId] of lessonIds.slice(0, lessonCount).entries()) await marksOn(lessonId, n);
  await until('the events in messaging’s queue', async () => ((await ready('messaging')) >= lessonCount * pupils ? true : undefined), 600);
  const burst = await ready('messaging');
  const expected = lessonCount * pupils;
  const before = await notices().countDocuments({ kind: 'mark' });
  system.startProcess('messaging');
  const started = Date.now();
  while ((await ready('messaging')) >= burst) await new Promise((resolve) => setTimeout(resolve, 50));
  const catchUp = Date.now();
  while ((await notices().countDocuments({ kind: 'mark' })) - before < expected) {
    if (Date.now() - catchUp > 600_000) throw new Error('messaging did not catch up in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const catchUpSeconds = (Date.now() - catchUp) / 1000;
  await system.waitHealthy();

  // Quiet: one mark at a time, from the POST returning until the parent's inbox shows it.
  const latencies = [];
  for (let n = 0; n < samples; n++) {
    const lessonId = lessonIds[lessonCount + n];
    const known = (await api('GET', '/notices?limit=1', parents[0])).notices[0]?.noticeId;
    await api('POST', `/lessons/${lessonId}/marks`, teacher.token, { marks: [{ studentId: students[0], values: [5], workKind: 'answer' }] });
    const posted = Date.now();
    await until('the notice in the parent’s inbox', async () => {
      const first = (await api('GET', '/notices?limit=1', parents[0])).notices[0];
      return first && first.noticeId !== known ? true : undefined;
    }, 1_000);
    latencies.push(Date.now() - posted);
  }
  const helloGet = await load(async () => (await statusOf(hello.url)) === 200, { seconds: 5, concurrency: 8 });
  const noticesPerSecond = Math.round(expected / catchUpSeconds);
  const result = {
    benchmark: 'notices', at: new Date().toISOString(), pupils, lessons: lessonCount,
    helloGet,
    fanOut: { events: burst, notices: expected, firstDeliveryAfterStartSeconds: (catchUp - started) / 1000, catchUpSeconds, eventsPerSecond: Math.round(burst / catchUpSeconds), noticesPerSecond, ratioToHello: Number((noticesPerSecond / helloGet.perSecond).toFixed(3)) },
    markToInbox: summary(latencies),
  };
  const rows = [
    '| what | figure |',
    '|---|---|',
    `| hello-world GET (baseline, 8 connections) | ${helloGet.perSecond} req/s |`,
    `| fan-out: ${burst} events waiting (${lessonCount} lessons × ${pupils} marks) → ${expected} mark notices in parents' inboxes | ${catchUpSeconds.toFixed(1)} s: ${result.fanOut.eventsPerSecond} events/s, ${noticesPerSecond} notices/s (${result.fanOut.ratioToHello} × hello) |`,
    `| teacher's POST → parent's GET /notices shows it (quiet, ${samples} samples) | p50 ${result.markToInbox.p50} ms, p99 ${result.markToInbox.p99} ms |`,
  ];
  writeResults(jsonPath, result, rows.join('\n'));
} finally {
  await connection.close();
  await hello.close();
  await stop();
}

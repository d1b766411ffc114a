#!/usr/bin/env node
// Benchmark (issue #5): the class journal through the gateway on the real processes and servers —
// bulk mark entry (marks/s) and the journal page read (requests/s, p50/p99) — each beside a bare
// express hello-world measured in the same run, at the same concurrency.
// Each worker writes on one of --pages journal pages (a class's mathematics), as teachers do at once.
// usage: node bench/journal.mjs [--seconds 5] [--concurrency 8] [--pages 4] [--json bench/results/journal.json]
import { argument, cpuBetween, cpuSeconds, cpuText, documentCount, gatewayClient, helloWorld, load as loadFor, residentMegabytes, staffMaker, startSystem, statusOf, tableStats, tablesText, tableWork, writeResults } from './lib.mjs';
import { YEAR } from './region.mjs';

const seconds = Number(argument('seconds', '5'));
const concurrency = Number(argument('concurrency', '8'));
const jsonPath = argument('json', 'bench/results/journal.json');
const CLASS_SIZE = 30;
const PAGES = Number(argument('pages', '4'));
const load = (request) => loadFor(request, { seconds, concurrency });

const { system, secrets, stop, drained, databasePrefix } = await startSystem('bench_journal');
const helloServer = await helloWorld();
const helloUrl = helloServer.url;
try {
  const { api, until } = gatewayClient(system.gatewayUrl);
  const staff = staffMaker(api);
  const operator = await system.logIn(secrets.operatorLogin, secrets.operatorPassword);
  const school = await api('POST', '/schools', operator, { name: 'Муниципальное общеобразовательное учреждение «Школа № 1»', shortName: 'Школа № 1', municipality: 'г. Пермь' });
  await until('identity to know the school', async () => (await api('GET', `/schools/${school.id}`, operator)).identity);
  const admin = (await staff(operator, school.id, [{ role: 'school_admin', schoolId: school.id }])).token;
  const year = await api('POST', `/schools/${school.id}/years`, admin, YEAR);
  // Four classes, each with its own mathematics teacher: teachers write on their own pages at once.
  const pages = [];
  for (const letter of ['А', 'Б', 'В', 'Г'].slice(0, PAGES)) {
    const schoolClass = await api('POST', `/years/${year.id}/classes`, admin, { grade: 7, letter });
    const teacher = await staff(admin, school.id, [{ role: 'subject_teacher', schoolId: school.id, classId: schoolClass.id, subjectId: 'math' }]);
    // The pupils from the school's file, by class name (identity learns of the class a moment after it is made).
    const file = ['Фамилия;Имя;Дата рождения;Тип;Класс;Дата зачисления', ...Array.from({ length: CLASS_SIZE }, (_, n) => `Ученик;${'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ'[n % 28]}${letter};01.01.2013;ученик;7${letter};01.09.2026`)].join('\n');
    const imported = await until('identity to know the class', async () => api('POST', `/schools/${school.id}/people/import`, admin, file, 'text/csv'));
    const students = imported.created.map((entry) => entry.personId);
    await api('PUT', `/classes/${schoolClass.id}/timetable`, admin, { entries: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, lessonNumber: 1, subjectId: 'math', teacherId: teacher.personId })) });
    await api('POST', `/classes/${schoolClass.id}/lessons/generate`, admin, { from: '2026-09-01', to: '2026-10-24' });
    const path = `/classes/${schoolClass.id}/subjects/math/periods/${year.periods[0].id}/journal`;
    const page = await until('the journal page', async () => { const body = await api('GET', path, teacher.token); return body.lessons.length >= 38 && body.studentIds.length === CLASS_SIZE ? body : undefined; });
    pages.push({ path, teacher, students, lessonIds: page.lessons.map((lesson) => lesson.lessonId) });
  }
  const kinds = ['answer', 'homework', 'independent', 'test'];
  const marksBody = (students, n) => JSON.stringify({ marks: students.map((studentId, i) => ({ studentId, values: [2 + ((n + i) % 4)], workKind: kinds[(n + i) % kinds.length] })) });
  const pageOf = (worker) => pages[worker % pages.length];

  const helloGet = await load(async () => (await statusOf(helloUrl)) === 200);
  const pageRead = await load(async (worker) => (await statusOf(`${system.gatewayUrl}/api/v1${pageOf(worker).path}`, { headers: { authorization: `Bearer ${pageOf(worker).teacher.token}` } })) === 200);
  const helloPost = await load(async (worker, n) => (await statusOf(helloUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: marksBody(pageOf(worker).students, n) })) === 201);
  const [cpuBeforeMarks, tablesBeforeMarks] = [cpuSeconds(system.processIds()), tableStats()];
  // BENCH_PROFILE=<dir>: every process profiles the bulk marks (bench/tools/cpu-profile.cjs).
  const profileSignal = () => process.env.BENCH_PROFILE && Object.values(system.processIds()).forEach((pid) => process.kill(pid, 'SIGUSR2'));
  profileSignal();
  const bulkMarks = await load(async (worker, n) => {
    const { lessonIds, teacher, students } = pageOf(worker);
    return (await statusOf(`${system.gatewayUrl}/api/v1/lessons/${lessonIds[(worker * 7 + n) % lessonIds.length]}/marks`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${teacher.token}` }, body: marksBody(students, n) })) === 201;
  });
  profileSignal();
  // Where a mark's cost goes: CPU milliseconds per mark by process (the gateway, the gradebook, FerretDB,
  // PostgreSQL; the load generator is `bench`), and the local server's reads and writes by collection.
  const cpuPerMark = cpuBetween(cpuBeforeMarks, cpuSeconds(system.processIds()), bulkMarks.requests * CLASS_SIZE);
  const marksTables = tableWork(tablesBeforeMarks, tableStats());
  // The write path alone, as when the consumers run on machines of their own (each service scales on its
  // own): every process but the gateway and the gradebook is stopped (SIGSTOP) while the marks are
  // written, and their events wait in the queues; resumed, the diary's catch-up of the burst is timed.
  const consumers = Object.entries(system.processIds()).filter(([name]) => name !== 'gateway' && name !== 'gradebook');
  await drained('diary');
  const handled = () => documentCount(`${databasePrefix}diary`, 'inbox_done');
  const [cpuBeforeHeld, tablesBeforeHeld, handledBefore] = [cpuSeconds(system.processIds()), tableStats(), handled()];
  consumers.forEach(([, pid]) => process.kill(pid, 'SIGSTOP'));
  let heldMarks, cpuPerHeldMark, heldTables;
  try {
    heldMarks = await load(async (worker, n) => {
      const { lessonIds, teacher, students } = pageOf(worker);
      return (await statusOf(`${system.gatewayUrl}/api/v1/lessons/${lessonIds[(worker * 7 + n) % lessonIds.length]}/marks`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${teacher.token}` }, body: marksBody(students, n + 1_000_000) })) === 201;
    });
    cpuPerHeldMark = cpuBetween(cpuBeforeHeld, cpuSeconds(system.processIds()), heldMarks.requests * CLASS_SIZE);
    heldTables = tableWork(tablesBeforeHeld, tableStats());
  } finally {
    consumers.forEach(([, pid]) => process.kill(pid, 'SIGCONT'));
  }
  // Timed until the diary's record of handled events (its inbox's completions) has grown by the burst.
  const resumedAt = Date.now();
  const burst = heldMarks.requests * CLASS_SIZE;
  while (handled() !== null && handled() < handledBefore + burst && Date.now() - resumedAt < 300_000) await new Promise((resolve) => setTimeout(resolve, 100));
  const diaryCatchUpSeconds = Number(((Date.now() - resumedAt) / 1000).toFixed(1));

  // Read once the system is quiet again (right after the writes, a read may wait behind the burst).
  const pageAfter = await until('the page after the writes', () => api('GET', pages[0].path, pages[0].teacher.token));

  // Each process's resident memory after the writes (the gradebook holds the journal).
  const memory = Object.fromEntries(Object.entries(system.processIds()).map(([name, pid]) => [name, residentMegabytes(pid)]));
  const result = {
    benchmark: 'journal', at: new Date().toISOString(), seconds, concurrency, classSize: CLASS_SIZE,
    helloGet, journalPage: { ...pageRead, ratioToHello: Number((pageRead.perSecond / helloGet.perSecond).toFixed(3)), marksOnPageAtEnd: pageAfter.marks.length },
    residentMegabytes: memory,
    helloPost, bulkMarks: { ...bulkMarks, marksPerSecond: bulkMarks.perSecond * CLASS_SIZE, cpuMillisecondsPerMark: cpuPerMark, tables: marksTables, ratioToHello: Number((bulkMarks.perSecond / helloPost.perSecond).toFixed(3)) },
    writePathAlone: { ...heldMarks, marksPerSecond: heldMarks.perSecond * CLASS_SIZE, cpuMillisecondsPerMark: cpuPerHeldMark, ratioToHello: Number((heldMarks.perSecond / helloPost.perSecond).toFixed(3)), diaryCatchUpSeconds },
  };
  const rows = [
    `| what (concurrency ${concurrency}, ${seconds} s each) | requests/s | p50 ms | p99 ms | failures |`,
    '|---|---|---|---|---|',
    ...[
      ['hello-world GET (baseline)', helloGet],
      [`journal page GET (${CLASS_SIZE} students × ${pages[0].lessonIds.length} lessons, ${pages.length} pages)`, pageRead],
      ['hello-world POST of the same body (baseline)', helloPost],
      [`bulk marks POST (${CLASS_SIZE} marks each) → ${result.bulkMarks.marksPerSecond} marks/s`, bulkMarks],
      [`the same, consumers stopped (the write path alone) → ${result.writePathAlone.marksPerSecond} marks/s`, heldMarks],
    ].map(([name, r]) => `| ${name} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.failures} |`),
    '',
    `journal page / hello: ${result.journalPage.ratioToHello}; bulk marks / hello POST: ${result.bulkMarks.ratioToHello}`,
    `Resident memory at the end (MB): ${Object.entries(memory).map(([name, mb]) => `${name} ${mb}`).join(', ')}.`,
    `CPU ms per mark written, by process: ${cpuText(cpuPerMark, 0.01)}.`,
    `The write path alone: CPU ms per mark ${cpuText(cpuPerHeldMark, 0.01)}; the diary then handled the ${heldMarks.requests * CLASS_SIZE} marks' events in ${diaryCatchUpSeconds} s (${Math.round((heldMarks.requests * CLASS_SIZE) / diaryCatchUpSeconds)} events/s).`,
    ...(marksTables.length > 0 ? [`The marks' reads and writes by collection (PostgreSQL's counts): ${tablesText(marksTables)}.`] : []),
    ...(heldTables.length > 0 ? [`The write path alone, by collection: ${tablesText(heldTables)}.`] : []),
  ];
  writeResults(jsonPath, result, rows.join('\n'));
} finally {
  helloServer.close();
  await stop();
}

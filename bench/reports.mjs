#!/usr/bin/env node
// Benchmark (issue #17): the reports service on the real processes and servers. (1) Read-model catch-up:
// the reports service is stopped while a region is made — one school with a generated journal (marks,
// absences, lesson records) and --schools − 1 small schools (a year, a class, its timetable and lessons)
// — then started: events per second until its queue is empty. (2) The operator's region view (every
// school's filling figures and unclosed periods) and a school's filling control, at saturation and at half
// that rate, beside a bare express hello-world measured in the same run.
// usage: node bench/reports.mjs [--schools 100] [--seconds 5] [--connections 8] [--json bench/results/reports.json]
import { argument, gatewayClient, helloWorld, inParallel, load, residentMegabytes, staffMaker, startSystem, statusOf, writeResults } from './lib.mjs';
import { generateRegion, YEAR } from './region.mjs';

const schools = Number(argument('schools', '100'));
const seconds = Number(argument('seconds', '5'));
const connections = Number(argument('connections', '8'));
const jsonPath = argument('json', 'bench/results/reports.json');

const { system, secrets, drained, ready, stop } = await startSystem('bench_reports');
const hello = await helloWorld();
try {
  const client = gatewayClient(system.gatewayUrl);
  const { api, until } = client;
  const staff = staffMaker(api);
  const operator = await system.logIn(secrets.operatorLogin, secrets.operatorPassword);
  await system.stopProcess('reports');
  const generation = Date.now();
  // One school with a journal kept since September (marks, absences), as the diary's benchmark makes it.
  const { region, marks, absences } = await generateRegion(client, operator, { schools: 1, classes: 2, students: 20, subjects: 1 });
  const [full] = region;
  // The rest of the region: schools with a year, a class, a teacher's timetable and its lessons.
  await inParallel(Array.from({ length: schools - 1 }, (_, n) => n), 3, async (n) => {
    const school = await api('POST', '/schools', operator, { name: `Муниципальное общеобразовательное учреждение «Школа № ${n + 2}»`, shortName: `Школа № ${n + 2}`, municipality: ['г. Пермь', 'г. Кунгур', 'Пермский район'][n % 3] });
    await until('identity to know the school', async () => (await api('GET', `/schools/${school.id}`, operator)).identity);
    const admin = (await staff(operator, school.id, [{ role: 'school_admin', schoolId: school.id }])).token;
    const year = await api('POST', `/schools/${school.id}/years`, admin, YEAR);
    const schoolClass = await api('POST', `/years/${year.id}/classes`, admin, { grade: 5, letter: 'А' });
    const teacher = await staff(admin, school.id, [{ role: 'subject_teacher', schoolId: school.id, classId: schoolClass.id, subjectId: 'math' }]);
    await api('PUT', `/classes/${schoolClass.id}/timetable`, admin, { entries: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, lessonNumber: 1, subjectId: 'math', teacherId: teacher.personId })) });
    await api('POST', `/classes/${schoolClass.id}/lessons/generate`, admin, {});
  });
  const generationSeconds = (Date.now() - generation) / 1000;
  const burst = await ready('reports');

  // The reports service comes back and catches up: until every event is taken (the broker's count of
  // waiting ones at zero), then until every one is acknowledged (the management API, ±5 s).
  system.startProcess('reports');
  // Bounded: a reports process that never takes its queue (it did not start, it stopped) fails the run, with its state.
  const restarted = Date.now();
  const waitedTooLong = async (what) => {
    if (Date.now() - restarted < 300_000) return;
    throw new Error(`reports did not ${what} within 5 minutes: ${await ready('reports')} events ready of ${burst}; reports process ${system.processIds().reports ?? 'not running'}`);
  };
  while ((await ready('reports')) >= burst) {
    await waitedTooLong('start taking its queue');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const catchUp = Date.now();
  while ((await ready('reports')) > 0) {
    await waitedTooLong('take the whole burst');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const takenSeconds = (Date.now() - catchUp) / 1000;
  await drained('reports');
  const acknowledgedSeconds = (Date.now() - catchUp) / 1000;
  await system.waitHealthy();
  const reportsAfterCatchUp = residentMegabytes(system.processIds().reports);

  const interval = 'from=2026-09-01&to=2026-10-24';
  const regionUrl = `${system.gatewayUrl}/api/v1/reports/region?${interval}`;
  const fillingUrl = `${system.gatewayUrl}/api/v1/schools/${full.schoolId}/reports/filling?${interval}`;
  const asOperator = { headers: { authorization: `Bearer ${operator}` } };
  const asAdmin = { headers: { authorization: `Bearer ${full.admin}` } };
  const overview = await (await fetch(regionUrl, asOperator)).json();
  if (overview.schools?.length !== schools) throw new Error(`the region view shows ${overview.schools?.length} schools of ${schools}: ${JSON.stringify(overview).slice(0, 300)}`);

  const helloSaturated = await load(async () => (await statusOf(hello.url)) === 200, { seconds, concurrency: connections });
  const regionSaturated = await load(async () => (await statusOf(regionUrl, asOperator)) === 200, { seconds, concurrency: connections });
  // BENCH_PROFILE=<dir>: every process profiles the saturated filling control (bench/tools/cpu-profile.cjs).
  const profileSignal = () => process.env.BENCH_PROFILE && Object.values(system.processIds()).forEach((pid) => process.kill(pid, 'SIGUSR2'));
  profileSignal();
  const fillingSaturated = await load(async () => (await statusOf(fillingUrl, asAdmin)) === 200, { seconds, concurrency: connections });
  profileSignal();
  const rate = Math.max(1, Math.floor(regionSaturated.perSecond / 2));
  const helloFixed = await load(async () => (await statusOf(hello.url)) === 200, { seconds, concurrency: connections, rate });
  const regionFixed = await load(async () => (await statusOf(regionUrl, asOperator)) === 200, { seconds, concurrency: connections, rate });
  const xlsxStarted = performance.now();
  const xlsx = await fetch(`${regionUrl}&format=xlsx`, asOperator);
  if (xlsx.status !== 200) throw new Error(`the region view as XLSX answered ${xlsx.status}: ${(await xlsx.text()).slice(0, 300)}`);
  const xlsxBytes = (await xlsx.arrayBuffer()).byteLength;
  const xlsxMs = Number((performance.now() - xlsxStarted).toFixed(1));

  const memory = Object.fromEntries(Object.entries(system.processIds()).map(([name, pid]) => [name, residentMegabytes(pid)]));
  const ratio = (r) => Number((r.perSecond / Math.max(helloSaturated.perSecond, 1)).toFixed(3));
  const result = {
    benchmark: 'reports',
    at: new Date().toISOString(),
    region: { schools, marks, absences, generationSeconds },
    catchUp: { events: burst, takenSeconds, eventsPerSecond: Math.round(burst / Math.max(takenSeconds, 0.001)), acknowledgedSeconds },
    connections,
    seconds,
    saturated: { helloGet: helloSaturated, regionView: { ...regionSaturated, ratioToHello: ratio(regionSaturated) }, schoolFilling: { ...fillingSaturated, ratioToHello: ratio(fillingSaturated) } },
    halfRate: { rate, helloGet: helloFixed, regionView: regionFixed },
    regionXlsx: { bytes: xlsxBytes, ms: xlsxMs },
    reportsMegabytesAfterCatchUp: reportsAfterCatchUp,
    residentMegabytes: memory,
  };
  const row = (name, r, times) => `| ${name} | ${r.perSecond} | ${times} | ${r.p50} | ${r.p99} | ${r.failures} |`;
  const table = [
    `Region: ${schools} schools (one with ${marks} marks and ${absences} absences since September, the rest a class with its lessons), made in ${generationSeconds.toFixed(1)} s with the reports service stopped.`,
    `Reports catching up with that burst of ${burst} events: all taken in ${takenSeconds.toFixed(1)} s (${result.catchUp.eventsPerSecond} events/s), all acknowledged within ${acknowledgedSeconds.toFixed(1)} s (management API, ±5 s).`,
    '',
    '| what | requests/s | × baseline | p50 ms | p99 ms | failures |',
    '|---|---|---|---|---|---|',
    row(`hello-world GET, ${connections} connections (baseline)`, helloSaturated, 1),
    row(`region view GET (operator, ${schools} schools, 8 weeks), ${connections} connections`, regionSaturated, result.saturated.regionView.ratioToHello),
    row(`school filling control GET (administrator, 8 weeks), ${connections} connections`, fillingSaturated, result.saturated.schoolFilling.ratioToHello),
    row(`hello-world GET at ${rate}/s`, helloFixed, '—'),
    row(`region view GET at ${rate}/s (half of saturation)`, regionFixed, '—'),
    '',
    `Region view as XLSX: ${xlsxBytes} bytes in ${xlsxMs} ms.`,
    `Reports' resident memory after the catch-up: ${reportsAfterCatchUp} MB. Resident memory at the end (MB): ${Object.entries(memory).map(([name, mb]) => `${name} ${mb}`).join(', ')}.`,
  ].join('\n');
  writeResults(jsonPath, result, table);
} finally {
  hello.close();
  await stop();
}

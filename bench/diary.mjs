#!/usr/bin/env node
// Benchmark (issues #6, #12) on the real processes and servers, over a region made by bench/region.mjs:
// diary week-page reads through the gateway at saturation (50 connections) and at half that rate — as
// the platform runs (a parent re-reading weeks the gateway keeps) and with the gateway's copies off (every
// page asked of the diary),
// beside a bare express hello-world measured the same way in the same run (ratios); how fast the diary
// catches up with a burst (it is stopped while the year is generated, then started: every event of the
// year waits in its queue); mark → diary propagation (from the teacher's POST
// returning to the parent's GET showing the mark); the full export of one school as a background job;
// each process's resident memory at the end.
// usage: node bench/diary.mjs [--schools 1] [--classes 2] [--students 20] [--subjects 1] [--connections 50] [--seconds 5] [--json bench/results/diary.json]
import { writeFileSync } from 'node:fs';
import { argument, cpuBetween, cpuSeconds, cpuText, documentCount, freshToken, fullExport, tableStats, tablesText, tableWork, gatewayClient, helloWorld, load, residentMegabytes, startSystem, statusOf, summary, writeResults } from './lib.mjs';
import { generateRegion } from './region.mjs';
import { createRequire } from 'node:module';

const { EVENT_CONSUMERS } = createRequire(import.meta.url)('@ejournal/contracts');

const seconds = Number(argument('seconds', '5'));
const connections = Number(argument('connections', '50'));
const jsonPath = argument('json', 'bench/results/diary.json');
const shape = { schools: Number(argument('schools', '1')), classes: Number(argument('classes', '2')), students: Number(argument('students', '20')), subjects: Number(argument('subjects', '1')) };

const { system, secrets, drained, ready, stop, databasePrefix } = await startSystem('bench_diary');
const hello = await helloWorld();
try {
  const client = gatewayClient(system.gatewayUrl);
  // BENCH_GATEWAY_NODE_OPTIONS: the gateway alone with other Node options (its young generation, say).
  if (process.env.BENCH_GATEWAY_NODE_OPTIONS) {
    await system.restartProcess('gateway', { NODE_OPTIONS: process.env.BENCH_GATEWAY_NODE_OPTIONS });
    await system.waitHealthy();
  }
  const operator = await system.logIn(secrets.operatorLogin, secrets.operatorPassword);
  // The diary is away while the year is written: its events wait in its queue (a burst).
  await system.stopProcess('diary');
  const generation = Date.now();
  const { region, marks, absences } = await generateRegion(client, operator, shape);
  const generationSeconds = (Date.now() - generation) / 1000;
  const burst = await ready('diary');
  const school = region[0];
  const schoolClass = school.classes[0];
  const student = schoolClass.students[0];
  const week = (date) => `${system.gatewayUrl}/api/v1/students/${student}/diary/week?week=${date}`;
  let asParent;
  const mondays = [...new Set(schoolClass.lessons.map((lesson) => lesson.date))].filter((_, index) => index % 5 === 0);
  // The diary comes back and catches up: from its first delivery until every event is delivered (the
  // broker's count of waiting ones at zero, polled every 100 ms), then until every one is handled — the
  // diary's record of handled events (its inbox's completions, counted by PostgreSQL) up by the burst;
  // the last deliveries in hand, up to the diary's prefetch, are still being handled when the queue is
  // empty — then until the broker's management API sees every one acknowledged (its figures, ±5 s).
  const handled = () => documentCount(`${databasePrefix}diary`, 'inbox_done');
  const handledBefore = handled();
  const tablesBeforeCatchUp = tableStats();
  system.startProcess('diary');
  while ((await ready('diary')) >= burst) await new Promise((resolve) => setTimeout(resolve, 100));
  const cpuBeforeCatchUp = cpuSeconds(system.processIds());
  const catchUp = Date.now();
  while ((await ready('diary')) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
  const deliveredSeconds = (Date.now() - catchUp) / 1000;
  if (handledBefore !== null) {
    while (handled() < handledBefore + burst && Date.now() - catchUp < deliveredSeconds * 3_000 + 60_000) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const handledSeconds = handledBefore === null ? null : (Date.now() - catchUp) / 1000;
  const cpuAfterCatchUp = cpuSeconds(system.processIds());
  const diaryAfterCatchUp = residentMegabytes(system.processIds().diary);
  const catchUpTables = tableWork(tablesBeforeCatchUp, tableStats());
  await drained('diary');
  const catchUpSeconds = (Date.now() - catchUp) / 1000;
  await system.waitHealthy();
  // Every other consumer has caught up with the year too (reports keeps every event): the pages and the
  // baseline are measured on a quiet system.
  await Promise.all(Object.values(EVENT_CONSUMERS).flat().map((consumer) => drained(consumer)));
  // Access tokens last ten minutes, and a large school takes longer to make and to catch up with.
  asParent = { headers: { authorization: `Bearer ${await freshToken(client.api, schoolClass.parentAccount)}` } };
  school.admin = await freshToken(client.api, school.adminAccount);
  const burstPerSecond = Math.round(burst / (handledSeconds ?? deliveredSeconds));
  // Where the catch-up's time went: CPU milliseconds per event by process (until every event was handled),
  // and the local server's reads and writes.
  const catchUpCpu = cpuBetween(cpuBeforeCatchUp, cpuAfterCatchUp, burst);

  const readWeek = async (_worker, n) => (await statusOf(week(mondays[n % mondays.length]), asParent)) === 200;
  // The baseline is measured before the week pages and again after them; the better of the two counts
  // (a moment of noise on a shared machine would otherwise flatter the ratios).
  const helloFirst = await load(async () => (await statusOf(hello.url)) === 200, { seconds, concurrency: connections });
  // BENCH_PROFILE=<dir>: every process profiles the saturated week pages (bench/tools/cpu-profile.cjs), or
  // the full export with BENCH_PROFILE_PHASE=export.
  const profiled = (phase) => process.env.BENCH_PROFILE && (process.env.BENCH_PROFILE_PHASE ?? 'pages') === phase;
  const signalAll = () => Object.values(system.processIds()).forEach((pid) => process.kill(pid, 'SIGUSR2'));
  const profileSignal = () => profiled('pages') && signalAll();
  /** The week pages at saturation (with the CPU each process spent per page), then at half that rate. */
  const weekPages = async () => {
    const cpuBefore = cpuSeconds(system.processIds());
    profileSignal();
    const saturated = await load(readWeek, { seconds, concurrency: connections });
    profileSignal();
    const cpuAfter = cpuSeconds(system.processIds());
    // Where a week page's cost goes: CPU milliseconds per page, by process (the load generator is `bench`).
    const cpuPerPage = cpuBetween(cpuBefore, cpuAfter, saturated.requests);
    const rate = Math.max(1, Math.round(saturated.perSecond / 2));
    const fixed = await load(readWeek, { seconds, rate, concurrency: connections });
    return { saturated, cpuPerPage, rate, fixed };
  };
  /** From the teacher's POST returning to the parent's GET showing the mark, for 20 marks (the `from`-th lesson on). */
  const marksShown = async (from) => {
    const latencies = [];
    for (let i = 0; i < 20; i++) {
      const lesson = schoolClass.lessons[(from + i * 7) % schoolClass.lessons.length];
      const set = await client.api('POST', `/lessons/${lesson.id}/marks`, await freshToken(client.api, lesson.teacher), { marks: [{ studentId: student, values: [4], workKind: 'answer', explanation: 'работа выполнена на следующем уроке' }] });
      const markId = set.marks[0].id;
      const written = performance.now();
      for (;;) {
        const page = await (await fetch(week(lesson.date), asParent)).json();
        if (page.lessons.some((shown) => shown.marks.some((mark) => mark.markId === markId))) break;
        if (performance.now() - written > 10_000) throw new Error('a mark did not reach the diary in 10 s');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      latencies.push(performance.now() - written);
    }
    return summary(latencies);
  };
  // As the platform runs: the parent re-reads weeks the gateway keeps (DIARY_PAGE_COPIES_MB, 16 by default) —
  // each read once first, so the gateway keeps them all.
  for (const monday of mondays) await readWeek(0, mondays.indexOf(monday));
  const kept = await weekPages();
  const { saturated: diarySaturated, cpuPerPage, rate, fixed: diaryFixed } = kept;
  const helloFixed = await load(async () => (await statusOf(hello.url)) === 200, { seconds, rate, concurrency: connections });
  // Every page asked of the diary (the gateway keeps none): what a page nobody opened lately costs.
  await system.restartProcess('gateway', { DIARY_PAGE_COPIES_MB: '0' });
  await system.waitHealthy();
  const asked = await weekPages();
  const askedPropagation = await marksShown(3);
  await system.restartProcess('gateway', { DIARY_PAGE_COPIES_MB: '16' });
  await system.waitHealthy();
  const helloAgain = await load(async () => (await statusOf(hello.url)) === 200, { seconds, concurrency: connections });
  const helloSaturated = helloAgain.perSecond > helloFirst.perSecond ? helloAgain : helloFirst;

  // Propagation: the teacher's POST returns → the parent's GET shows the mark.
  const propagation = await marksShown(0);

  const cpuBeforeExport = cpuSeconds(system.processIds());
  const tablesBeforeExport = tableStats();
  // BENCH_FERRETDB_PROFILE=<file>: a Go CPU profile of FerretDB during the export's first seconds (FerretDB
  // started with FERRETDB_DEBUG_ADDR=127.0.0.1:8088); read with `go tool pprof -top <file>`.
  const ferretProfile = process.env.BENCH_FERRETDB_PROFILE
    ? fetch('http://127.0.0.1:8088/debug/pprof/profile?seconds=8').then(async (answer) => writeFileSync(process.env.BENCH_FERRETDB_PROFILE, Buffer.from(await answer.arrayBuffer())))
    : Promise.resolve();
  if (profiled('export')) signalAll();
  const { seconds: exportSeconds, queuedSeconds: exportQueuedSeconds, runSeconds: exportRunSeconds, report } = await fullExport(client, school);
  if (profiled('export')) signalAll();
  const cpuAfterExport = cpuSeconds(system.processIds());
  const exportTables = tableWork(tablesBeforeExport, tableStats());
  await ferretProfile;
  // Where the export's time goes: CPU seconds by process while it ran (the load generator is `bench`).
  const exportCpu = cpuBetween(cpuBeforeExport, cpuAfterExport);
  const memory = Object.fromEntries(Object.entries(system.processIds()).map(([name, pid]) => [name, residentMegabytes(pid)]));

  const result = {
    benchmark: 'diary',
    at: new Date().toISOString(),
    region: { ...shape, marks, absences, generationSeconds },
    diaryCatchUp: { events: burst, deliveredSeconds, handledSeconds, eventsPerSecond: burstPerSecond, acknowledgedSeconds: catchUpSeconds, cpuMillisecondsPerEvent: catchUpCpu, tables: catchUpTables },
    connections,
    seconds,
    saturated: { helloGet: helloSaturated, diaryWeekPage: diarySaturated, ratioToHello: Number((diarySaturated.perSecond / Math.max(helloSaturated.perSecond, 1)).toFixed(3)) },
    halfRate: { rate, helloGet: helloFixed, diaryWeekPage: diaryFixed },
    askedOfTheDiary: { saturated: asked.saturated, ratioToHello: Number((asked.saturated.perSecond / Math.max(helloSaturated.perSecond, 1)).toFixed(3)), halfRate: { rate: asked.rate, diaryWeekPage: asked.fixed }, cpuMillisecondsPerWeekPage: asked.cpuPerPage },
    propagationMs: propagation,
    propagationAskedOfTheDiaryMs: askedPropagation,
    fullExport: { seconds: exportSeconds, queuedSeconds: exportQueuedSeconds, runSeconds: exportRunSeconds, lessons: report.lessons, marks: report.marks, absences: report.absences, mismatches: report.mismatches, errors: report.errors.length, cpuSeconds: exportCpu },
    residentMegabytes: memory,
    diaryResidentMegabytesAfterCatchUp: diaryAfterCatchUp,
    cpuMillisecondsPerWeekPage: cpuPerPage,
  };
  const table = [
    `Region: ${shape.schools} school(s) × ${shape.classes} classes × ${shape.students} students; ${marks} marks, ${absences} absences, generated in ${generationSeconds.toFixed(1)} s with the diary stopped.`,
    `Diary catching up with that burst of ${burst} events: all taken in ${deliveredSeconds.toFixed(1)} s, ${handledSeconds === null ? '' : `all handled in ${handledSeconds.toFixed(1)} s `}(${burstPerSecond} events/s), all acknowledged within ${catchUpSeconds.toFixed(1)} s (management API, ±5 s); CPU ms per event by process: ${cpuText(catchUpCpu, 0.01)}.`,
    ...(catchUpTables.length > 0 ? [`The catch-up's reads and writes by collection (PostgreSQL's counts): ${tablesText(catchUpTables)}.`] : []),
    '',
    `| what | requests/s | × baseline | p50 ms | p99 ms | failures |`,
    `|---|---|---|---|---|---|`,
    `| hello-world GET, ${connections} connections (baseline: the better of ${helloFirst.perSecond} before and ${helloAgain.perSecond} after) | ${helloSaturated.perSecond} | 1 | ${helloSaturated.p50} | ${helloSaturated.p99} | ${helloSaturated.failures} |`,
    `| diary week page GET (parent re-reading weeks the gateway keeps), ${connections} connections | ${diarySaturated.perSecond} | ${result.saturated.ratioToHello} | ${diarySaturated.p50} | ${diarySaturated.p99} | ${diarySaturated.failures} |`,
    `| hello-world GET at ${rate}/s | ${helloFixed.perSecond} | — | ${helloFixed.p50} | ${helloFixed.p99} | ${helloFixed.failures} |`,
    `| diary week page GET (kept) at ${rate}/s (half of saturation) | ${diaryFixed.perSecond} | — | ${diaryFixed.p50} | ${diaryFixed.p99} | ${diaryFixed.failures} |`,
    `| diary week page GET, every page asked of the diary (copies off), ${connections} connections | ${asked.saturated.perSecond} | ${result.askedOfTheDiary.ratioToHello} | ${asked.saturated.p50} | ${asked.saturated.p99} | ${asked.saturated.failures} |`,
    `| diary week page GET (asked of the diary) at ${asked.rate}/s (half of saturation) | ${asked.fixed.perSecond} | — | ${asked.fixed.p50} | ${asked.fixed.p99} | ${asked.fixed.failures} |`,
    `| mark → parent's diary (20 marks, quiet system) | — | — | ${propagation.p50} | ${propagation.p99} | 0 |`,
    `| mark → parent's diary, copies off (20 marks) | — | — | ${askedPropagation.p50} | ${askedPropagation.p99} | 0 |`,
    '',
    `Full export of one school (${report.lessons} lessons, ${report.marks} marks, ${report.absences} absences), a background job: ${exportSeconds} s from the request to the report (${exportQueuedSeconds} s waiting for its turn, ${exportRunSeconds} s running), ${report.mismatches} mismatches; CPU s by process meanwhile: ${cpuText(exportCpu, 0.1)}.`,
    ...(exportTables.length > 0 ? [`The export's reads and writes by collection (PostgreSQL's counts): ${tablesText(exportTables)}.`] : []),
    `Resident memory at the end (MB): ${Object.entries(memory).map(([name, mb]) => `${name} ${mb}`).join(', ')}; the diary's right after its catch-up: ${diaryAfterCatchUp} MB.`,
    `CPU ms per week page at saturation, by process — kept: ${cpuText(cpuPerPage)}; asked of the diary: ${cpuText(asked.cpuPerPage)}.`,
  ].join('\n');
  writeResults(jsonPath, result, table);
} finally {
  hello.close();
  await stop();
}

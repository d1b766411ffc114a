#!/usr/bin/env node
// Benchmark (issue #6) on the real processes and servers, over a region made by bench/region.mjs:
// diary week-page reads through the gateway at a fixed rate (beside a bare express hello-world at the
// same rate, in the same run), mark → diary propagation (from the teacher's POST returning to the
// parent's GET showing the mark), and the full export of one school.
// usage: node bench/diary.mjs [--schools 1] [--classes 2] [--students 20] [--rate 50] [--seconds 5] [--json bench/results/diary.json]
import { argument, gatewayClient, helloWorld, load, startSystem, summary, writeResults } from './lib.mjs';
import { generateRegion } from './region.mjs';

const seconds = Number(argument('seconds', '5'));
const rate = Number(argument('rate', '50'));
const jsonPath = argument('json', 'bench/results/diary.json');
const shape = { schools: Number(argument('schools', '1')), classes: Number(argument('classes', '2')), students: Number(argument('students', '20')) };

const { system, secrets, drained, stop } = await startSystem('bench_diary');
const hello = await helloWorld();
try {
  const client = gatewayClient(system.gatewayUrl);
  const operator = await system.logIn(secrets.operatorLogin, secrets.operatorPassword);
  const generation = Date.now();
  const { region, marks, absences } = await generateRegion(client, operator, shape);
  const generationSeconds = (Date.now() - generation) / 1000;
  const school = region[0];
  const schoolClass = school.classes[0];
  const student = schoolClass.students[0];
  const week = (date) => `${system.gatewayUrl}/api/v1/students/${student}/diary/week?week=${date}`;
  const asParent = { headers: { authorization: `Bearer ${schoolClass.parent}` } };
  const mondays = [...new Set(schoolClass.lessons.map((lesson) => lesson.date))].filter((_, index) => index % 5 === 0);
  // The diary has caught up with the generated year.
  const catchUp = Date.now();
  await drained('diary');
  const catchUpSeconds = (Date.now() - catchUp) / 1000;

  const helloFixed = await load(async () => (await fetch(hello.url)).ok, { seconds, rate, concurrency: 16 });
  const diaryFixed = await load(async (_worker, n) => (await fetch(week(mondays[n % mondays.length]), asParent)).status === 200, { seconds, rate, concurrency: 16 });

  // Propagation: the teacher's POST returns → the parent's GET shows the mark.
  const latencies = [];
  for (let i = 0; i < 20; i++) {
    const lesson = schoolClass.lessons[(i * 7) % schoolClass.lessons.length];
    const set = await client.api('POST', `/lessons/${lesson.id}/marks`, schoolClass.teacher.token, { marks: [{ studentId: student, values: [4], workKind: 'answer', explanation: 'работа выполнена на следующем уроке' }] });
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
  const propagation = summary(latencies);

  const exportStarted = performance.now();
  const report = await client.api('POST', `/schools/${school.schoolId}/years/${school.yearId}/diary-export`, school.admin, {});
  const exportSeconds = Number(((performance.now() - exportStarted) / 1000).toFixed(2));

  const result = {
    benchmark: 'diary',
    at: new Date().toISOString(),
    region: { ...shape, marks, absences, generationSeconds, diaryCaughtUpAfterSeconds: catchUpSeconds },
    fixedRate: rate,
    seconds,
    helloGet: helloFixed,
    diaryWeekPage: { ...diaryFixed, p50RatioToHello: Number((diaryFixed.p50 / Math.max(helloFixed.p50, 0.1)).toFixed(1)) },
    propagationMs: propagation,
    fullExport: { seconds: exportSeconds, lessons: report.lessons, marks: report.marks, absences: report.absences, mismatches: report.mismatches, errors: report.errors.length },
  };
  const table = [
    `Region: ${shape.schools} school(s) × ${shape.classes} classes × ${shape.students} students; ${marks} marks, ${absences} absences, generated in ${generationSeconds.toFixed(1)} s; the diary had handled every event ${catchUpSeconds.toFixed(1)} s later.`,
    '',
    `| what | requests/s | p50 ms | p99 ms | failures |`,
    `|---|---|---|---|---|`,
    `| hello-world GET at ${rate}/s (baseline) | ${helloFixed.perSecond} | ${helloFixed.p50} | ${helloFixed.p99} | ${helloFixed.failures} |`,
    `| diary week page GET at ${rate}/s (parent) | ${diaryFixed.perSecond} | ${diaryFixed.p50} | ${diaryFixed.p99} | ${diaryFixed.failures} |`,
    `| mark → parent's diary (20 marks) | — | ${propagation.p50} | ${propagation.p99} | 0 |`,
    '',
    `Full export of one school (${report.lessons} lessons, ${report.marks} marks, ${report.absences} absences): ${exportSeconds} s, ${report.mismatches} mismatches.`,
  ].join('\n');
  writeResults(jsonPath, result, table);
} finally {
  hello.close();
  await stop();
}

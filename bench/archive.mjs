#!/usr/bin/env node
// Benchmark (issue #16) on the real processes and servers: archiving one school (made by bench/region.mjs:
// --classes × --students pupils with lessons, marks and absences). By default a closed quarter of the
// year going on (2026/27: its later quarters cannot be closed before they end); with --year 2025 a whole
// past year — every period closed in turn, then the year's summary sheets — which is what a school keeps
// each summer. Measured: the time from the first closing to the last signed record kept, the records'
// number and size, the rate per record; then one record's printout (PDF) and its check, each timed.
// With --export the same school's full diary export (issue #12) is timed too: a school of 1,000 pupils is long to make.
// usage: node bench/archive.mjs [--classes 40] [--students 25] [--subjects 1] [--year 2025] [--export] [--json bench/results/archive.json]
import { argument, fullExport, gatewayClient, staffMaker, startSystem, summary, writeResults } from './lib.mjs';
import { generateRegion } from './region.mjs';

const jsonPath = argument('json', 'bench/results/archive.json');
const startYear = Number(argument('year', '2026'));
const shape = { schools: 1, classes: Number(argument('classes', '40')), students: Number(argument('students', '25')), subjects: Number(argument('subjects', '1')), startYear };
const today = new Date().toISOString().slice(0, 10);

const { system, secrets, stop } = await startSystem('bench_archive');
try {
  const client = gatewayClient(system.gatewayUrl);
  const operator = await system.logIn(secrets.operatorLogin, secrets.operatorPassword);
  const generation = Date.now();
  const { region, marks, absences } = await generateRegion(client, operator, shape);
  const generationSeconds = (Date.now() - generation) / 1000;
  // Access tokens last ten minutes and a school of 1,000 pupils takes longer to make: a new administrator.
  const school = { ...region[0] };
  school.admin = (await staffMaker(client.api)(await system.logIn(secrets.operatorLogin, secrets.operatorPassword), school.schoolId, [{ role: 'school_admin', schoolId: school.schoolId }])).token;
  const year = (await client.api('GET', `/schools/${school.schoolId}/years`, school.admin)).years.find((candidate) => candidate.id === school.yearId);
  // The periods to close: every one of a year that has ended (both schemes, the last one last), else the first quarter.
  const whole = (year.endsOn || year.periods.map((period) => period.endsOn).sort().at(-1)) < today;
  const closing = whole ? [...year.periods].sort((a, b) => a.endsOn.localeCompare(b.endsOn)) : [year.periods.find((period) => period.scheme === 'QUARTERS' && period.number === 1)];
  // The generated classes (grades 5–9) keep quarters: their pages are archived per quarter, then the year's summary sheets.
  const awaited = closing.filter((period) => period.scheme === 'QUARTERS').map((period) => period.id);
  const yearRecords = async () => (await client.api('GET', `/schools/${school.schoolId}/archive/records?periodId=${encodeURIComponent(`year:${year.id}`)}`, school.admin)).records;

  // Closing → every page's record kept (the archivings' status, polled every 200 ms).
  const closed = Date.now();
  for (const period of closing) await client.api('POST', `/years/${school.yearId}/periods/${period.id}/close`, school.admin, { confirm: true });
  // A poll the platform could not answer in time is counted (and printed), not fatal: the archiving goes on meanwhile.
  const unanswered = [];
  for (;;) {
    const done = await (async () => {
      const jobs = (await client.api('GET', `/schools/${school.schoolId}/archive/archivings`, school.admin)).archivings;
      // The year's summary sheets (one per class) are kept once no period is left open; they have no archiving of their own.
      return awaited.every((periodId) => jobs.some((entry) => entry.periodId === periodId && entry.status === 'done')) && (!whole || (await yearRecords()).length >= shape.classes);
    })().catch((error) => {
      unanswered.push(`${Math.round((Date.now() - closed) / 1000)} s: ${error.message.slice(0, 160)}`);
      console.error(`[archive] a poll not answered: ${unanswered.at(-1)}`);
      return false;
    });
    if (done) break;
    if (Date.now() - closed > Number(argument('wait', '3600')) * 1000) throw new Error(`not archived in time: ${JSON.stringify(jobs.map(({ periodId, status }) => ({ periodId, status })))}; awaited ${JSON.stringify(awaited)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const archivingSeconds = (Date.now() - closed) / 1000;
  const records = [...(await Promise.all(awaited.map(async (periodId) => (await client.api('GET', `/schools/${school.schoolId}/archive/records?periodId=${encodeURIComponent(periodId)}`, school.admin)).records))).flat(), ...(whole ? await yearRecords() : [])];
  const bytes = records.reduce((sum, record) => sum + record.size, 0);

  // One record printed and checked, ten times each (the first includes loading the font).
  const headers = { authorization: `Bearer ${school.admin}` };
  const timed = async (work) => {
    const latencies = [];
    let size = 0;
    for (let n = 0; n < 10; n++) {
      const started = performance.now();
      size = await work();
      latencies.push(performance.now() - started);
    }
    return { ...summary(latencies), size };
  };
  const record = records[0];
  const answered = async (path) => {
    const response = await fetch(`${system.gatewayUrl}/api/v1/archive/records/${record.hash}${path}`, { headers });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response;
  };
  const printout = await timed(async () => (await (await answered('/printout')).arrayBuffer()).byteLength);
  const check = await timed(async () => {
    if (!(await (await answered('/verification')).json()).valid) throw new Error('the record does not verify');
    return 1;
  });

  const exported = process.argv.includes('--export') ? await fullExport(client, school) : undefined;

  const result = {
    shape: { ...shape, pupils: shape.classes * shape.students, marks, absences, closed: whole ? 'year' : 'quarter' },
    generationSeconds,
    unansweredPolls: unanswered,
    archiving: { seconds: archivingSeconds, records: records.length, bytes, recordsPerSecond: Math.round((records.length / archivingSeconds) * 10) / 10, msPerRecord: Math.round((archivingSeconds * 1000) / records.length), bytesPerRecord: Math.round(bytes / records.length) },
    printout,
    check,
    ...(exported && { fullExport: { seconds: exported.seconds, queuedSeconds: exported.queuedSeconds, runSeconds: exported.runSeconds, lessons: exported.report.lessons, marks: exported.report.marks, absences: exported.report.absences, mismatches: exported.report.mismatches } }),
  };
  const table = [
    `| archive (${result.shape.pupils} pupils: ${shape.classes} classes × ${shape.students}, ${shape.subjects} subject(s); ${marks} marks, ${absences} absences in ${whole ? `the year ${startYear}/${startYear + 1}` : 'the year so far'}) | figure |`,
    '|---|---|',
    `| ${whole ? `the year closed (${closing.length} periods) → every page and summary sheet` : 'quarter closed → every page'} signed and kept | ${archivingSeconds.toFixed(1)} s for ${records.length} records (${result.archiving.recordsPerSecond} records/s, ${result.archiving.msPerRecord} ms per record) |`,
    `| size of the records | ${(bytes / 1024 / 1024).toFixed(2)} MB (${(result.archiving.bytesPerRecord / 1024).toFixed(1)} KB per record) |`,
    `| one record's printout (PDF ${(printout.size / 1024).toFixed(0)} KB) | p50 ${printout.p50} ms, p99 ${printout.p99} ms |`,
    `| one record's check by hash | p50 ${check.p50} ms, p99 ${check.p99} ms |`,
    `| generating the school (not archiving) | ${generationSeconds.toFixed(0)} s |`,
    `| status polls not answered in time while archiving | ${unanswered.length} |`,
    ...(exported ? [`| the school's full diary export, a background job (${exported.report.lessons} lessons, ${exported.report.marks} marks, ${exported.report.absences} absences) | ${exported.seconds} s (${exported.runSeconds} s running), ${exported.report.mismatches} mismatches |`] : []),
  ].join('\n');
  writeResults(jsonPath, result, table);
} finally {
  await stop();
}

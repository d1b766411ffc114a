#!/usr/bin/env node
// Benchmark (issue #16) on the real processes and servers: archiving a closed quarter of one school of
// 1,000 pupils (40 classes × 25, made by bench/region.mjs with a quarter of lessons, marks and absences):
// the time from the administrator's closing to the last signed record kept, the records' number and
// size, the rate per record; then one record's printout (PDF) and its check, each timed.
// usage: node bench/archive.mjs [--classes 40] [--students 25] [--subjects 1] [--json bench/results/archive.json]
import { argument, gatewayClient, staffMaker, startSystem, summary, writeResults } from './lib.mjs';
import { generateRegion } from './region.mjs';

const jsonPath = argument('json', 'bench/results/archive.json');
const shape = { schools: 1, classes: Number(argument('classes', '40')), students: Number(argument('students', '25')), subjects: Number(argument('subjects', '1')) };

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
  const year = await client.api('GET', `/schools/${school.schoolId}/years`, school.admin);
  const quarter = year.years.find((candidate) => candidate.id === school.yearId).periods.find((period) => period.scheme === 'QUARTERS' && period.number === 1);

  // Closing → every page's record kept (the archiving's status, polled every 200 ms).
  const closing = Date.now();
  await client.api('POST', `/years/${school.yearId}/periods/${quarter.id}/close`, school.admin, { confirm: true });
  let job;
  for (;;) {
    job = (await client.api('GET', `/schools/${school.schoolId}/archive/archivings`, school.admin)).archivings.find((entry) => entry.periodId === quarter.id);
    if (job?.status === 'done') break;
    if (Date.now() - closing > 1_800_000) throw new Error(`the quarter was not archived in 30 minutes: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const archivingSeconds = (Date.now() - closing) / 1000;
  const records = (await client.api('GET', `/schools/${school.schoolId}/archive/records?periodId=${quarter.id}`, school.admin)).records;
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

  const result = {
    shape: { ...shape, pupils: shape.classes * shape.students, marks, absences },
    generationSeconds,
    archiving: { seconds: archivingSeconds, records: records.length, bytes, recordsPerSecond: Math.round((records.length / archivingSeconds) * 10) / 10, msPerRecord: Math.round((archivingSeconds * 1000) / records.length), bytesPerRecord: Math.round(bytes / records.length) },
    printout,
    check,
  };
  const table = [
    `| archive (${result.shape.pupils} pupils: ${shape.classes} classes × ${shape.students}, ${shape.subjects} subject(s); ${marks} marks, ${absences} absences in the year so far) | figure |`,
    '|---|---|',
    `| quarter closed → every page signed and kept | ${archivingSeconds.toFixed(1)} s for ${records.length} records (${result.archiving.recordsPerSecond} records/s, ${result.archiving.msPerRecord} ms per record) |`,
    `| size of the records | ${(bytes / 1024 / 1024).toFixed(2)} MB (${(result.archiving.bytesPerRecord / 1024).toFixed(1)} KB per record) |`,
    `| one record's printout (PDF ${(printout.size / 1024).toFixed(0)} KB) | p50 ${printout.p50} ms, p99 ${printout.p99} ms |`,
    `| one record's check by hash | p50 ${check.p50} ms, p99 ${check.p99} ms |`,
    `| generating the school (not archiving) | ${generationSeconds.toFixed(0)} s |`,
  ].join('\n');
  writeResults(jsonPath, result, table);
} finally {
  await stop();
}

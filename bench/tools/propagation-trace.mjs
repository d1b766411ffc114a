#!/usr/bin/env node
// Where a mark's way to the parent's diary spends its time (docs/benchmarks.md): for each mark, every event
// on the bus in the next 300 ms with the milliseconds since the teacher's POST returned (and when the mark's
// event reaches a quorum queue, as every service's own), and when the parent's GET first shows the mark.
// The parent polls every 5 ms; --no-preread: the week is not opened before the mark (as bench/diary.mjs);
// --copies-off: the gateway keeps no week pages (every GET asked of the diary).
// usage: node bench/tools/propagation-trace.mjs [--classes 1] [--students 5] [--marks 10] [--no-preread] [--copies-off]
import amqp from 'amqplib';
import { argument, freshToken, gatewayClient, startSystem } from '../lib.mjs';
import { generateRegion } from '../region.mjs';

const shape = { schools: 1, classes: Number(argument('classes', '1')), students: Number(argument('students', '5')), subjects: 1 };
const { system, secrets, drained, stop, namespace, servers } = await startSystem('bench_trace');
try {
  const client = gatewayClient(system.gatewayUrl);
  const operator = await system.logIn(secrets.operatorLogin, secrets.operatorPassword);
  const { region } = await generateRegion(client, operator, shape);
  for (const consumer of ['diary', 'messaging', 'reports']) await drained(consumer);
  const schoolClass = region[0].classes[0];
  const student = schoolClass.students[0];
  const asParent = { headers: { authorization: `Bearer ${await freshToken(client.api, schoolClass.parentAccount)}` } };
  const week = (date) => `${system.gatewayUrl}/api/v1/students/${student}/diary/week?week=${date}`;
  const connection = await amqp.connect(servers.amqpUrl);
  const channel = await connection.createChannel();
  const exchange = `${namespace}.events`;
  const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
  await channel.bindQueue(queue, exchange, '#');
  let seen = [];
  await channel.consume(queue, (message) => seen.push([performance.now(), message.fields.routingKey]), { noAck: true });
  // A quorum queue, as every service's own: when the mark's event reaches a consumer of one.
  const quorum = `${exchange}.trace-quorum`;
  await channel.assertQueue(quorum, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  await channel.bindQueue(quorum, exchange, 'gradebook.mark.set');
  const { consumerTag } = await channel.consume(quorum, (message) => {
    if (!message) return;
    seen.push([performance.now(), `${message.fields.routingKey} (quorum queue)`]);
    channel.ack(message);
  });
  if (process.argv.includes('--copies-off')) {
    await system.restartProcess('gateway', { DIARY_PAGE_COPIES_MB: '0' });
    await system.waitHealthy();
  }
  const marks = Number(argument('marks', '10'));
  const lines = [];
  for (let i = 0; i < marks; i++) {
    const lesson = schoolClass.lessons[(i * 7) % schoolClass.lessons.length];
    if (!process.argv.includes('--no-preread')) for (let n = 0; n < 3; n++) await fetch(week(lesson.date), asParent); // kept by the gateway
    const token = await freshToken(client.api, lesson.teacher);
    seen = [];
    const asked = performance.now();
    const set = await client.api('POST', `/lessons/${lesson.id}/marks`, token, { marks: [{ studentId: student, values: [4], workKind: 'answer', explanation: 'работа выполнена на следующем уроке' }] });
    const written = performance.now();
    const markId = set.marks[0].id;
    const polls = [];
    for (;;) {
      const start = performance.now();
      const page = await (await fetch(week(lesson.date), asParent)).json();
      polls.push([start - written, performance.now() - written]);
      if (page.lessons.some((shown) => shown.marks.some((mark) => mark.markId === markId))) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shown = polls.at(-1);
    lines.push({ done: shown[1] });
    console.log(`mark ${i}: POST ${(written - asked).toFixed(1)} ms; shown by the GET started at ${shown[0].toFixed(1)}, done ${shown[1].toFixed(1)} (${polls.length} polls; the one before: ${polls.at(-2)?.map((t) => t.toFixed(1)).join('–') ?? '-'})`);
    for (const [at, type] of seen) console.log(`   ${(at - written).toFixed(1).padStart(7)} ${type}`);
  }
  const done = lines.map((line) => line.done).sort((a, b) => a - b);
  console.log(`shown after p50 ${done[done.length >> 1].toFixed(1)} ms (each: ${done.map((t) => t.toFixed(0)).join(' ')})`);
  await channel.cancel(consumerTag);
  await channel.deleteQueue(quorum);
  await connection.close();
} finally {
  await stop();
}

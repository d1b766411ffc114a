import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { EventEnvelope } from '@ejournal/contracts';
import { EventBus, Inbox, OutboxRelay, appendingEvents, pendingEvent, syncIndexes, updateDocument, VersionedDocuments, withinDeadline } from '@ejournal/kit';
import { deleteEventNamespace, eventually, freshDatabase, freshNamespace, testLogger, testServers } from '@ejournal/testing';
import type mongoose from 'mongoose';

const run = promisify(execFile);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schoolModel = require('./fixtures/school-model') as (connection: mongoose.Connection) => mongoose.Model<{ _id: string; hasPendingEvents: boolean; pendingEvents: unknown[] }>;

/** Runs a fixture that is expected to die by SIGKILL; returns what it printed. */
async function runUntilKilled(fixture: string, args: string[]): Promise<string> {
  try {
    await run(process.execPath, [join(__dirname, 'fixtures', fixture), ...args]);
  } catch (error) {
    const failure = error as { signal?: string; stdout: string; stderr: string };
    if (failure.signal !== 'SIGKILL') throw new Error(`${fixture} failed: ${failure.stderr}`);
    return failure.stdout;
  }
  throw new Error(`${fixture} was expected to die and did not`);
}

describe('outbox: the state change and its event are written together; the relay publishes', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let namespace: string;
  let consumerBus: EventBus;
  let publisherBus: EventBus;
  let relay: OutboxRelay;
  const handled: EventEnvelope[] = [];
  const logger = testLogger('outbox');

  beforeAll(async () => {
    db = await freshDatabase('outbox');
    namespace = freshNamespace('outbox');
    schoolModel(db.connection);
    await syncIndexes(db.connection);
    consumerBus = new EventBus({ url: testServers().amqpUrl, namespace, producer: 'identity', logger });
    consumerBus.subscribe('identity', ['curriculum.school.registered'], async (event) => void handled.push(event), new Inbox(db.connection, 'identity'));
    await consumerBus.start();
    publisherBus = new EventBus({ url: testServers().amqpUrl, namespace, producer: 'curriculum', logger });
    await publisherBus.start();
    relay = new OutboxRelay({ bus: publisherBus, producer: 'curriculum', logger, models: [schoolModel(db.connection)] });
  });

  afterAll(async () => {
    await relay.stop();
    await publisherBus.stop();
    await consumerBus.stop();
    await deleteEventNamespace(namespace, ['identity']);
    await db.drop();
  });

  it('publishes an event whose process died between the write and the publish, exactly once', async () => {
    const schoolId = randomUUID();
    const printed = await runUntilKilled('crash-after-write.js', [testServers().mongoUri, db.name, schoolId]);
    const eventId = printed.split(' ')[1];
    const School = schoolModel(db.connection);
    expect(await School.findById(schoolId).lean()).toMatchObject({ hasPendingEvents: true, pendingEvents: [{ id: eventId }] });

    relay.start();
    await eventually(async () => handled.find((e) => e.id === eventId), 10_000, 'event after crash');
    await eventually(async () => ((await School.findById(schoolId).lean())?.hasPendingEvents === false ? true : undefined));
    await relay.stop();
    expect(await School.findById(schoolId).lean()).toMatchObject({ pendingEvents: [], hasPendingEvents: false });
    expect(handled.filter((e) => e.id === eventId)).toHaveLength(1);
  });

  it('delivers once to the consumer when the relay died after the publish and published again', async () => {
    const School = schoolModel(db.connection);
    const schoolId = randomUUID();
    const event = pendingEvent('curriculum.school.registered', { schoolId, aggregateId: schoolId, aggregateVersion: 1 }, {
      schoolId,
      name: 'Гимназия № 2',
      shortName: 'Г 2',
      municipality: 'Пермь',
    });
    await School.create({ _id: schoolId, shortName: 'Г 2', version: 1, pendingEvents: [event], hasPendingEvents: true });

    const printed = await runUntilKilled('crash-after-publish.js', [testServers().mongoUri, db.name, testServers().amqpUrl, namespace]);
    expect(printed).toContain(`published ${event.id}`);
    expect((await School.findById(schoolId).lean())?.hasPendingEvents).toBe(true);

    await relay.flush(); // a new relay publishes the same event again
    expect((await School.findById(schoolId).lean())?.hasPendingEvents).toBe(false);
    const marker = pendingEvent('curriculum.school.registered', { schoolId, aggregateId: schoolId, aggregateVersion: 2 }, {
      schoolId,
      name: 'Гимназия № 2',
      shortName: 'Г 2',
      municipality: 'Пермь',
    });
    await School.updateOne({ _id: schoolId }, appendingEvents([marker]));
    await relay.flush();
    await eventually(async () => handled.find((e) => e.id === marker.id), 10_000, 'marker event');
    expect(handled.filter((e) => e.id === event.id)).toHaveLength(1);
  });

  it('clears what it published even when the request that asked for the pass has run out of time', async () => {
    const School = schoolModel(db.connection);
    const schoolId = randomUUID();
    const event = pendingEvent('curriculum.school.registered', { schoolId, aggregateId: schoolId, aggregateVersion: 1 }, { schoolId, name: 'Школа № 3', shortName: 'Ш 3', municipality: 'Пермь' });
    await School.create({ _id: schoolId, shortName: 'Ш 3', version: 1, pendingEvents: [event], hasPendingEvents: true });
    // A handler nudges a relay 10 ms before its call's deadline: the pass is not that call's work.
    const nudged = new OutboxRelay({ bus: publisherBus, producer: 'curriculum', logger, models: [School] });
    await withinDeadline(Date.now() + 10, async () => nudged.nudge());
    await eventually(async () => handled.find((e) => e.id === event.id), 10_000, 'the event');
    await eventually(async () => ((await School.findById(schoolId).lean())?.hasPendingEvents === false ? true : undefined), 10_000, 'the event cleared');
    await nudged.stop();
  });

  it('publishes what a kit write left at once, without anyone nudging the relay (issue #13: writers never call it)', async () => {
    const School = schoolModel(db.connection);
    // A relay that polls once an hour: only the write's own announcement can make it publish within the test.
    const listening = new OutboxRelay({ bus: publisherBus, producer: 'curriculum', logger, models: [School], pollIntervalMs: 3_600_000 });
    listening.start();
    await new Promise((resolve) => setTimeout(resolve, 300)); // its first (empty) pass is over
    const schools = new VersionedDocuments<{ _id: string; version: number; shortName: string }>(School, 'школа');
    const schoolId = randomUUID();
    const registered = pendingEvent('curriculum.school.registered', { schoolId, aggregateId: schoolId, aggregateVersion: 1 }, { schoolId, name: 'Школа № 4', shortName: 'Ш 4', municipality: 'Пермь' });
    await schools.insert({ _id: schoolId, version: 1, shortName: 'Ш 4' }, [registered]);
    await eventually(async () => handled.find((e) => e.id === registered.id), 10_000, 'the inserted aggregate\'s event');
    const renamed = pendingEvent('curriculum.school.registered', { schoolId, aggregateId: schoolId, aggregateVersion: 2 }, { schoolId, name: 'Школа № 4 им. Пушкина', shortName: 'Ш 4', municipality: 'Пермь' });
    const stored = await schools.change(schoolId, (current) => ({ next: { ...current, shortName: 'Ш 4 П' }, events: [renamed] }), () => new Error('нет школы'));
    expect(stored.version).toBe(2); // without a result of its own, the change gives the aggregate as stored
    await eventually(async () => handled.find((e) => e.id === renamed.id), 10_000, 'the changed aggregate\'s event');
    const noted = pendingEvent('curriculum.school.registered', { schoolId, aggregateId: schoolId, aggregateVersion: 3 }, { schoolId, name: 'Школа № 4', shortName: 'Ш 4', municipality: 'Пермь' });
    expect(await updateDocument(School, { _id: schoolId, version: 2 }, { $set: { version: 3 } }, [noted])).toBe(true);
    expect(await updateDocument(School, { _id: schoolId, version: 2 }, { $set: { version: 3 } }, [noted])).toBe(false);
    await eventually(async () => handled.find((e) => e.id === noted.id), 10_000, 'the updated document\'s event');
    await listening.stop();
  });
});

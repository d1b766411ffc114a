import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '@ejournal/contracts';
import { EventBus, Inbox } from '@ejournal/kit';
import { deleteEventNamespace, eventually, freshDatabase, freshNamespace, testLogger, testServers } from '@ejournal/testing';
import * as amqp from 'amqplib';
import type mongoose from 'mongoose';

function schoolRegistered(shortName: string): Omit<EventEnvelope<'curriculum.school.registered'>, 'traceparent' | 'tracestate'> {
  const schoolId = randomUUID();
  return {
    id: randomUUID(),
    type: 'curriculum.school.registered',
    occurredAt: new Date(),
    producer: 'curriculum',
    schoolId,
    aggregateId: schoolId,
    aggregateVersion: 1,
    payload: { schoolId, name: `Школа ${shortName}`, shortName, municipality: 'Красноярск' },
  };
}

describe('event bus against RabbitMQ', () => {
  let db: { connection: mongoose.Connection; drop(): Promise<void> };
  let namespace: string;
  let bus: EventBus;
  const seen: EventEnvelope[] = [];
  let failUntil: Record<string, number> = {};

  beforeAll(async () => {
    db = await freshDatabase('bus');
    namespace = freshNamespace('bus');
    bus = new EventBus({ url: testServers().amqpUrl, namespace, producer: 'test', logger: testLogger('bus'), retryDelaysMs: [100, 200] });
    let attempts: Record<string, number> = {};
    bus.subscribe(
      'identity',
      ['curriculum.school.registered'],
      async (event) => {
        attempts[event.id] = (attempts[event.id] ?? 0) + 1;
        if (event.payload.shortName === 'ЯД') throw new Error('this event always fails');
        if ((failUntil[event.id] ?? 0) >= attempts[event.id]) throw new Error('transient failure');
        seen.push(event);
      },
      new Inbox(db.connection, 'identity'),
    );
    await bus.start();
  });

  afterAll(async () => {
    await bus.stop();
    await deleteEventNamespace(namespace, ['identity'], 2);
    await db.drop();
  });

  it('delivers a published event with its envelope to the consumer', async () => {
    const event = schoolRegistered('СШ 1');
    await bus.publish(event);
    const got = await eventually(async () => seen.find((e) => e.id === event.id));
    expect(got).toMatchObject({ type: event.type, producer: 'curriculum', schoolId: event.schoolId, aggregateVersion: 1, payload: event.payload });
    expect(got.occurredAt.getTime()).toBe(event.occurredAt.getTime());
  });

  it('hands a duplicated event to the handler once', async () => {
    const event = schoolRegistered('СШ 2');
    await bus.publish(event);
    await bus.publish(event);
    await eventually(async () => seen.find((e) => e.id === event.id));
    const marker = schoolRegistered('СШ 2b');
    await bus.publish(marker);
    await eventually(async () => seen.find((e) => e.id === marker.id));
    expect(seen.filter((e) => e.id === event.id)).toHaveLength(1);
  });

  it('retries a failing event with back-off until it succeeds', async () => {
    const event = schoolRegistered('СШ 3');
    failUntil[event.id] = 2;
    await bus.publish(event);
    await eventually(async () => seen.find((e) => e.id === event.id), 10_000);
    expect(seen.filter((e) => e.id === event.id)).toHaveLength(1);
  });

  it('moves a poison event to the dead-letter queue and keeps the queue flowing', async () => {
    const poison = schoolRegistered('ЯД');
    await bus.publish(poison);
    const after = schoolRegistered('СШ 4');
    await bus.publish(after);
    await eventually(async () => seen.find((e) => e.id === after.id));

    const connection = await amqp.connect(testServers().amqpUrl);
    const channel = await connection.createChannel();
    const dead = await eventually(async () => (await channel.get(bus.queuesOf('identity').dead, { noAck: true })) || undefined, 10_000, 'dead letter');
    await connection.close();
    expect(dead.properties.messageId).toBe(poison.id);
    expect(dead.properties.headers?.['x-ejournal-attempt']).toBe(2);
    expect(String(dead.properties.headers?.['x-ejournal-error'])).toContain('this event always fails');
    expect(seen.find((e) => e.id === poison.id)).toBeUndefined();
  });

  it('dead-letters a message that is not an event envelope at once', async () => {
    const connection = await amqp.connect(testServers().amqpUrl);
    const channel = await connection.createConfirmChannel();
    channel.publish(bus.exchange, 'curriculum.school.registered', Buffer.from('not protobuf at all'), { messageId: 'garbage-1' });
    await channel.waitForConfirms();
    const dead = await eventually(async () => {
      const message = await channel.get(bus.queuesOf('identity').dead, { noAck: true });
      return message && message.properties.messageId === 'garbage-1' ? message : undefined;
    }, 10_000, 'dead letter of garbage');
    await connection.close();
    expect(String(dead.properties.headers?.['x-ejournal-error'])).toMatch(/envelope|payload|event type/);
  });
});

// A consumer whose handler is replay-proof for some types (a newer revision wins, one held changes
// nothing) takes those without the inbox: no claim, no record — the handler itself sees a repeat.
describe('event bus: types a handler applies replay-proof by itself', () => {
  let db: { connection: mongoose.Connection; drop(): Promise<void> };
  let namespace: string;
  let bus: EventBus;
  const seen: EventEnvelope[] = [];

  beforeAll(async () => {
    db = await freshDatabase('bus_replay_proof');
    namespace = freshNamespace('bus-replay-proof');
    bus = new EventBus({ url: testServers().amqpUrl, namespace, producer: 'test', logger: testLogger('bus'), retryDelaysMs: [100, 200] });
    bus.subscribe('reports', ['curriculum.school.registered', 'curriculum.subject.added'], async (event) => void seen.push(event), new Inbox(db.connection, 'reports'), { replayProof: ['curriculum.school.registered'] });
    await bus.start();
  });

  afterAll(async () => {
    await bus.stop();
    await deleteEventNamespace(namespace, ['reports'], 2);
    await db.drop();
  });

  const subjectAdded = (schoolId: string): Omit<EventEnvelope<'curriculum.subject.added'>, 'traceparent' | 'tracestate'> => ({
    id: randomUUID(), type: 'curriculum.subject.added', occurredAt: new Date(), producer: 'curriculum', schoolId, aggregateId: schoolId, aggregateVersion: 1,
    payload: { schoolId, subjectId: randomUUID(), name: 'Математика', shortName: 'Мат' },
  });
  const inboxOf = async (eventId: string) => ({
    claimed: await db.connection.collection('inbox').countDocuments({ _id: `reports:${eventId}` as never }),
    handled: await db.connection.collection('inbox_done').countDocuments({ _id: `reports:${eventId}` as never }),
  });

  it('hands a repeated replay-proof event to the handler each time and writes nothing to the inbox; the other types still once', async () => {
    const proof = schoolRegistered('СШ 5');
    const other = subjectAdded(proof.schoolId);
    await bus.publish(proof);
    await bus.publish(other);
    await bus.publish(proof);
    await bus.publish(other);
    await eventually(async () => (seen.filter((e) => e.id === proof.id).length === 2 ? true : undefined), 10_000, 'the repeat handed over');
    const marker = subjectAdded(proof.schoolId);
    await bus.publish(marker);
    await eventually(async () => seen.find((e) => e.id === marker.id));
    expect(seen.filter((e) => e.id === other.id)).toHaveLength(1);
    expect(await inboxOf(proof.id)).toEqual({ claimed: 0, handled: 0 });
    expect(await inboxOf(other.id)).toEqual({ claimed: 1, handled: 1 });
  });

  it('refuses a replay-proof type the subscription does not consume', () => {
    expect(() => bus.subscribe('reports', ['curriculum.subject.added'], async () => undefined, new Inbox(db.connection, 'reports'), { replayProof: ['curriculum.school.registered' as never] })).toThrow(/replay-proof types it does not consume: curriculum.school.registered/);
  });
});

// A consumer nobody waits for at the moment of the fact (reports, notices) holds its deliveries for a
// while and hands over those that came meanwhile together: the diary a parent opens is written first,
// on the same database and cores (issue #12: mark → diary).
describe('event bus: a consumer that defers its deliveries', () => {
  const DEFER_MS = 2_000;
  let db: { connection: mongoose.Connection; drop(): Promise<void> };
  let namespace: string;
  let bus: EventBus;
  const steps: Array<{ step: 'start' | 'end'; id: string; at: number }> = [];
  /** Events whose handling lasts until a promise here settles. */
  const heldUntil = new Map<string, Promise<unknown>>();

  beforeAll(async () => {
    db = await freshDatabase('bus_deferred');
    namespace = freshNamespace('bus-deferred');
    bus = new EventBus({ url: testServers().amqpUrl, namespace, producer: 'test', logger: testLogger('bus'), retryDelaysMs: [100, 200] });
    bus.subscribe('reports', ['curriculum.school.registered'], async (event) => {
      steps.push({ step: 'start', id: event.id, at: Date.now() });
      await (heldUntil.get(event.id) ?? new Promise((resolve) => setTimeout(resolve, 250)));
      steps.push({ step: 'end', id: event.id, at: Date.now() });
    }, new Inbox(db.connection, 'reports'), { deferMs: DEFER_MS });
    await bus.start();
  });

  afterAll(async () => {
    await bus.stop();
    await deleteEventNamespace(namespace, ['reports'], 2);
    await db.drop();
  });

  it('hands an event over no sooner than deferMs after it came, and the ones that came meanwhile together (each once)', async () => {
    const events = [schoolRegistered('СШ 7'), schoolRegistered('СШ 8'), schoolRegistered('СШ 9')];
    const publishedAt = Date.now();
    // 150 ms apart, each handled in 250 ms: handed over as they came, the first would end before the third started.
    for (const event of events) {
      await bus.publish(event);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await eventually(async () => (steps.filter((entry) => entry.step === 'end').length === 3 ? true : undefined), 10_000, 'all three handled');
    expect(steps.slice(0, 3).map((entry) => entry.step)).toEqual(['start', 'start', 'start']);
    expect(new Set(steps.filter((entry) => entry.step === 'start').map((entry) => entry.id))).toEqual(new Set(events.map((event) => event.id)));
    expect(steps[0]!.at - publishedAt).toBeGreaterThanOrEqual(DEFER_MS - 50);
    // Handled: the inbox recorded each (its completions are written after the handler returns).
    await eventually(async () => ((await db.connection.collection('inbox_done').countDocuments()) === 3 ? true : undefined), 10_000, 'three completions');
    expect(await db.connection.collection('inbox_done').countDocuments()).toBe(3);
  });

  it('takes a delivery at once while it is busy with others (a burst is not slowed down)', async () => {
    steps.length = 0;
    const [busy, next] = [schoolRegistered('СШ 10'), schoolRegistered('СШ 11')];
    let release = () => {};
    heldUntil.set(busy.id, new Promise<void>((resolve) => (release = resolve)));
    await bus.publish(busy);
    await eventually(async () => steps.find((entry) => entry.id === busy.id), 10_000, 'the first handed over');
    const publishedAt = Date.now();
    await bus.publish(next);
    const started = await eventually(async () => steps.find((entry) => entry.id === next.id), 10_000, 'the second handed over');
    release();
    // Deferred, it would have waited DEFER_MS; it came while the first was still in hand.
    expect(started.at - publishedAt).toBeLessThan(DEFER_MS / 2);
    expect(steps.find((entry) => entry.id === busy.id && entry.step === 'end')).toBeUndefined();
    await eventually(async () => (steps.filter((entry) => entry.step === 'end').length === 2 ? true : undefined), 10_000, 'both handled');
  });
});

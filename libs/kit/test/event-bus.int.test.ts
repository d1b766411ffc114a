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

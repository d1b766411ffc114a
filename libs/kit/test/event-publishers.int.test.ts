// The broker side of the trust boundary: each service has its own broker user, may publish only the
// events its name owns, and a consumer refuses an event that another service's user slipped in.
import { randomUUID } from 'node:crypto';
import { encodeEnvelope, type EventEnvelope } from '@ejournal/contracts';
import { EventBus, Inbox } from '@ejournal/kit';
import { provisionBrokerUsers, type BrokerAccess } from '@ejournal/launcher';
import { deleteEventNamespace, eventually, freshDatabase, freshNamespace, testLogger, testServers } from '@ejournal/testing';
import * as amqp from 'amqplib';
import type mongoose from 'mongoose';

function schoolRegistered(): EventEnvelope<'curriculum.school.registered'> {
  const schoolId = randomUUID();
  return {
    id: randomUUID(),
    type: 'curriculum.school.registered',
    occurredAt: new Date(),
    producer: 'curriculum',
    schoolId,
    aggregateId: schoolId,
    aggregateVersion: 1,
    traceparent: '',
    tracestate: '',
    payload: { schoolId, name: 'Школа', shortName: 'СШ', municipality: 'Пермь' },
  };
}

describe('who may publish which events', () => {
  let db: { connection: mongoose.Connection; drop(): Promise<void> };
  let namespace: string;
  let broker: BrokerAccess;
  let consumer: EventBus;
  let curriculum: EventBus;
  const seen: string[] = [];

  beforeAll(async () => {
    db = await freshDatabase('publishers');
    namespace = freshNamespace('publishers');
    broker = await provisionBrokerUsers(testServers().amqpUrl, namespace, testServers().amqpManagementUrl);
    expect(broker.perProcess).toBe(true);
    consumer = new EventBus({ url: broker.urlOf('identity'), namespace, producer: 'identity', logger: testLogger('bus'), usersPerService: true, retryDelaysMs: [100] });
    consumer.subscribe('identity', ['curriculum.school.registered'], async (event) => void seen.push(event.id), new Inbox(db.connection, 'identity'));
    await consumer.start();
    curriculum = new EventBus({ url: broker.urlOf('curriculum'), namespace, producer: 'curriculum', logger: testLogger('bus') });
    await curriculum.start();
  });

  afterAll(async () => {
    await consumer.stop();
    await curriculum.stop();
    await deleteEventNamespace(namespace, ['identity'], 1);
    await broker.remove();
    await db.drop();
  });

  const deadLetters = async () => {
    const connection = await amqp.connect(testServers().amqpUrl);
    const channel = await connection.createChannel();
    const messages: amqp.GetMessage[] = [];
    for (let message = await channel.get(consumer.queuesOf('identity').dead, { noAck: true }); message; message = await channel.get(consumer.queuesOf('identity').dead, { noAck: true })) messages.push(message);
    await connection.close();
    return messages;
  };

  it('delivers an event from the service that owns its type', async () => {
    const event = schoolRegistered();
    await curriculum.publish(event);
    await eventually(async () => (seen.includes(event.id) ? true : undefined));
  });

  it('lets the broker refuse a service publishing another service’s event type, or under another user', async () => {
    const gradebook = await amqp.connect(broker.urlOf('gradebook'));
    const closed = new Promise<Error>((resolve) => gradebook.on('error', resolve));
    const channel = await gradebook.createConfirmChannel();
    channel.on('error', () => {});
    channel.publish(`${namespace}.events`, 'curriculum.school.registered', encodeEnvelope(schoolRegistered()), { userId: `${namespace}.gradebook` });
    await expect(channel.waitForConfirms()).rejects.toBeDefined();

    const second = await gradebook.createConfirmChannel();
    const refused = new Promise<Error>((resolve) => second.on('error', resolve));
    second.sendToQueue(consumer.queuesOf('identity').main, encodeEnvelope(schoolRegistered()), { userId: `${namespace}.curriculum` });
    expect(String(await refused)).toMatch(/user_id property set to .* but authenticated user was/);
    await gradebook.close().catch(() => undefined);
    void closed;
  });

  it('dead-letters an event another service’s user put straight into the consumer’s queue', async () => {
    const forged = schoolRegistered();
    const gradebook = await amqp.connect(broker.urlOf('gradebook'));
    const channel = await gradebook.createConfirmChannel();
    channel.sendToQueue(consumer.queuesOf('identity').main, encodeEnvelope(forged), { messageId: forged.id, userId: `${namespace}.gradebook` });
    await channel.waitForConfirms();
    await gradebook.close();
    const dead = await eventually(async () => (await deadLetters()).find((message) => message.properties.messageId === forged.id), 10_000, 'the forged event dead-lettered');
    expect(String(dead.properties.headers?.['x-ejournal-error'])).toContain(`broker user "${namespace}.gradebook"`);
    expect(seen).not.toContain(forged.id);
  });
});

import amqp from 'amqplib';
import mongoose from 'mongoose';
import { sweepLeftovers, testRunMoment, testServers, uniqueName } from '../src';

// What killed runs left on the long-lived local servers is deleted at the next run's start; a run still
// going (a consumer, or a name made within the hour) and names no test made are never touched.
const idAt = (moment: number) => `${moment.toString(36)}a1b2c`;

describe('testRunMoment', () => {
  it('reads the moment of a test run from its names, and of nothing else', () => {
    const moment = Date.UTC(2026, 10, 30, 12);
    expect(testRunMoment(`shared.${idAt(moment)}.gradebook.retry.1`)).toBe(moment);
    expect(testRunMoment(`t_gradebook_${idAt(moment)}_marks`)).toBe(moment);
    expect(testRunMoment('ejournal.notifications')).toBeUndefined();
    expect(testRunMoment('ejournal_gradebook')).toBeUndefined();
    expect(testRunMoment(`x.${idAt(Date.now() + 86_400_000)}`)).toBeUndefined();
  });
});

describe('sweepLeftovers', () => {
  const servers = testServers();
  const old = idAt(Date.now() - 2 * 3_600_000);
  const names = { oldQueue: `sweep.${old}.gradebook`, oldExchange: `sweep.${old}.events`, consumedQueue: `sweep.${old}.diary`, freshQueue: `${uniqueName('sweep').replace(/_/g, '.')}.gradebook`, oldDatabase: `sweep_${old}_gradebook` };
  let connection: amqp.ChannelModel;
  let channel: amqp.Channel;

  beforeAll(async () => {
    connection = await amqp.connect(servers.amqpUrl);
    channel = await connection.createChannel();
    for (const queue of [names.oldQueue, names.consumedQueue, names.freshQueue]) await channel.assertQueue(queue, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await channel.assertExchange(names.oldExchange, 'topic', { durable: true });
    await channel.consume(names.consumedQueue, () => {});
    const database = await mongoose.createConnection(servers.mongoUri).asPromise();
    await database.useDb(names.oldDatabase).collection('marks').insertOne({ value: 5 });
    await database.close();
  });

  afterAll(async () => {
    await channel.deleteQueue(names.consumedQueue);
    await channel.deleteQueue(names.freshQueue);
    await connection.close();
  });

  it('deletes the old run’s queue, exchange and database, and keeps a consumed or fresh one', async () => {
    const swept = await sweepLeftovers(servers);
    expect(swept.queues).toContain(names.oldQueue);
    expect(swept.queues).not.toContain(names.consumedQueue);
    expect(swept.queues).not.toContain(names.freshQueue);
    expect(swept.exchanges).toContain(names.oldExchange);
    expect(swept.databases).toContain(names.oldDatabase);
    const check = await connection.createChannel();
    check.on('error', () => {});
    await expect(check.checkQueue(names.oldQueue)).rejects.toThrow(/NOT_FOUND/);
    expect((await channel.checkQueue(names.freshQueue)).queue).toBe(names.freshQueue);
    expect((await channel.checkQueue(names.consumedQueue)).consumerCount).toBe(1);
    const database = await mongoose.createConnection(servers.mongoUri).asPromise();
    const { databases } = await database.db!.admin().listDatabases({ nameOnly: true });
    await database.close();
    expect(databases.map((entry) => entry.name)).not.toContain(names.oldDatabase);
  });
});

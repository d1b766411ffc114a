// The kit's one write primitive under contention (issue #13): four processes change one document at
// once against the real server — half of their changes starting from a copy that others have since
// changed — and no change is lost, none applied twice, and the version counts every write. A burst of
// changes of one document in one process (a consumer catching up, issue #12) is written together.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type mongoose from 'mongoose';
import { freshDatabase, testServers } from '@ejournal/testing';
import { aggregateSchema, pendingEvent, VersionedDocuments } from '../src';

const run = promisify(execFile);

describe('versioned documents under concurrent writers', () => {
  let connection: mongoose.Connection;
  let name: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    ({ connection, name, drop } = await freshDatabase('versioned_documents'));
  });
  afterAll(async () => drop());

  it('loses no change and applies none twice when four processes write one document', async () => {
    const WRITERS = 4;
    const EACH = 25;
    const script = join(__dirname, 'fixtures', 'counter-writer.js');
    const outputs = await Promise.all(Array.from({ length: WRITERS }, (_, writer) => run(process.execPath, [script, testServers().mongoUri, name, `w${writer}`, String(EACH)], { timeout: 120_000 })));
    expect(outputs.map((output) => output.stdout.trim())).toEqual(Array(WRITERS).fill('done'));
    const stored = await connection.collection('counters').findOne({ _id: 'shared' as never });
    const increments = stored!.increments as string[];
    expect(increments).toHaveLength(WRITERS * EACH);
    expect(new Set(increments).size).toBe(WRITERS * EACH);
    expect(stored!.version).toBe(WRITERS * EACH);
  }, 180_000);

  it('writes a burst of changes of one document in few writes: each once, in order, with its own version; a refused one alone', async () => {
    interface Burst { _id: string; version: number; entries: number[] }
    const bursts = new VersionedDocuments<Burst>(connection.model('Burst', aggregateSchema('bursts')), 'пачка');
    const collection = bursts.model.collection;
    let writes = 0;
    const count = <F extends (...args: any[]) => any>(write: F): F => ((...args: any[]) => (writes++, write.apply(collection, args))) as F;
    collection.updateOne = count(collection.updateOne);
    collection.insertOne = count(collection.insertOne);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 100 }, (_, n) =>
        bursts.change('b', (current) => {
          if (n === 50) throw new Error('отказ: пятидесятое изменение');
          // Every tenth change has an event, built from the document as stored (its version stamped by the kit).
          const events = n % 10 === 0 ? (stored: Burst) => [pendingEvent('curriculum.school.registered', { schoolId: 'S', aggregateId: 'b', aggregateVersion: stored.version }, { schoolId: 'S', name: `Школа ${n}`, shortName: `Ш ${n}`, municipality: 'Пермь' })] : undefined;
          return { next: { ...current, entries: [...current.entries, n] }, events, result: current.version + 1 };
        }, () => ({ _id: 'b', version: 0, entries: [] })),
      ),
    );
    expect(outcomes[50]).toEqual({ status: 'rejected', reason: new Error('отказ: пятидесятое изменение') });
    const versions = outcomes.filter((outcome) => outcome.status === 'fulfilled').map((outcome) => (outcome as PromiseFulfilledResult<number>).value);
    expect(versions).toEqual(Array.from({ length: 99 }, (_, index) => index + 1));
    const stored = (await bursts.find('b'))!;
    expect(stored.entries).toEqual(Array.from({ length: 100 }, (_, n) => n).filter((n) => n !== 50));
    expect(stored.version).toBe(99);
    // Each event carries the version its own change made, not the group's last.
    const raw = await connection.collection('bursts').findOne({ _id: 'b' as never });
    const expectedVersions = [0, 10, 20, 30, 40, 60, 70, 80, 90].map((n) => (n < 50 ? n + 1 : n));
    expect((raw!.pendingEvents as Array<{ aggregateVersion: number }>).map((event) => event.aggregateVersion)).toEqual(expectedVersions);
    // The first change is written alone; the 99 that queued behind it, together.
    expect(writes).toBeLessThanOrEqual(3);
  });

  it('loses no change when three processes each write a burst of one document at once', async () => {
    const script = join(__dirname, 'fixtures', 'counter-writer.js');
    const outputs = await Promise.all([0, 1, 2].map((writer) => run(process.execPath, [script, testServers().mongoUri, name, `burst${writer}`, '40'], { timeout: 120_000, env: { ...process.env, BURST: '1', NO_STALE: '1' } })));
    expect(outputs.map((output) => output.stdout.trim())).toEqual(['done', 'done', 'done']);
    const stored = await connection.collection('counters').findOne({ _id: 'shared' as never });
    const bursts = (stored!.increments as string[]).filter((entry) => entry.startsWith('burst'));
    expect(bursts).toHaveLength(120);
    expect(new Set(bursts).size).toBe(120);
  }, 180_000);
});

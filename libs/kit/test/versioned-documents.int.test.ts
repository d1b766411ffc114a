// The kit's one write primitive under contention (issue #13): four processes change one document at
// once against the real server — half of their changes starting from a copy that others have since
// changed — and no change is lost, none applied twice, and the version counts every write.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type mongoose from 'mongoose';
import { freshDatabase, testServers } from '@ejournal/testing';

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
});

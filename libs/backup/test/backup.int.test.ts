// A school's year in databases of this test's own (never the platform's: other suites and a running
// system share the server), backed up to two media, destroyed, and restored from the second medium
// alone: every document (byte for byte), every collection and every index must be what it was.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BSON, Binary, Double, Int32, Long, MongoClient, ObjectId, Timestamp, type Db } from 'mongodb';
import { testServers, uniqueName } from '@ejournal/testing';
import { describeServer, takeBackup, type BackupResult } from '../src/backup';
import { verifyBackup } from '../src/checksums';
import { MANIFEST_FILE, SUMS_FILE } from '../src/manifest';
import { BackupRefused, restoreBackup } from '../src/restore';
import { findProgram } from '../src/tools';

const { EJSON } = BSON;
const { mongoUri, amqpUrl, amqpManagementUrl } = testServers();
const postgresqlUrl = process.env.FERRETDB_POSTGRESQL_URL ?? 'postgres://postgres@127.0.0.1:5432/ferretdb';
const prefix = uniqueName('backup_test');
const names = { curriculum: `${prefix}_curriculum`, gradebook: `${prefix}_gradebook`, attendance: `${prefix}_attendance`, archive: `${prefix}_archive` };
const databases = Object.values(names);

let client: MongoClient;
let work: string;
let media: [string, string];

/** Texts that COPY, JSON and BSON each escape in their own way. */
const awkward = ['Тема: «Дроби»', 'quote " and \\ backslash', 'line\nbreak\tand tab', 'emoji 📘', ''];

/** A school's year: classes with pupils, ~1,700 lessons with homework files, ~2,600 marks with history, absences, finals. */
async function fillSchoolYear(): Promise<void> {
  const schoolId = new ObjectId();
  const start = Date.UTC(2024, 8, 2, 6, 0); // 2 September 2024, 09:00 in Moscow
  const curriculum = client.db(names.curriculum);
  const classes = Array.from({ length: 11 }, (_, grade) => ({
    _id: new ObjectId(),
    schoolId,
    name: `${grade + 1}А`,
    grade: new Int32(grade + 1),
    pupils: Array.from({ length: 6 }, (_, n) => ({ id: new ObjectId(), name: `Ученик ${grade + 1}-${n}`, birthDate: new Date(Date.UTC(2017 - grade, n, 10 + n)) })),
  }));
  await curriculum.collection('classes').insertMany(classes);
  await curriculum.collection('classes').createIndex({ schoolId: 1, name: 1 }, { unique: true, name: 'school_name' });
  const lessons = classes.flatMap((klass, c) =>
    Array.from({ length: 155 }, (_, n) => ({
      _id: new ObjectId(),
      schoolId,
      classId: klass._id,
      subject: ['математика', 'русский язык', 'история'][n % 3],
      date: new Date(start + Math.floor(n / 3) * 86_400_000 + (n % 3) * 3_600_000),
      period: new Int32((n % 6) + 1),
      hours: new Double(n % 4 === 0 ? 1 : 0.5),
      topic: awkward[(n + c) % awkward.length],
      homework: n % 5 === 0 ? { text: `§${n}`, files: [{ name: 'задание.pdf', bytes: new Binary(Buffer.from([0x25, 0x50, 0x44, 0x46, n % 256, 0, 255])) }] } : null,
      version: Long.fromNumber(n + 1),
    })),
  );
  for (let i = 0; i < lessons.length; i += 500) await curriculum.collection('lessons').insertMany(lessons.slice(i, i + 500));
  await curriculum.collection('lessons').createIndexes([{ key: { schoolId: 1, classId: 1, date: -1 }, name: 'class_journal' }, { key: { 'homework.text': 1 }, name: 'homework_text' }]);

  const gradebook = client.db(names.gradebook);
  const marks = lessons
    .filter((_, n) => n % 2 === 0)
    .flatMap((lesson, n) =>
      classes.find((klass) => klass._id.equals(lesson.classId))!.pupils.slice(0, 3).map((pupil, p) => ({
        _id: new ObjectId(),
        schoolId,
        lessonId: lesson._id,
        pupil: { id: pupil.id, name: pupil.name },
        value: new Int32(2 + ((n + p) % 4)),
        weight: new Double(p === 0 ? 2 : 1.25),
        setAt: new Date(lesson.date.getTime() + 40 * 60_000),
        history: n % 7 === 0 ? [{ at: new Date(lesson.date.getTime() + 86_400_000), by: new ObjectId(), previous: p === 1 ? null : new Int32(3), reason: awkward[p] }] : [],
        sequence: Long.fromString(`90071992547409${String(10 + (n % 90))}`), // beyond 2^53
        late: p === 2,
        requestId: new Binary(Buffer.from(new ObjectId().toHexString().padEnd(32, '0'), 'hex'), Binary.SUBTYPE_UUID),
      })),
    );
  for (let i = 0; i < marks.length; i += 500) await gradebook.collection('marks').insertMany(marks.slice(i, i + 500));
  await gradebook.collection('marks').createIndexes([{ key: { lessonId: 1, 'pupil.id': 1 }, name: 'lesson_pupil', unique: true }, { key: { 'pupil.id': 1, setAt: -1 }, name: 'pupil_marks' }]);
  await gradebook.collection<{ _id: string }>('finals').insertMany(classes.flatMap((klass) => klass.pupils.map((pupil) => ({ _id: `${klass._id.toHexString()}:${pupil.id.toHexString()}`, schoolId, period: 'year', values: [new Int32(4), new Double(4.5), null] }))));
  await gradebook.createCollection('change_requests');
  await gradebook.collection('change_requests').createIndex({ lessonId: 1 }, { name: 'by_lesson' });

  const attendance = client.db(names.attendance);
  await attendance.collection('absences').insertMany(
    lessons.filter((_, n) => n % 3 === 0).map((lesson, n) => ({ _id: new ObjectId(), schoolId, lessonId: lesson._id, pupilId: classes[n % 11].pupils[n % 6].id, reason: n % 2 ? 'ill' : null, recordedAt: new Timestamp({ t: 1_725_000_000 + n, i: 1 }) })),
  );
}

interface DatabaseState {
  collections: string[];
  indexes: Record<string, string[]>;
  documents: Record<string, Buffer[]>;
}

/** Everything a restore must give back: collections with their options, indexes, and each document's BSON bytes in _id order. */
async function stateOf(db: Db): Promise<DatabaseState> {
  const collections = (await db.listCollections({}, { nameOnly: false }).toArray()).map((collection) => EJSON.stringify({ name: collection.name, type: collection.type, options: collection.options }, { relaxed: false })).sort();
  const state: DatabaseState = { collections, indexes: {}, documents: {} };
  for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
    state.indexes[name] = (await db.collection(name).listIndexes().toArray()).map((index) => EJSON.stringify(index, { relaxed: false })).sort();
    state.documents[name] = (await db.collection(name).find({}, { sort: { _id: 1 }, raw: true }).toArray()) as unknown as Buffer[];
  }
  return state;
}

async function statesOf(): Promise<Record<string, DatabaseState>> {
  return Object.fromEntries(await Promise.all(databases.map(async (name) => [name, await stateOf(client.db(name))] as const)));
}

/** A document as canonical Extended JSON (types kept: 1 and 1.0 and 1n differ), to show a difference readably. */
const readable = (doc: Buffer | undefined) => doc && EJSON.stringify(BSON.deserialize(doc, { promoteValues: false }), { relaxed: false });

/** Asserts two states are the same: collections, indexes, and every document's bytes (the first that differs is shown). */
function expectSameState(after: DatabaseState, before: DatabaseState): void {
  expect(after.collections).toEqual(before.collections);
  expect(after.indexes).toEqual(before.indexes);
  expect(Object.keys(after.documents).sort()).toEqual(Object.keys(before.documents).sort());
  for (const [collection, was] of Object.entries(before.documents)) {
    const is = after.documents[collection];
    const differs = [...was.keys(), ...is.keys()].find((i) => !was[i]?.equals(is[i] ?? Buffer.alloc(0)));
    expect(differs === undefined ? 'the same' : { collection, position: differs, before: readable(was[differs]), after: readable(is[differs]) }).toBe('the same');
  }
}

/** FerretDB on PostgreSQL: the PostgreSQL indexes (FerretDB's and their GIN twins) and triggers of each database's schema. */
function postgresqlObjectsOf(): Record<string, string> {
  const sql = `SELECT string_agg(line, E'\\n' ORDER BY line) FROM (
    SELECT schemaname || ': ' || indexdef AS line FROM pg_indexes WHERE schemaname LIKE '${prefix}%'
    UNION ALL SELECT n.nspname || ': trigger ' || t.tgname || ' on ' || c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname LIKE '${prefix}%' AND NOT t.tgisinternal) lines`;
  const lines = execFileSync('psql', ['-X', '-t', '-A', '-c', sql, postgresqlUrl], { encoding: 'utf8' }).trim().split('\n');
  return Object.fromEntries(databases.map((name) => [name, lines.filter((line) => line.startsWith(`${name}: `)).join('\n')]));
}

let before: Record<string, DatabaseState>;
let postgresqlBefore: Record<string, string> | undefined;
let backup: BackupResult;

beforeAll(async () => {
  client = new MongoClient(mongoUri);
  await client.connect();
  const server = await describeServer(client);
  if (server.kind === 'mongodb' && !findProgram('mongodump')) throw new Error(`the test servers are ${server.version}, which is backed up with mongodump: install MongoDB's database tools`);
  work = mkdtempSync(join(tmpdir(), 'backup-int-'));
  media = [join(work, 'medium-a'), join(work, 'medium-b')];
  await fillSchoolYear();
  before = await statesOf();
  if (server.kind === 'ferretdb') postgresqlBefore = postgresqlObjectsOf();
  backup = await takeBackup({ mongodbUri: mongoUri, postgresqlUrl, tool: 'auto', databases, media, broker: { amqpUrl, managementUrl: amqpManagementUrl } });
});

afterAll(async () => {
  for (const name of databases) await client?.db(name).dropDatabase();
  await client?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a backup on two media', () => {
  it('holds a school year of thousands of documents', () => {
    const count = (name: string) => Object.values(before[name].documents).reduce((sum, docs) => sum + docs.length, 0);
    expect(count(names.curriculum) + count(names.gradebook) + count(names.attendance)).toBeGreaterThan(4_000);
    expect(before[names.archive].collections).toEqual([]);
  });

  it('is written whole to both media, the same on each', () => {
    expect(backup.failures).toEqual([]);
    expect(backup.written).toEqual(media.map((medium) => join(medium, backup.manifest.id)));
    const [a, b] = backup.written.map((dir) => Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file))])));
    expect(Object.keys(a).sort()).toEqual([...backup.manifest.files.map((file) => file.name), MANIFEST_FILE, SUMS_FILE].sort());
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const [file, bytes] of Object.entries(a)) expect(bytes.equals(b[file]) ? 'the same' : `${file} differs`).toBe('the same');
  });

  it('has a manifest naming when, which databases, the tool and its version, and every file with its size and SHA-256', async () => {
    const { manifest } = backup;
    expect(new Date(manifest.takenAt).getTime()).toBeLessThanOrEqual(new Date(manifest.finishedAt).getTime());
    expect(manifest.databases.map((database) => [database.name, database.present])).toEqual([
      [names.curriculum, true],
      [names.gradebook, true],
      [names.attendance, true],
      [names.archive, false],
    ]);
    expect(manifest.databases.find((database) => database.name === names.gradebook)).toMatchObject({ collections: ['change_requests', 'finals', 'marks'] });
    if (manifest.tool.name === 'pg_dump') {
      expect(manifest.tool.version).toMatch(/^pg_dump \(PostgreSQL\) \d+/);
      expect(manifest.consistency).toBe('one PostgreSQL snapshot for every database');
    } else expect(manifest.tool.version).toMatch(/^mongodump version/);
    expect(manifest.source.server).not.toMatch(/@/);
    const verification = await verifyBackup(backup.written[1]);
    expect(verification.problems).toEqual([]);
    for (const file of manifest.files) expect(file).toEqual({ name: file.name, bytes: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // The checksums are also what sha256sum checks by hand.
    if (findProgram('sha256sum')) execFileSync('sha256sum', ['--check', '--quiet', SUMS_FILE], { cwd: backup.written[1] });
  });

  it("keeps the broker's definitions, or says why it could not", () => {
    const { broker } = backup.manifest;
    if (broker.taken) expect(JSON.parse(readFileSync(join(backup.written[1], broker.file), 'utf8'))).toHaveProperty('queues');
    else expect(broker.reasons.length).toBeGreaterThan(0);
  });
});

describe('restoring from the second medium alone', () => {
  it('refuses a backup with one byte changed, touching nothing', async () => {
    const copy = join(work, 'corrupted');
    cpSync(backup.written[1], copy, { recursive: true });
    const dump = backup.manifest.files.find((file) => file.name.startsWith(names.gradebook))!;
    const bytes = readFileSync(join(copy, dump.name));
    bytes[Math.floor(bytes.length / 2)] ^= 0x20;
    writeFileSync(join(copy, dump.name), bytes);
    await client.db(names.gradebook).collection<{ _id: string }>('marks').insertOne({ _id: 'written after the backup' });

    const refusal = restoreBackup({ from: copy, mongodbUri: mongoUri, postgresqlUrl, broker: {} });
    await expect(refusal).rejects.toBeInstanceOf(BackupRefused);
    await expect(refusal).rejects.toMatchObject({ problems: [expect.stringMatching(new RegExp(`^${dump.name}: SHA-256 [0-9a-f]{64}, the manifest says ${dump.sha256}$`))] });
    expect(await client.db(names.gradebook).collection<{ _id: string }>('marks').countDocuments({ _id: 'written after the backup' })).toBe(1);
    expect(await client.db(names.curriculum).collection('lessons').countDocuments()).toBe(before[names.curriculum].documents.lessons.length);
  });

  it('gives back every collection, index and document exactly, after the databases were destroyed', async () => {
    // Destroyed: two databases dropped, one changed in every way, one made that the backup did not have.
    await client.db(names.curriculum).dropDatabase();
    await client.db(names.attendance).dropDatabase();
    const gradebook = client.db(names.gradebook);
    await gradebook.collection('marks').deleteMany({ late: true });
    await gradebook.collection('marks').updateMany({ value: new Int32(2) }, { $set: { value: new Int32(5) } });
    await gradebook.collection('marks').dropIndex('pupil_marks');
    await gradebook.collection('finals').drop();
    await gradebook.collection('stray').insertOne({ made: 'after the backup' });
    await client.db(names.archive).collection('documents').insertOne({ made: 'after the backup' });
    // Only the second medium is left.
    rmSync(media[0], { recursive: true, force: true });

    await restoreBackup({ from: backup.written[1], mongodbUri: mongoUri, postgresqlUrl, broker: {} });

    const after = await statesOf();
    for (const name of databases) expectSameState(after[name], before[name]);
    // Beneath FerretDB, the same PostgreSQL indexes (the GIN twins included) and triggers, none twice.
    if (postgresqlBefore) {
      expect(postgresqlBefore[names.gradebook]).toMatch(/_gin ON .*USING gin/);
      expect(postgresqlObjectsOf()).toEqual(postgresqlBefore);
    }
    expect((await client.db('admin').admin().listDatabases({ nameOnly: true })).databases.map((database) => database.name)).not.toContain(names.archive);
  });

  it('leaves the restored databases writable, their unique indexes enforced', async () => {
    const marks = client.db(names.gradebook).collection('marks');
    const [first] = await marks.find({}, { sort: { _id: 1 }, limit: 1 }).toArray();
    await marks.insertOne({ lessonId: new ObjectId(), pupil: { id: new ObjectId() }, value: new Int32(4) });
    await expect(marks.insertOne({ lessonId: first.lessonId, pupil: { id: first.pupil.id } })).rejects.toMatchObject({ code: 11000 });
    await client.db(names.curriculum).collection('new_after_restore').insertOne({ ok: true });
    expect(existsSync(backup.written[1])).toBe(true);
  });
});

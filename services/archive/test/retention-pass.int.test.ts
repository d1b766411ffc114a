// The archive's removal at the end of a record's term, on the real database (002 §5, 004 §6: journals
// 5 years, summary sheets 25; 003 §5: nothing removed before its term): a record past its last day is
// removed and its removal logged; one on its last day, one not yet due and one under a legal hold stay;
// the hold lifted, the held one goes; a pass resumes from the day it stopped.
import { syncIndexes } from '@ejournal/kit';
import { freshDatabase, testLogger } from '@ejournal/testing';
import { RetentionPass } from '../src/archiving/retention-pass';
import { ArchiveStore, type StoredRecord } from '../src/store/archive.store';

const record = (hash: string, retainUntil: string, legalHold = false): StoredRecord => ({
  _id: hash.padEnd(64, '0'),
  place: `journal-page|q1|class|${hash}#0`,
  slot: `journal-page|q1|class|${hash}`,
  sequence: 0,
  kind: 'journal-page',
  schoolId: 'school-1',
  yearId: 'year-1',
  periodId: 'q1',
  classId: 'class',
  groupId: '',
  subjectId: hash,
  title: `Журнал: 5А · ${hash}`,
  amends: '',
  bodyHash: hash,
  archivedAt: new Date('2021-10-31T10:00:00Z'),
  retainUntil,
  legalHold,
  legalHoldReason: legalHold ? 'запрос суда № 7' : '',
  keyId: 'school-1#1',
  fileText: '{}',
  size: 2,
});

describe('removal of archived records at the end of their term', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let store: ArchiveStore;

  beforeAll(async () => {
    database = await freshDatabase('archive_retention');
    store = new ArchiveStore(database.connection);
    await syncIndexes(database.connection);
  });
  afterAll(async () => database?.drop());

  it('removes only what is past its last day and not held, logs each removal, and resumes where it stopped', async () => {
    for (const kept of [record('aa', '2026-10-30'), record('bb', '2026-10-31'), record('cc', '2031-10-31'), record('dd', '2026-10-01', true)]) expect(await store.keep(kept)).toBe(true);
    const pass = new RetentionPass(store, testLogger('archive'));

    expect(await pass.pass(new Date('2026-10-31T12:00:00Z'))).toBe(1);
    const left = (await store.ofSchool('school-1')).map((entry) => entry.subjectId).sort();
    expect(left).toEqual(['bb', 'cc', 'dd']);
    expect(await store.removals.findById(record('aa', '')._id).lean()).toMatchObject({ title: 'Журнал: 5А · aa', retainUntil: '2026-10-30', kind: 'journal-page' });
    expect(await store.removedThrough()).toBe('2026-10-30');

    // The next day: the record whose last day was yesterday goes; the pass starts after where it stopped.
    expect(await pass.pass(new Date('2026-11-01T06:00:00Z'))).toBe(1);
    expect((await store.ofSchool('school-1')).map((entry) => entry.subjectId).sort()).toEqual(['cc', 'dd']);
    // Run again the same day: nothing more.
    expect(await pass.pass(new Date('2026-11-01T18:00:00Z'))).toBe(0);

    // The held record stays past its term; its hold lifted, it is due (the API then removes it).
    const held = (await store.setHold(record('dd', '')._id, false, ''))!;
    expect(held.legalHold).toBe(false);
    await store.remove(held, new Date('2026-11-02T09:00:00Z'));
    expect((await store.ofSchool('school-1')).map((entry) => entry.subjectId)).toEqual(['cc']);
    expect(await store.removals.countDocuments({ schoolId: 'school-1' })).toBe(3);
  });

  it('keeps a record\'s file apart from its summary, and removes a file its removal left behind (a crash between)', async () => {
    const kept = record('ff', '2026-11-05');
    expect(await store.keep({ ...kept, fileText: '{"record":"ff"}' })).toBe(true);
    // Listings read the summaries: the file is not in them.
    expect(await store.records.findById(kept._id).lean()).not.toHaveProperty('fileText');
    expect((await store.record(kept._id))?.fileText).toBe('{"record":"ff"}');
    // Kept again (an archiving retried after a crash): nothing new, the file as it was.
    expect(await store.keep({ ...kept, fileText: '{"record":"ff"}' })).toBe(false);
    expect(await store.files.countDocuments({ _id: kept._id })).toBe(1);
    // Another record for a place already taken: not kept, and its file does not stay.
    const rival = { ...record('f2', '2026-11-05'), place: kept.place };
    expect(await store.keep(rival)).toBe(false);
    expect(await store.files.countDocuments({ _id: rival._id })).toBe(0);

    // The removal cut short after the record went: the next pass (over the same days) removes the file.
    await store.records.deleteOne({ _id: kept._id });
    const pass = new RetentionPass(store, testLogger('archive'));
    await pass.pass(new Date('2026-11-07T06:00:00Z'));
    expect(await store.files.countDocuments({ _id: kept._id })).toBe(0);
    // The files of records still kept stay (cc: not yet due; dd was removed with its file above).
    expect(await store.files.countDocuments({ _id: record('cc', '')._id })).toBe(1);
    expect(await store.files.countDocuments({ _id: record('dd', '')._id })).toBe(0);
  });

  it('never removes a held record, even when asked to', async () => {
    const kept = record('ee', '2020-01-01', true);
    await store.keep(kept);
    await store.remove(kept, new Date());
    expect(await store.summary(kept._id)).toMatchObject({ legalHold: true });
  });
});

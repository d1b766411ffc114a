// Roles that follow the school's structure (issue #11), kept from curriculum's facts against the real
// server: a class teacher appointed in place of another moves the right; a source's facts arriving
// again or out of order change nothing; a redelivery after a crash between the writes finishes the job.
import mongoose from 'mongoose';
import { freshDatabase } from '@ejournal/testing';
import { classTeacherGrants, substituteGrants, teachingGrants } from '../src/domain/derived-grants';
import { DerivedGrants } from '../src/read-models/derived-grants';

describe('grants derived from the school structure', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let grants: DerivedGrants;

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('derived_grants'));
    grants = new DerivedGrants(connection);
  });
  afterAll(async () => drop());

  it('gives class_teacher to the appointed teacher and takes it from the previous one (002 §3.4), telling who lost it', async () => {
    expect(await grants.apply('class-teacher:5A', 'S1', 1, classTeacherGrants('S1', { classId: '5A', classTeacherId: 'SMIRNOVA' }))).toEqual([]);
    expect(await grants.of('SMIRNOVA')).toEqual([{ role: 'class_teacher', schoolId: 'S1', classId: '5A', source: 'class-teacher:5A' }]);
    // Another appointed: the right moves; Smirnova's tokens are to be refused.
    expect(await grants.apply('class-teacher:5A', 'S1', 2, classTeacherGrants('S1', { classId: '5A', classTeacherId: 'POPOVA' }))).toEqual(['SMIRNOVA']);
    expect(await grants.of('SMIRNOVA')).toEqual([]);
    expect(await grants.of('POPOVA')).toEqual([{ role: 'class_teacher', schoolId: 'S1', classId: '5A', source: 'class-teacher:5A' }]);
    // The first fact again (redelivered late): nothing goes back.
    expect(await grants.apply('class-teacher:5A', 'S1', 1, classTeacherGrants('S1', { classId: '5A', classTeacherId: 'SMIRNOVA' }))).toEqual([]);
    expect(await grants.of('SMIRNOVA')).toEqual([]);
  });

  it('gives subject_teacher for what the load and the timetable say each teacher teaches, each source on its own (002 §3.5)', async () => {
    const load = teachingGrants('S1', [
      { teacherId: 'SMIRNOVA', classId: '5A', groupId: '', subjectId: 'math' },
      { teacherId: 'KUZNETSOV', classId: '5A', groupId: 'G1', subjectId: 'eng' },
    ]);
    await grants.apply('load:Y1', 'S1', 1, load);
    await grants.apply('timetable:5A', 'S1', 1, teachingGrants('S1', [{ teacherId: 'SMIRNOVA', classId: '5A', groupId: '', subjectId: 'math' }]));
    expect(await grants.of('KUZNETSOV')).toEqual([{ role: 'subject_teacher', schoolId: 'S1', classId: '5A', subjectId: 'eng', groupId: 'G1', source: 'load:Y1' }]);
    // The load no longer gives Smirnova mathematics, the timetable still does: she keeps it by the timetable.
    expect(await grants.apply('load:Y1', 'S1', 2, teachingGrants('S1', [{ teacherId: 'KUZNETSOV', classId: '5A', groupId: 'G1', subjectId: 'eng' }]))).toEqual(['SMIRNOVA']);
    expect((await grants.of('SMIRNOVA')).filter((grant) => grant.role === 'subject_teacher')).toEqual([{ role: 'subject_teacher', schoolId: 'S1', classId: '5A', subjectId: 'math', source: 'timetable:5A' }]);
  });

  it('gives a substitute the lesson’s class and subject until a week after it (000 §9.1)', async () => {
    await grants.apply('substitution:L1', 'S1', 2, substituteGrants({ schoolId: 'S1', classId: '5A', groupId: '', subjectId: 'rus', substituteTeacherId: 'IVANOV', date: '2026-11-02' }));
    expect(await grants.of('IVANOV')).toEqual([{ role: 'subject_teacher', schoolId: 'S1', classId: '5A', subjectId: 'rus', until: '2026-11-09', source: 'substitution:L1' }]);
    // The substitution withdrawn: the grant goes.
    expect(await grants.apply('substitution:L1', 'S1', 3, substituteGrants({ schoolId: 'S1', classId: '5A', groupId: '', subjectId: 'rus', substituteTeacherId: '', date: '2026-11-02' }))).toEqual(['IVANOV']);
    expect(await grants.of('IVANOV')).toEqual([]);
  });

  it('finishes the people’s part when the same fact comes again after a crash between the writes', async () => {
    // The source's new version is stored, but the process died before the people's documents changed.
    const sources = connection.model('SourceGrants');
    await grants.apply('class-teacher:6B', 'S1', 1, classTeacherGrants('S1', { classId: '6B', classTeacherId: 'ORLOVA' }));
    await sources.updateOne({ _id: 'class-teacher:6B' }, { $set: { sourceVersion: 2, former: ['ORLOVA'], persons: [{ personId: 'BELOVA', grants: [{ role: 'class_teacher', schoolId: 'S1', classId: '6B' }] }] } });
    expect(await grants.of('BELOVA')).toEqual([]);
    // The redelivery of version 2.
    expect(await grants.apply('class-teacher:6B', 'S1', 2, classTeacherGrants('S1', { classId: '6B', classTeacherId: 'BELOVA' }))).toEqual(['ORLOVA']);
    expect(await grants.of('ORLOVA')).toEqual([]);
    expect(await grants.of('BELOVA')).toEqual([{ role: 'class_teacher', schoolId: 'S1', classId: '6B', source: 'class-teacher:6B' }]);
  });
});

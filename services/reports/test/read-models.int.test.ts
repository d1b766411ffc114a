// The reports' read models on the real database (FerretDB locally): events delivered twice, late or out of
// order leave the same models (at-least-once delivery), and the store's indexed reads find them — a
// lesson's plan and record arriving in either order, a lesson moved to another week carrying its record,
// a mark changed then a stale revision redelivered, a period closed then a late older reopening.
import { syncIndexes } from '@ejournal/kit';
import type { EventEnvelope, EventType } from '@ejournal/contracts';
import { freshDatabase } from '@ejournal/testing';
import { classMonthId } from '../src/domain/absences';
import { keepReadModels } from '../src/events/read-models.consumer';
import { ReportsStore } from '../src/store/reports.store';

let sequence = 0;
function event<T extends EventType>(type: T, payload: unknown, aggregateVersion = 1, schoolId = 'school-1'): EventEnvelope<T> {
  return { id: `e${++sequence}`, type, occurredAt: new Date(Date.UTC(2026, 8, 15, 10, sequence)), producer: type.split('.')[0], schoolId, aggregateId: 'a', aggregateVersion, traceparent: '', tracestate: '', payload: payload as EventEnvelope<T>['payload'] };
}
const lesson = (over: Record<string, unknown> = {}) => ({ id: 'lesson-1', schoolId: 'school-1', yearId: 'y1', periodId: 'q1', classId: 'class-1', groupId: '', subjectId: 'math', teacherId: 't1', substituteTeacherId: '', roomId: '', date: '2026-09-15', number: 1, startsAt: '08:30', endsAt: '09:15', status: 'planned', origin: 'timetable', version: '1', ...over });
const mark = (over: Record<string, unknown> = {}) => ({ markId: 'm1', lessonId: 'lesson-1', classId: 'class-1', subjectId: 'math', periodId: 'q1', studentId: 'p1', date: '2026-09-15', values: [4], passFail: '', workKind: 'test', weight: 1, removed: false, revision: 1, comment: '', ...over });

describe('the reports’ read models kept from the bus', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let store: ReportsStore;
  let handle: ReturnType<typeof keepReadModels>;

  beforeAll(async () => {
    database = await freshDatabase('reports_read_models');
    store = new ReportsStore(database.connection);
    await syncIndexes(database.connection);
    handle = keepReadModels(store);
  });
  afterAll(async () => database?.drop());

  it('keeps a lesson’s record that came before its plan, and moves both with the lesson to another week', async () => {
    const recorded = event('gradebook.lesson.recorded', { lessonId: 'lesson-1', classId: 'class-1', groupId: '', subjectId: 'math', date: '2026-09-15', teacherId: 't1', topic: 'Дроби', homework: '', noHomework: true, individualHomework: [], version: '2', files: [], remarks: [] });
    await handle(recorded);
    await handle(event('curriculum.lessons.planned', { classId: 'class-1', lessons: [lesson()] }));
    await handle(recorded);
    const [week] = await store.weeksOfSchool('school-1', ['2026-09-14']);
    expect(week.lessons).toEqual([expect.objectContaining({ lessonId: 'lesson-1', topic: true, homework: true, planVersion: 1, recordVersion: 2, endsAt: '09:15' })]);
    const topicAt = week.lessons[0].topicAt;

    const moved = event('curriculum.lesson.changed', { change: 'moved', lesson: lesson({ date: '2026-09-22', version: '2' }), previousDate: '2026-09-15' });
    await handle(moved);
    await handle(moved);
    expect((await store.weeksOfSchool('school-1', ['2026-09-14']))[0].lessons).toEqual([]);
    const [next] = await store.weeksOfSchool('school-1', ['2026-09-21']);
    expect(next.lessons).toEqual([expect.objectContaining({ lessonId: 'lesson-1', date: '2026-09-22', topic: true, topicAt, planVersion: 2 })]);
    // The region's read by week finds it too.
    expect((await store.weeksOfRegion(['2026-09-21'])).map((item) => item.classId)).toEqual(['class-1']);
  });

  it('files a transfer in the movement lists of both classes once however often it comes, and a change of groups in neither', async () => {
    const placement = { classId: 'class-4', groupId: '', subjectId: '', from: '2026-10-12', until: '' };
    const transfer = event('curriculum.enrolment.changed', { yearId: 'y1', studentId: 'p7', movementId: 'mv-1', kind: 'TRANSFER', date: '2026-10-12', fromClassId: 'class-3', toClassId: 'class-4', placements: [placement], orderNumber: '№ 47-у' }, 3);
    await handle(transfer);
    await handle(transfer);
    await handle(event('curriculum.enrolment.changed', { yearId: 'y1', studentId: 'p7', movementId: '', kind: 'GROUP', date: '2026-10-13', fromClassId: '', toClassId: '', placements: [placement, { ...placement, groupId: 'g1' }], orderNumber: '' }, 4));
    for (const classId of ['class-3', 'class-4']) {
      expect((await store.classMovements.find(classId))!.movements).toEqual([{ movementId: 'mv-1', kind: 'TRANSFER', studentId: 'p7', date: '2026-10-12', fromClassId: 'class-3', toClassId: 'class-4', orderNumber: '№ 47-у' }]);
    }
  });

  it('plans a timetable’s many lessons week by week, the same however often the event comes', async () => {
    const planned = event('curriculum.lessons.planned', { classId: 'class-2', lessons: [lesson({ id: 'a', classId: 'class-2', date: '2026-10-05' }), lesson({ id: 'b', classId: 'class-2', date: '2026-10-07' }), lesson({ id: 'c', classId: 'class-2', date: '2026-10-13' })] });
    await handle(planned);
    await handle(planned);
    const weeks = await store.weeksOfSchool('school-1', ['2026-10-05', '2026-10-12']);
    expect(weeks.filter((week) => week.classId === 'class-2').map((week) => [week.week, week.lessons.map((line) => line.lessonId)])).toEqual([['2026-10-05', ['a', 'b']], ['2026-10-12', ['c']]]);
    expect(weeks.find((week) => week.week === '2026-10-05')!.version).toBe(1);
  });

  it('keeps the newest revision of a mark however often and in whatever order it comes', async () => {
    const changed = event('gradebook.mark.changed', mark({ values: [5], revision: 2 }));
    await handle(changed);
    await handle(event('gradebook.mark.set', mark()));
    await handle(changed);
    await handle(event('gradebook.mark.set', mark({ markId: 'm2', studentId: 'p2' })));
    await handle(event('gradebook.final.set', { classId: 'class-1', groupId: '', subjectId: 'math', periodId: 'q1', studentId: 'p1', value: 5, kind: 'period', notAttested: false }, 9));
    const docs = await store.pupilMarks.findWhere({ classId: 'class-1', periodId: 'q1' });
    const p1 = docs.find((doc) => doc.studentId === 'p1')!;
    expect(p1.marks).toEqual([expect.objectContaining({ markId: 'm1', values: [5], revision: 2 })]);
    expect(p1.final).toMatchObject({ value: 5, pageVersion: 9 });
    expect((await store.markCounts('school-1', 'q1')).map((count) => [count.studentId, count.counted]).sort()).toEqual([['p1', 1], ['p2', 1]]);
    await handle(event('gradebook.mark.removed', mark({ removed: true, revision: 3 })));
    expect((await store.markCounts('school-1', 'q1')).find((count) => count.studentId === 'p1')!.counted).toBe(0);
  });

  it('keeps the newest revision of an absence however often and in whatever order it comes', async () => {
    const absence = (over: Record<string, unknown> = {}) => ({ lessonId: 'lesson-7', classId: 'class-9', subjectId: 'math', date: '2026-10-06', studentId: 'p1', code: 'Н', revision: 1, ...over });
    const corrected = event('attendance.absence.corrected', absence({ code: 'Б', revision: 2 }));
    await handle(corrected);
    await handle(event('attendance.absence.recorded', absence()));
    await handle(corrected);
    const kept = await store.classMonths.find(classMonthId('class-9', '2026-10-06'));
    expect(kept?.absences).toEqual([expect.objectContaining({ lessonId: 'lesson-7', studentId: 'p1', code: 'Б', revision: 2 })]);
    const version = kept?.version;
    await handle(corrected);
    expect((await store.classMonths.find(classMonthId('class-9', '2026-10-06')))?.version).toBe(version);
  });

  it('knows a period closed, whatever order the closure and a stale reopening come in', async () => {
    const period = { id: 'q1', name: '1 четверть', scheme: 'QUARTERS', number: 1, startsOn: '2026-09-01', endsOn: '2026-10-24', closedOn: '' };
    await handle(event('curriculum.period.closed', { yearId: 'y1', period }, 5));
    await handle(event('curriculum.year.opened', { yearId: 'y1', startsOn: '2026-09-01', endsOn: '2027-05-26', periods: [period] }, 1));
    await handle(event('curriculum.period.reopened', { yearId: 'y1', period, reason: 'ошибка' }, 4));
    const [year] = await store.schoolYears('school-1');
    expect(year.periods).toEqual([expect.objectContaining({ id: 'q1', closed: true, stateVersion: 5 })]);
    expect(year.endsOn).toBe('2027-05-26');
  });

  it('keeps a school’s names and rules, each only from a newer version', async () => {
    await handle(event('curriculum.school.registered', { schoolId: 'school-1', name: 'МОУ «Школа № 5»', shortName: 'Школа № 5', municipality: 'г. Пермь' }, 1));
    await handle(event('curriculum.subject.added', { schoolId: 'school-1', subjectId: 'math', name: 'Математика', shortName: 'Мат.' }, 2));
    await handle(event('curriculum.subject.added', { schoolId: 'school-1', subjectId: 'math', name: 'Математика', shortName: 'Мат.' }, 2));
    const school = (await store.schools.find('school-1'))!;
    expect(school).toMatchObject({ shortName: 'Школа № 5', municipality: 'г. Пермь', subjects: [{ subjectId: 'math', name: 'Математика' }] });
    expect((await store.allSchools()).map((item) => item._id)).toEqual(['school-1']);
  });
});

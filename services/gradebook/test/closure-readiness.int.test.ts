// Before a period is closed the administrator sees what it leaves incomplete (issue #16). Against the
// real server, through the gradebook's API as it serves it, fed curriculum's events: a page with a
// lesson held without a topic, a pupil without a final and a mark's change request pending is reported
// with exactly those; a complete page of the same period is counted, not listed. The call only reads
// (by indexed keys); the school's administration and the platform's services get an answer, a teacher
// is refused, and another school's administrator hears what they would for a period that is not there.
import { randomUUID } from 'node:crypto';
import type { curriculumV1, EventEnvelope, gradebookV1 } from '@ejournal/contracts';
import { servicePrincipal, syncIndexes, toServiceError, type CallContext, type Principal } from '@ejournal/kit';
import { freshDatabase } from '@ejournal/testing';
import { Metadata, status } from '@grpc/grpc-js';
import type mongoose from 'mongoose';
import { gradebookApi } from '../src/api/gradebook.api';
import { derivedPageId } from '../src/domain/page-id';
import { keepCurriculum } from '../src/events/curriculum.consumer';
import { JournalStore } from '../src/store/journal.store';

describe('what a period leaves incomplete before it is closed', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let store: JournalStore;
  let handlers: ReturnType<typeof gradebookApi>['handlers'];

  const SCHOOL = randomUUID();
  const OTHER_SCHOOL = randomUUID();
  const YEAR = randomUUID();
  const PERIOD = randomUUID();
  const CLASS = randomUUID();
  const TEACHER = randomUUID();
  const [P1, P2] = [randomUUID(), randomUUID()].sort();

  const call = (principal: Principal): CallContext => ({ principal, metadata: new Metadata(), clientAddress: '' });
  const administrator = call({ subject: 'admin', grants: [{ role: 'school_admin', schoolId: SCHOOL }] });
  const otherAdministrator = call({ subject: 'other-admin', grants: [{ role: 'school_admin', schoolId: OTHER_SCHOOL }] });
  const teacher = call({ subject: 'teacher', personId: TEACHER, grants: [{ role: 'subject_teacher', schoolId: SCHOOL, classId: CLASS, subjectId: 'math' }] });
  const readiness = (as: CallContext, request: Partial<gradebookV1.ClosureReadinessRequest__Output> = {}) =>
    handlers.GetClosureReadiness({ schoolId: SCHOOL, yearId: YEAR, periodId: PERIOD, ...request }, as) as Promise<gradebookV1.ClosureReadiness>;
  const codeOf = async (promise: Promise<unknown>) => toServiceError(await promise.then(() => new Error('answered'), (error: unknown) => error)).code;

  const envelope = (type: string, payload: unknown, aggregateVersion = 1) =>
    ({ id: randomUUID(), type, occurredAt: new Date(), producer: 'curriculum', schoolId: SCHOOL, aggregateId: randomUUID(), aggregateVersion, traceparent: '', tracestate: '', payload }) as unknown as EventEnvelope<never>;
  const lesson = (id: string, subjectId: string, date: string) =>
    ({ id, schoolId: SCHOOL, yearId: YEAR, periodId: PERIOD, classId: CLASS, groupId: '', subjectId, teacherId: TEACHER, substituteTeacherId: '', roomId: '', date, number: 1, startsAt: '08:30', endsAt: '09:15', status: 'planned', origin: 'timetable', version: '1', grade: 5, pinned: false }) as curriculumV1.Lesson__Output;
  const enrolled = (studentId: string, rosterVersion: number) =>
    envelope('curriculum.enrolment.changed', { yearId: YEAR, studentId, movementId: '', kind: 'enrolled', date: '2026-09-01', fromClassId: '', toClassId: CLASS, placements: [{ classId: CLASS, groupId: '', subjectId: '', from: '2026-09-01', until: '' }] }, rosterVersion);

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('gradebook_readiness'));
    store = new JournalStore(connection);
    await syncIndexes(connection);
    handlers = gradebookApi(store).handlers;
    const handle = keepCurriculum(store);
    const settings = {
      periodSchemes: [],
      lowestMark: 2,
      highestMark: 5,
      workKinds: [{ code: 'answer', name: 'Ответ на уроке', weight: 1, written: false, markingDays: 1, workingDays: false }],
      rounding: { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 },
      workingWeekdays: [1, 2, 3, 4, 5],
      holidays: [],
      bellSchedules: [],
      // Every correction is a request the administrator decides.
      markCorrectionMinutes: 0,
      studyWeeksFirstGrade: 33,
      studyWeeks: 34,
      lastGrade: 11,
      version: '1',
      minimumMarks: { quarter: 3, trimester: 6, halfYear: 6, written: 1 },
      timeZone: 'Europe/Moscow',
    };
    await handle(envelope('curriculum.school.settings-changed', { schoolId: SCHOOL, settings }));
    const period = { id: PERIOD, name: '1 четверть', scheme: 'QUARTERS', number: 1, startsOn: '2026-09-01', endsOn: '2026-10-25', closedOn: '' };
    await handle(envelope('curriculum.year.opened', { yearId: YEAR, startsOn: '2026-09-01', endsOn: '2027-05-31', periods: [period] }));
    await handle(enrolled(P1, 1));
    await handle(enrolled(P2, 2));
    // Mathematics: two lessons (one will have no topic); Russian: one lesson, recorded, both pupils' finals set.
    await handle(envelope('curriculum.lessons.planned', { lessons: [lesson('M1', 'math', '2026-10-01'), lesson('M2', 'math', '2026-10-02'), lesson('R1', 'rus', '2026-10-01')] }));

    const record = (lessonId: string, topic: string) => handlers.RecordLesson({ lessonId, topicNumber: 0, topic, homework: '', noHomework: true, individualHomework: [], remarks: [] }, teacher);
    await record('M1', 'Обыкновенные дроби');
    await record('R1', 'Имя существительное');
    const { marks } = (await handlers.SetMarks({ lessonId: 'M1', marks: [{ studentId: P1, values: [5], passFail: '', workKind: 'answer', comment: '', explanation: '' }] }, teacher)) as gradebookV1.SetMarksResult__Output;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const corrected = (await handlers.CorrectMark({ lessonId: 'M1', markId: marks[0].id, values: [4], passFail: '', workKind: '', comment: '', remove: false, reason: 'ошибся при вводе' }, teacher)) as gradebookV1.CorrectMarkResult__Output;
    expect(corrected.changeRequest?.status).toBe('pending');
    const final = (subjectId: string, studentId: string, value: number) =>
      handlers.SetFinal({ page: { classId: CLASS, groupId: '', subjectId, periodId: PERIOD }, studentId, value, reason: 'отметок мало, работа на уроках', notAttested: false }, teacher);
    await final('math', P1, 5);
    await final('rus', P1, 4);
    await final('rus', P2, 4);
  });
  afterAll(async () => drop());

  it('reports exactly the lesson without a topic, the pupil without a final and the pending request', async () => {
    const writes: string[] = [];
    let reads = 0;
    for (const collection of [store.sheets.model.collection, store.pages.model.collection]) {
      for (const method of ['insertOne', 'insertMany', 'updateOne', 'updateMany', 'replaceOne', 'findOneAndUpdate', 'bulkWrite', 'deleteOne'] as const) {
        const original = (collection as any)[method];
        (collection as any)[method] = (...args: unknown[]) => (writes.push(`${collection.collectionName}.${method}`), original.apply(collection, args));
      }
      for (const method of ['find', 'findOne'] as const) {
        const original = (collection as any)[method];
        (collection as any)[method] = (...args: unknown[]) => (reads++, original.apply(collection, args));
      }
    }
    const answer = await readiness(administrator);
    expect(answer).toEqual({
      schoolId: SCHOOL,
      yearId: YEAR,
      periodId: PERIOD,
      closed: false,
      pages: [
        {
          pageId: derivedPageId(CLASS, '', 'math', PERIOD),
          classId: CLASS,
          groupId: '',
          subjectId: 'math',
          lessonsWithoutTopic: 1,
          datesWithoutTopic: ['2026-10-02'],
          studentsWithoutFinal: [P2],
          pendingMarkRequests: 1,
          pendingFinalRequests: 0,
        },
      ],
      totals: { pages: 2, incompletePages: 1, lessonsWithoutTopic: 1, studentsWithoutFinal: 1, pendingChangeRequests: 1 },
    });
    // Reads only: the period's pages in one read, each page's sheets in one.
    expect(writes).toEqual([]);
    expect(reads).toBe(3);
    // A service of the platform gets the same answer.
    expect(await readiness(call(servicePrincipal('curriculum')))).toEqual(answer);
  });

  it('refuses a teacher, and answers another school as it answers for a period that is not there', async () => {
    expect(await codeOf(readiness(teacher))).toBe(status.PERMISSION_DENIED);
    expect(await codeOf(readiness(otherAdministrator))).toBe(status.NOT_FOUND);
    // Another school's administrator naming their own school: this year and period are not theirs.
    expect(await codeOf(readiness(otherAdministrator, { schoolId: OTHER_SCHOOL }))).toBe(status.NOT_FOUND);
    expect(await codeOf(readiness(administrator, { periodId: randomUUID() }))).toBe(status.NOT_FOUND);
    expect(await codeOf(readiness(administrator, { yearId: randomUUID() }))).toBe(status.NOT_FOUND);
  });
});

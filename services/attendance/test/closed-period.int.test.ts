// A closed period locks its absences (003 §1.1: the journal is a legal document; 004 §4.1: after closing,
// changes only through the administrator). Against the real servers: curriculum's events come over the
// broker into attendance's consumer, and the calls go through attendance's gRPC server as the gateway
// makes them. The teacher is refused in the closed period, the class teacher too; the administrator
// corrects only with a reason, which the absence's history keeps; reopened, the teacher records again,
// and a closing delivered again after the reopening does not lock the period again.
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { attendancePackage, type attendanceV1, type curriculumV1, type EventEnvelope, type EventType } from '@ejournal/contracts';
import { callUnary, createGrpcClient, EventBus, Inbox, startGrpcServer, violationsOf, type Principal, type RunningGrpcServer } from '@ejournal/kit';
import { deleteEventNamespace, eventually, freshDatabase, freshNamespace, testCredentials, testLogger, testServers } from '@ejournal/testing';
import type mongoose from 'mongoose';
import { attendanceApi } from '../src/api/attendance.api';
import { CURRICULUM_EVENTS, keepCurriculum } from '../src/events/curriculum.consumer';
import { AttendanceStore } from '../src/store/attendance.store';

const SCHOOL = randomUUID();
const YEAR = randomUUID();
const CLASS = randomUUID();
const FIRST_QUARTER = randomUUID();
const SECOND_QUARTER = randomUUID();
const TEACHER = randomUUID();
const [PETROV, SIDOROVA] = [randomUUID(), randomUUID()];
// 12 October is in the first quarter (closed on 26 October), 16 November in the second (open).
const [OCTOBER, NOVEMBER] = [randomUUID(), randomUUID()];

const teacher: Principal = { subject: 'account-teacher', personId: TEACHER, grants: [{ role: 'subject_teacher', schoolId: SCHOOL, classId: CLASS, subjectId: 'math' }] };
const classTeacher: Principal = { subject: 'account-class-teacher', personId: randomUUID(), grants: [{ role: 'class_teacher', schoolId: SCHOOL, classId: CLASS }] };
const administrator: Principal = { subject: 'account-admin', personId: randomUUID(), grants: [{ role: 'school_admin', schoolId: SCHOOL }] };

const lesson = (id: string, periodId: string, date: string): curriculumV1.Lesson__Output => ({
  id,
  schoolId: SCHOOL,
  yearId: YEAR,
  periodId,
  classId: CLASS,
  groupId: '',
  subjectId: 'math',
  teacherId: TEACHER,
  substituteTeacherId: '',
  roomId: '',
  date,
  number: 2,
  startsAt: '09:00',
  endsAt: '09:45',
  status: 'planned',
  origin: 'timetable',
  version: '1',
  grade: 5,
  pinned: false,
});

const firstQuarter = (closedOn: string): curriculumV1.Period__Output => ({ id: FIRST_QUARTER, name: '1 четверть', scheme: 'QUARTERS', number: 1, startsOn: '2026-09-01', endsOn: '2026-10-24', closedOn });

function curriculumEvent<T extends EventType>(type: T, aggregateId: string, aggregateVersion: number, payload: EventEnvelope<T>['payload']): Omit<EventEnvelope<T>, 'traceparent' | 'tracestate'> {
  return { id: randomUUID(), type, occurredAt: new Date(), producer: 'curriculum', schoolId: SCHOOL, aggregateId, aggregateVersion, payload };
}

describe('absences of a closed period', () => {
  let db: { connection: mongoose.Connection; drop(): Promise<void> };
  let namespace: string;
  let bus: EventBus;
  let server: RunningGrpcServer;
  let client: InstanceType<ReturnType<typeof attendancePackage>['AttendanceService']>;
  let store: AttendanceStore;
  const handled = new Set<string>();
  const gateway = testCredentials('gateway');

  /** Publishes curriculum's event and waits until attendance's consumer has handled it. */
  const deliver = async (event: Omit<EventEnvelope, 'traceparent' | 'tracestate'>) => {
    await bus.publish(event);
    await eventually(async () => (handled.has(event.id) ? true : undefined), 15_000, `${event.type} to be handled`);
  };

  const record = (principal: Principal, lessonId: string, absences: Array<{ studentId: string; code: string }>) =>
    callUnary<attendanceV1.LessonAttendance__Output>('AttendanceService/RecordAttendance', (md, o, cb) => client.recordAttendance({ lessonId, absences }, md, o, cb), { principal, credentials: gateway });
  const correct = (principal: Principal, correction: Omit<attendanceV1.CorrectAbsenceRequest, 'lessonId' | 'studentId'>) =>
    callUnary<attendanceV1.Absence__Output>('AttendanceService/CorrectAbsence', (md, o, cb) => client.correctAbsence({ lessonId: OCTOBER, studentId: PETROV, ...correction }, md, o, cb), { principal, credentials: gateway });
  const refusal = (call: Promise<unknown>) => call.then(() => Promise.reject(new Error('the call was not refused')), (error: grpc.ServiceError) => error);

  beforeAll(async () => {
    db = await freshDatabase('attendance_closed');
    store = new AttendanceStore(db.connection);
    namespace = freshNamespace('attendance');
    bus = new EventBus({ url: testServers().amqpUrl, namespace, producer: 'curriculum', logger: testLogger('attendance'), retryDelaysMs: [100, 200] });
    const keep = keepCurriculum(store);
    // As main.ts wires it; the test also hears which events were handled.
    bus.subscribe(
      'attendance',
      [...CURRICULUM_EVENTS],
      async (event) => {
        await keep(event);
        handled.add(event.id);
      },
      new Inbox(db.connection, 'attendance'),
    );
    await bus.start();
    server = await startGrpcServer({ port: 0, logger: testLogger('attendance'), credentials: testCredentials('attendance'), services: [attendanceApi(store)] });
    server.setServing('SERVING');
    client = createGrpcClient(attendancePackage().AttendanceService, 'attendance', `127.0.0.1:${server.port}`, gateway);

    for (const studentId of [PETROV, SIDOROVA]) {
      await deliver(curriculumEvent('curriculum.enrolment.changed', `${CLASS}:${studentId}`, 1, { yearId: YEAR, studentId, movementId: randomUUID(), kind: 'enrolled', date: '2026-09-01', fromClassId: '', toClassId: CLASS, placements: [{ classId: CLASS, groupId: '', subjectId: '', from: '2026-09-01', until: '' }], orderNumber: '' }));
    }
    await deliver(curriculumEvent('curriculum.lessons.planned', CLASS, 1, { classId: CLASS, lessons: [lesson(OCTOBER, FIRST_QUARTER, '2026-10-12'), lesson(NOVEMBER, SECOND_QUARTER, '2026-11-16')] }));
  });

  afterAll(async () => {
    client?.close();
    await server?.shutdown(100);
    await bus?.stop();
    await deleteEventNamespace(namespace, ['attendance'], 2);
    await db?.drop();
  });

  let closing: Omit<EventEnvelope, 'traceparent' | 'tracestate'>;

  it('refuses the teacher’s attendance of a lesson once its period is closed, and keeps the next period open', async () => {
    expect((await record(teacher, OCTOBER, [{ studentId: PETROV, code: 'Н' }])).absences).toEqual([expect.objectContaining({ studentId: PETROV, code: 'Н', recordedBy: 'account-teacher' })]);

    closing = curriculumEvent('curriculum.period.closed', YEAR, 5, { yearId: YEAR, period: firstQuarter('2026-10-26') });
    await deliver(closing);

    const refused = await refusal(record(teacher, OCTOBER, [{ studentId: PETROV, code: 'Н' }, { studentId: SIDOROVA, code: 'О' }]));
    expect(refused.code).toBe(grpc.status.FAILED_PRECONDITION);
    expect(refused.details).toBe('1 четверть закрыта 26.10.2026: пропуски этого периода меняет только администратор, с указанием причины');
    expect((await record(teacher, NOVEMBER, [{ studentId: SIDOROVA, code: 'Н' }])).absences).toHaveLength(1);
  });

  it('refuses the class teacher’s correction in the closed period', async () => {
    const refused = await refusal(correct(classTeacher, { code: 'Б', documentKind: 'справка', documentNumber: '0457', documentDate: '2026-10-14', reason: '' }));
    expect(refused.code).toBe(grpc.status.FAILED_PRECONDITION);
    expect(refused.details).toMatch(/^1 четверть закрыта 26\.10\.2026: пропуски этого периода меняет только администратор/);
  });

  it('takes the administrator’s correction only with a reason, and keeps who, when and why in the history', async () => {
    const withoutReason = await refusal(correct(administrator, { code: 'Б', documentKind: 'справка', documentNumber: '0457', documentDate: '2026-10-14', reason: '  ' }));
    expect(withoutReason.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(violationsOf(withoutReason)).toEqual({ reason: 'обязательное поле' });

    const before = Date.now();
    const corrected = await correct(administrator, { code: 'Б', documentKind: 'справка', documentNumber: '0457', documentDate: '2026-10-14', reason: 'справка принесена после закрытия четверти, служебная записка № 7' });
    expect(corrected).toMatchObject({ code: 'Б', documentNumber: '0457', recordedBy: 'account-admin', revision: 2 });
    expect(Number(corrected.recordedAt!.seconds) * 1000).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(corrected.history).toEqual([expect.objectContaining({ code: 'Н', changedBy: 'account-teacher', reason: 'справка принесена после закрытия четверти, служебная записка № 7' })]);

    // As stored: the monthly sheet shows the corrected absence with its history, and the change is on its way to the other services.
    const sheet = await store.sheetOfLesson(OCTOBER);
    expect(sheet!.absences.find((absence) => absence.lessonId === OCTOBER && absence.studentId === PETROV)).toMatchObject({ code: 'Б', recordedBy: 'account-admin', history: [expect.objectContaining({ code: 'Н' })] });
    const stored = await db.connection.collection('class_months').findOne({ _id: sheet!._id as never });
    expect(stored!.pendingEvents).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'attendance.absence.corrected' })]));
  });

  it('lets the teacher record again once the period is reopened, and a closing delivered again after that does not lock it', async () => {
    await deliver(curriculumEvent('curriculum.period.reopened', YEAR, 6, { yearId: YEAR, period: firstQuarter(''), reason: 'исправление ошибки, служебная записка № 8' }));
    expect((await record(teacher, OCTOBER, [{ studentId: PETROV, code: 'Б' }, { studentId: SIDOROVA, code: 'О' }])).absences).toHaveLength(2);

    // The same closing again (the inbox drops it) and a late copy of it under another id (the year's version drops it).
    await bus.publish(closing);
    await deliver({ ...closing, id: randomUUID() });
    expect(await store.periods.find(FIRST_QUARTER)).toMatchObject({ closedOn: '', closureVersion: 6 });
    expect((await record(teacher, OCTOBER, [{ studentId: PETROV, code: 'Б' }])).absences).toEqual([expect.objectContaining({ studentId: PETROV, code: 'Б' })]);
  });
});

import { createLogger, FailedPrecondition, InvalidArgument, toServiceError, type DomainError, type Principal } from '@ejournal/kit';
import { Metadata } from '@grpc/grpc-js';
import request from 'supertest';
import type { AccessTokenVerifier } from '../src/access-tokens';
import { createApp } from '../src/app';
import { DEFAULT_WEB_ROOT } from '../src/config';
import { describeApi } from '../src/openapi';
import type { Upstream } from '../src/upstream';

// The curriculum routes against a stand-in upstream: what each route forwards, how it answers, what it refuses before calling.
const SCHOOL = '0b7a7a52-3b1e-4c55-9d0e-6f2a1c9e0a01';
const OTHER_SCHOOL = '5d0e7f52-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const YEAR = '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5';
const CLASS = '2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5a6';
const LESSON = '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7';
const STUDENT = '4f5a6b7c-8d9e-4fa0-b1c2-d3e4f5a6b7c8';
const OTHER_STUDENT = '5a6b7c8d-9eaf-40b1-c2d3-e4f5a6b7c8d9';
const TEACHER = '6b7c8d9e-af01-42c3-d4e5-f6a7b8c9d0e1';

const PRINCIPALS: Record<string, Principal> = {
  admin: { subject: 'a-admin', grants: [{ role: 'school_admin', schoolId: SCHOOL }] },
  deputy: { subject: 'a-deputy', grants: [{ role: 'deputy_director', schoolId: SCHOOL }] },
  teacher: { subject: 'a-teacher', personId: TEACHER, grants: [{ role: 'subject_teacher', schoolId: SCHOOL, classId: CLASS, subjectId: 'math' }] },
  parent: { subject: 'a-parent', grants: [{ role: 'parent', schoolId: SCHOOL, childId: STUDENT }] },
  student: { subject: 'a-student', personId: STUDENT, grants: [{ role: 'student', schoolId: SCHOOL, personId: STUDENT }] },
};

interface Call {
  name: string;
  method: string;
  request: unknown;
  principal: Principal;
}

function harness() {
  const calls: Call[] = [];
  const replies: Record<string, unknown> = {};
  let failure: DomainError | undefined;
  let pending: Omit<Call, 'method' | 'request'> | undefined;
  const curriculum = new Proxy(
    {},
    {
      get: (_target, method: string) => (req: unknown, _md: unknown, _options: unknown, callback: (error: unknown, value?: unknown) => void) => {
        calls.push({ ...pending!, method, request: req });
        // A refusal arrives as the service's library sends it (status, details, field violations in metadata).
        if (failure) callback(Object.assign(new Error(failure.message), toServiceError(failure)));
        else callback(null, replies[method] ?? {});
      },
    },
  );
  const upstream = {
    curriculum,
    identity: {},
    health: {},
    call: (caller: { principal: Principal }, name: string, invoke: (md: unknown, options: unknown, cb: (error: unknown, value?: unknown) => void) => unknown) =>
      new Promise((resolve, reject) => {
        pending = { name, principal: caller.principal };
        invoke(new Metadata(), {}, (error, value) => (error ? reject(error) : resolve(value)));
      }),
  } as unknown as Upstream;
  const verifier = { verify: async (token: string) => PRINCIPALS[token] } as unknown as AccessTokenVerifier;
  const logger = createLogger('gateway');
  logger.silent = true;
  const app = createApp({ upstream, logger, verifier, isReady: () => true, limits: { perMinute: 10_000, authPerMinute: 100 }, webRoot: DEFAULT_WEB_ROOT });
  return {
    app,
    calls,
    replies,
    fail: (error: DomainError) => (failure = error),
    as: (who: keyof typeof PRINCIPALS) => ({ Authorization: `Bearer ${who}` }),
  };
}

describe('curriculum routes of the gateway', () => {
  it('lists every route it serves in the OpenAPI document', () => {
    const { app } = harness();
    type Listed = { path: string | RegExp; methods?: string[]; router?: { listRoutes(): Listed[] } };
    const served: string[] = [];
    const walk = (prefix: string, routes: Listed[]) => {
      for (const route of routes) {
        const path = `${prefix}${route.path === '/' ? '' : String(route.path)}`;
        if (route.router) walk(path, route.router.listRoutes());
        else for (const method of route.methods ?? []) if (method !== 'HEAD') served.push(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
      }
    };
    walk('', (app as unknown as { router: { listRoutes(): Listed[] } }).router.listRoutes());
    expect(served.length).toBeGreaterThan(60);
    const paths = describeApi(app).paths as Record<string, Record<string, unknown>>;
    expect(served.filter((route) => !paths[route.split(' ')[1]]?.[route.split(' ')[0].toLowerCase()])).toEqual([]);
  });

  it('forwards a week of a class and answers with versions as numbers', async () => {
    const { app, calls, replies, as } = harness();
    replies.listClassLessons = { lessons: [{ id: LESSON, classId: CLASS, date: '2026-09-07', number: 1, status: 'planned', version: '3' }] };
    const response = await request(app).get(`/api/v1/classes/${CLASS}/lessons?week=2026-09-09`).set(as('teacher'));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ lessons: [{ id: LESSON, classId: CLASS, date: '2026-09-07', number: 1, status: 'planned', version: 3 }] });
    expect(calls).toEqual([{ name: 'CurriculumService/ListClassLessons', method: 'listClassLessons', request: { classId: CLASS, weekOf: '2026-09-09' }, principal: PRINCIPALS.teacher }]);
  });

  it('turns timestamps into ISO strings, nested ones too, and keeps an unset one null', async () => {
    const { app, replies, as } = harness();
    replies.getCurriculum = { yearId: YEAR, grade: 5, lines: [], status: 'approved', approvedAt: { seconds: '1788220800', nanos: 500_000_000 }, version: '2' };
    replies.getStudentHistory = { studentId: STUDENT, movements: [{ id: 'm', kind: 'ENROL', recordedAt: { seconds: '0', nanos: 0 } }, { id: 'n', recordedAt: null }], placements: [] };
    const curriculum = await request(app).get(`/api/v1/years/${YEAR}/curriculum/5`).set(as('deputy'));
    expect(curriculum.body).toMatchObject({ approvedAt: '2026-09-01T00:00:00.500Z', version: 2 });
    const history = await request(app).get(`/api/v1/schools/${SCHOOL}/students/${STUDENT}/history`).set(as('admin'));
    expect(history.body.movements).toEqual([{ id: 'm', kind: 'ENROL', recordedAt: '1970-01-01T00:00:00.000Z' }, { id: 'n', recordedAt: null }]);
  });

  it('answers a malformed id in the path as a missing object, without calling the service', async () => {
    const { app, calls, as } = harness();
    for (const path of [`/api/v1/years/not-a-uuid`, `/api/v1/lessons/${LESSON.toUpperCase()}`, `/api/v1/years/${YEAR}/curriculum/13`, `/api/v1/classes/${CLASS}/subjects/Math!/lessons`]) {
      const response = await request(app).get(path).set(as('admin'));
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.type).toBe('urn:ejournal:problem:not-found');
    }
    expect((await request(app).post('/api/v1/lessons/x/cancel').set(as('deputy')).send({ reason: 'болезнь' })).body.detail).toBe('урок не найден');
    expect(calls).toEqual([]);
  });

  it('takes regional subject ids in the path', async () => {
    const { app, calls, as } = harness();
    const response = await request(app).get(`/api/v1/classes/${CLASS}/subjects/math/lessons`).query({ periodId: YEAR }).set(as('teacher'));
    expect(response.status).toBe(200);
    expect(calls[0].request).toEqual({ classId: CLASS, subjectId: 'math', periodId: YEAR });
  });

  it('refuses a week, a date or an id in the query that is not one (400)', async () => {
    const { app, calls, as } = harness();
    expect((await request(app).get(`/api/v1/classes/${CLASS}/lessons?week=07.09.2026`).set(as('admin'))).status).toBe(400);
    expect((await request(app).get(`/api/v1/classes/${CLASS}/lessons?week=2026-02-30`).set(as('admin'))).status).toBe(400);
    expect((await request(app).get(`/api/v1/classes/${CLASS}/roster?date=2026-09-01&groupId=x`).set(as('admin'))).status).toBe(400);
    expect((await request(app).get(`/api/v1/years/${YEAR}/inspection?onDate=завтра`).set(as('deputy'))).body.errors).toEqual({ onDate: 'дата ГГГГ-ММ-ДД' });
    expect(calls).toEqual([]);
    // Absent, it is left to the service (its default).
    expect((await request(app).get(`/api/v1/classes/${CLASS}/roster`).set(as('admin'))).status).toBe(200);
    expect(calls[0].request).toEqual({ classId: CLASS, groupId: '', date: '' });
  });

  it('checks the school in the path exactly: 403 naming the right to a caller who sees the school, "not found" to others (issue #11)', async () => {
    const { app, calls, as } = harness();
    const teacherConfiguring = await request(app).put(`/api/v1/schools/${SCHOOL}/settings`).set(as('teacher')).send({});
    expect(teacherConfiguring.status).toBe(403);
    expect(teacherConfiguring.body).toMatchObject({ detail: 'нет права «настройки школы»', permission: 'school.configure' });
    expect((await request(app).get(`/api/v1/schools/${OTHER_SCHOOL}/catalogue`).set(as('admin'))).status).toBe(404);
    expect((await request(app).get(`/api/v1/schools/${SCHOOL}/catalogue`).set(as('parent'))).status).toBe(404);
    expect(calls).toEqual([]);
    expect((await request(app).get(`/api/v1/schools/${SCHOOL}/catalogue`).set(as('teacher'))).status).toBe(200);
  });

  it('shows a student timetable to the parent of that child and to the student, to nobody else of theirs', async () => {
    const { app, calls, as } = harness();
    expect((await request(app).get(`/api/v1/schools/${SCHOOL}/students/${STUDENT}/timetable?week=2026-09-07`).set(as('parent'))).status).toBe(200);
    expect((await request(app).get(`/api/v1/schools/${SCHOOL}/students/${STUDENT}/timetable`).set(as('student'))).status).toBe(200);
    expect((await request(app).get(`/api/v1/schools/${SCHOOL}/students/${OTHER_STUDENT}/timetable`).set(as('parent'))).status).toBe(404);
    expect((await request(app).get(`/api/v1/schools/${SCHOOL}/students/${OTHER_STUDENT}/timetable`).set(as('student'))).status).toBe(404);
    expect(calls.map((call) => call.request)).toEqual([
      { schoolId: SCHOOL, studentId: STUDENT, weekOf: '2026-09-07' },
      { schoolId: SCHOOL, studentId: STUDENT, weekOf: '' },
    ]);
  });

  it('lets a role that may do the action (or see what it changes) somewhere through where the path places nothing; the service decides', async () => {
    const { app, calls, as } = harness();
    expect((await request(app).get(`/api/v1/years/${YEAR}/inspection`).set(as('parent'))).status).toBe(404);
    expect((await request(app).post(`/api/v1/years/${YEAR}/periods/${CLASS}/reopen`).set(as('parent')).send({ reason: 'ошибка' })).status).toBe(404);
    expect(calls).toEqual([]);
    expect((await request(app).post(`/api/v1/lessons/${LESSON}/cancel`).set(as('deputy')).send({ reason: 'болезнь' })).status).toBe(200);
    expect(calls[0]).toMatchObject({ name: 'CurriculumService/CancelLesson', request: { lessonId: LESSON, reason: 'болезнь' } });
    // A teacher reads the timetable: the service, which knows the lesson, says 403 or 404.
    await request(app).post(`/api/v1/lessons/${LESSON}/cancel`).set(as('teacher')).send({ reason: 'болезнь' });
    expect(calls[1]).toMatchObject({ name: 'CurriculumService/CancelLesson', principal: { subject: 'a-teacher' } });
  });

  it('checks bodies and names every wrong field in Russian', async () => {
    const { app, calls, as } = harness();
    const response = await request(app)
      .put(`/api/v1/classes/${CLASS}/timetable`)
      .set(as('deputy'))
      .send({ validFrom: '2026-09-01', validTo: '31.05.2027', entries: [{ weekday: 1.5, lessonNumber: 1, subjectId: 'math' }] });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual({
      validTo: 'дата ГГГГ-ММ-ДД: действует по',
      'entries.0.weekday': 'целое число: день недели (1 — понедельник)',
      'entries.0.teacherId': 'строка: учитель',
    });
    const movement = await request(app).post(`/api/v1/years/${YEAR}/movements`).set(as('admin')).send({ kind: 'ARRIVE', studentId: STUDENT, date: '2026-09-01', orderNumber: '12-у' });
    expect(movement.body.errors.kind).toContain('ENROL');
    expect((await request(app).post(`/api/v1/years/${YEAR}/transition`).set(as('admin')).send('dryRun=true')).status).toBe(400);
    expect(calls).toEqual([]);
  });

  it('creates with 201 and a location, forwarding the body in the proto shape', async () => {
    const { app, calls, replies, as } = harness();
    replies.createClass = { id: CLASS, yearId: YEAR, grade: 5, letter: 'А', name: '5А', shift: 1, groups: [], version: '1' };
    const response = await request(app).post(`/api/v1/years/${YEAR}/classes`).set(as('deputy')).send({ grade: 5, letter: 'А', extra: 'ignored' });
    expect(response.status).toBe(201);
    expect(response.headers.location).toBe(`/api/v1/classes/${CLASS}`);
    expect(response.body.version).toBe(1);
    expect(calls[0].request).toEqual({ yearId: YEAR, grade: 5, letter: 'А' });

    replies.recordMovement = { id: 'mv', kind: 'ENROL', recordedAt: { seconds: '1788220800', nanos: 0 } };
    const movement = await request(app)
      .post(`/api/v1/years/${YEAR}/movements`)
      .set(as('admin'))
      .send({ kind: 'ENROL', studentId: STUDENT, classId: CLASS, date: '2026-09-01', orderNumber: '12-у' });
    expect(movement.status).toBe(201);
    expect(movement.body.recordedAt).toBe('2026-09-01T00:00:00.000Z');
    expect(calls[1].request).toEqual({ yearId: YEAR, kind: 'ENROL', studentId: STUDENT, classId: CLASS, date: '2026-09-01', orderNumber: '12-у' });
  });

  it('forwards the path into the request: settings, curriculum key, transition, generation without a body', async () => {
    const { app, calls, as } = harness();
    await request(app).get(`/api/v1/schools/${SCHOOL}/settings`).set(as('teacher')).expect(200);
    await request(app).post(`/api/v1/years/${YEAR}/curriculum/11/approve`).set(as('deputy')).expect(200);
    await request(app).post(`/api/v1/years/${YEAR}/transition`).set(as('admin')).send({ toYearId: CLASS, dryRun: true }).expect(200);
    await request(app).post(`/api/v1/classes/${CLASS}/lessons/generate`).set(as('deputy')).expect(200);
    await request(app).put(`/api/v1/lessons/${LESSON}/substitution`).set(as('deputy')).send({ teacherId: '' }).expect(200);
    expect(calls.map(({ name, request }) => [name, request])).toEqual([
      ['CurriculumService/GetSchoolSettings', { id: SCHOOL }],
      ['CurriculumService/ApproveCurriculum', { yearId: YEAR, grade: 11 }],
      ['CurriculumService/TransitionYear', { fromYearId: YEAR, toYearId: CLASS, orderNumber: '', dryRun: true }],
      ['CurriculumService/GenerateLessons', { classId: CLASS, from: '', to: '' }],
      ['CurriculumService/SetSubstitution', { lessonId: LESSON, teacherId: '' }],
    ]);
  });

  it('imports CSV: 200 with the report when applied, 422 with it when not, 400 without CSV', async () => {
    const { app, calls, replies, as } = harness();
    replies.importRosters = { lines: 2, classesCreated: 1, studentsEnrolled: 1, timetablesSet: 0, errors: [], applied: true };
    const applied = await request(app).post(`/api/v1/years/${YEAR}/imports/rosters`).set(as('admin')).type('text/csv').send('Класс;Ученик\n5А;x\n');
    expect(applied.status).toBe(200);
    expect(applied.body.applied).toBe(true);
    replies.importTimetable = { lines: 2, errors: [{ line: 2, message: 'нет такого предмета' }], applied: false };
    const refused = await request(app).post(`/api/v1/years/${YEAR}/imports/timetable?validFrom=2026-09-01&validTo=2026-12-28`).set(as('deputy')).type('text/csv').send('Класс;День\n5А;Пн\n');
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ line: 2, message: 'нет такого предмета' }]);
    expect(calls.map((call) => call.request)).toEqual([
      { yearId: YEAR, csv: 'Класс;Ученик\n5А;x\n' },
      { yearId: YEAR, csv: 'Класс;День\n5А;Пн\n', validFrom: '2026-09-01', validTo: '2026-12-28' },
    ]);
    expect((await request(app).post(`/api/v1/years/${YEAR}/imports/rosters`).set(as('admin')).send({ csv: 'x' })).status).toBe(400);
    expect((await request(app).post(`/api/v1/years/${YEAR}/imports/timetable?validFrom=1.9.2026`).set(as('deputy')).type('text/csv').send('x')).status).toBe(400);
  });

  it("maps the service's refusals to problems with its field violations", async () => {
    const { app, fail, as } = harness();
    fail(new FailedPrecondition('1 четверть кончается 2026-10-24: закрыть его раньше нельзя'));
    const unconfirmed = await request(app).post(`/api/v1/years/${YEAR}/periods/${CLASS}/close`).set(as('admin'));
    expect(unconfirmed.status).toBe(400);
    const unconfirmedEmpty = await request(app).post(`/api/v1/years/${YEAR}/periods/${CLASS}/close`).set(as('admin')).send({});
    expect(unconfirmedEmpty.status).toBe(400);
    expect(unconfirmedEmpty.body.errors).toHaveProperty('confirm');
    const closed = await request(app).post(`/api/v1/years/${YEAR}/periods/${CLASS}/close`).set(as('admin')).send({ confirm: true });
    expect(closed.status).toBe(409);
    expect(closed.body.detail).toContain('закрыть его раньше нельзя');
    fail(new InvalidArgument('настройки не сохранены', { lastGrade: 'от 1 до 12' }));
    const settings = await request(app).put(`/api/v1/schools/${SCHOOL}/settings`).set(as('admin')).send(validSettings());
    expect(settings.status).toBe(400);
    expect(settings.body.errors).toEqual({ lastGrade: 'от 1 до 12' });
  });

  it('forwards a whole settings document and drops a version sent back', async () => {
    const { app, calls, as } = harness();
    await request(app).put(`/api/v1/schools/${SCHOOL}/settings`).set(as('deputy')).send({ ...validSettings(), version: 7 }).expect(200);
    expect(calls[0].request).toEqual({ schoolId: SCHOOL, settings: validSettings() });
    const missing = await request(app).put(`/api/v1/schools/${SCHOOL}/settings`).set(as('deputy')).send({ ...validSettings(), rounding: undefined, bellSchedules: [{ shift: 1, bells: [{ number: 1, startsAt: '8:30', endsAt: '09:15' }] }] });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.errors)).toEqual(['rounding', 'bellSchedules.0.bells.0.startsAt']);
  });
});

function validSettings() {
  return {
    periodSchemes: [{ fromGrade: 1, toGrade: 11, scheme: 'QUARTERS' }],
    lowestMark: 2,
    highestMark: 5,
    workKinds: [{ code: 'answer', name: 'Ответ на уроке', weight: 1, written: false, markingDays: 0, workingDays: false }],
    rounding: { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 },
    workingWeekdays: [1, 2, 3, 4, 5],
    holidays: [{ startsOn: '2026-11-04', endsOn: '2026-11-04', name: 'День народного единства' }],
    bellSchedules: [{ shift: 1, bells: [{ number: 1, startsAt: '08:30', endsAt: '09:15' }] }],
    markCorrectionMinutes: 30,
    studyWeeksFirstGrade: 33,
    studyWeeks: 34,
    lastGrade: 11,
  };
}

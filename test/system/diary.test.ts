// System test (issue #6): what the teacher enters reaches the diary within seconds (004 §1.4), and only
// those who may see a child's diary see it — the parent, the student, the interested person the parent
// named (001 §2); the parent of another child sees nothing of it.
import { createYear, importPeople, registerSchool, runDiaryExport, staffAccount, startPlatform, type Platform } from './platform';
import { join } from 'node:path';
import { curriculumPackage, diaryPackage, type curriculumV1, type diaryV1 } from '@ejournal/contracts';
import { attachCallIdentity, createGrpcClient, loadCredentials, servicePrincipal } from '@ejournal/kit';
import * as grpc from '@grpc/grpc-js';
import amqp from 'amqplib';
import { eventually, testServers } from '@ejournal/testing';

describe('the diary through the gateway', () => {
  let platform: Platform;
  let classId: string;
  let periodId: string;
  let petya: string;
  let olya: string;
  let teacher: { token: string; personId: string };
  const tokens: Record<'parentA' | 'parentB' | 'student' | 'interested', string> = {} as never;
  let lessons: Array<{ id: string; date: string }> = [];
  let classTeacherToken: string;
  let adminToken: string;
  let schoolIdOf: string;
  let yearIdOf: string;

  const post = async (path: string, body: unknown, token?: string, expected = [200, 201]) => {
    const response = await platform.request(`/api/v1${path}`, { method: 'POST', token, body: JSON.stringify(body) });
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`POST ${path} → ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const redeem = async (code: string, login: string, lastName: string) => (await post('/invitations/redeem', { code, login, password: `длинный пароль для дневника номер ${login.length}`, lastName, firstName: 'Тест' })).accessToken as string;
  const weekPage = (token: string, studentId: string) => platform.request(`/api/v1/students/${studentId}/diary/week?week=2026-09-07`, { token });
  /** The class teacher's view of who opened the diaries this month, by pupil, once `ready` says it is. */
  const readersByStudent = (ready: (students: Record<string, any>) => true | undefined) =>
    eventually(async () => {
      const readers = await (await platform.request(`/api/v1/classes/${classId}/diary-readers?month=2026-09`, { token: classTeacherToken })).json();
      const students = Object.fromEntries(readers.students.map((entry: { studentId: string }) => [entry.studentId, entry]));
      return ready(students) ? students : undefined;
    }, 5_000, 'the openings to be counted');

  beforeAll(async () => {
    platform = await startPlatform('diary');
    const operator = await platform.operatorToken();
    const schoolId = await registerSchool(platform, operator, 'Школа № 21');
    const admin = (await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }])).token;
    adminToken = admin;
    schoolIdOf = schoolId;
    const deputy = (await staffAccount(platform, admin, schoolId, [{ role: 'deputy_director', schoolId }])).token;
    const year = await createYear(platform, deputy, schoolId);
    periodId = year.periods[0].id;
    yearIdOf = year.id;
    classId = (await post(`/years/${year.id}/classes`, { grade: 5, letter: 'А' }, deputy)).id;
    // The students as identity knows them (people, in their class): curriculum enrols them (identity.student.registered).
    const people = await importPeople(platform, admin, schoolId, ['Фамилия,Имя,Дата рождения,Тип,Класс,Дата зачисления', `Петров,Пётр,01.02.2015,ученик,${classId},01.09.2026`, `Сидорова,Ольга,12.03.2015,ученик,${classId},01.09.2026`].join('\n'));
    expect(people.status).toBe(201);
    const created = (await people.json()).created;
    [petya, olya] = [created[0].personId, created[1].personId];
    await eventually(async () => {
      const roster = await (await platform.request(`/api/v1/classes/${classId}/roster?date=2026-09-01`, { token: deputy })).json();
      return roster.studentIds?.length === 2 ? true : undefined;
    }, 10_000, 'curriculum to enrol the registered students');
    // The class teacher hands out the codes (004 §3.2); the parents and the student redeem them.
    const classTeacher = await staffAccount(platform, admin, schoolId, [{ role: 'class_teacher', schoolId, classId }]);
    classTeacherToken = classTeacher.token;
    tokens.parentA = await redeem((await post('/invitations', { childId: petya, role: 'parent' }, classTeacher.token)).code, 'mama.peti', 'Петрова');
    tokens.parentB = await redeem((await post('/invitations', { childId: olya, role: 'parent' }, classTeacher.token)).code, 'mama.oli', 'Сидорова');
    tokens.student = await redeem((await post('/invitations', { childId: petya, role: 'student' }, classTeacher.token)).code, 'petya', 'Петров');
    tokens.interested = await redeem((await post('/invitations', { childId: petya, role: 'interested_person' }, tokens.parentA)).code, 'babushka', 'Петрова');
    teacher = await staffAccount(platform, admin, schoolId, [{ role: 'subject_teacher', schoolId, classId, subjectId: 'math' }]);
    const timetable = await platform.request(`/api/v1/classes/${classId}/timetable`, { method: 'PUT', token: deputy, body: JSON.stringify({ entries: [1, 3].map((weekday) => ({ weekday, lessonNumber: 2, subjectId: 'math', teacherId: teacher.personId })) }) });
    expect(timetable.status).toBe(200);
    await post(`/classes/${classId}/lessons/generate`, { from: '2026-09-01', to: '2026-10-24' }, deputy);
    lessons = (await (await platform.request(`/api/v1/classes/${classId}/lessons?week=2026-09-07`, { token: deputy })).json()).lessons;
  });

  afterAll(async () => platform?.stop());

  it('shows the parent the week within 2 seconds of the teacher\'s entries, and nothing to the parent of another child', async () => {
    // The diary and the gradebook have learned the timetable and the roster from the bus.
    await eventually(async () => ((await (await weekPage(tokens.parentA, petya)).json()).lessons?.length === 2 ? true : undefined), 15_000, 'the diary to know the week');
    await eventually(async () => ((await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: teacher.token })).status === 200 ? true : undefined), 15_000, 'the journal page');
    await eventually(async () => ((await platform.request(`/api/v1/classes/${classId}/attendance?month=2026-09`, { token: teacher.token })).status !== 503 ? true : undefined), 5_000, 'attendance');
    const [monday, wednesday] = lessons;
    await eventually(async () => {
      const response = await platform.request(`/api/v1/lessons/${wednesday.id}/attendance`, { method: 'PUT', token: teacher.token, body: JSON.stringify({ absences: [] }) });
      return response.status === 200 ? true : undefined;
    }, 10_000, 'attendance to know the lessons');

    const record = await platform.request(`/api/v1/lessons/${monday.id}/record`, { method: 'PUT', token: teacher.token, body: JSON.stringify({ topic: 'Натуральные числа', homework: '§ 1, № 5–9' }) });
    expect(record.status).toBe(200);
    const marks = await platform.request(`/api/v1/lessons/${monday.id}/marks`, { method: 'POST', token: teacher.token, body: JSON.stringify({ marks: [{ studentId: petya, values: [5], workKind: 'answer' }] }) });
    expect(marks.status).toBe(201);
    const absence = await platform.request(`/api/v1/lessons/${wednesday.id}/attendance`, { method: 'PUT', token: teacher.token, body: JSON.stringify({ absences: [{ studentId: petya, code: 'Н' }] }) });
    expect(absence.status).toBe(200);
    const written = Date.now();

    const shown = await eventually(async () => {
      const page = await (await weekPage(tokens.parentA, petya)).json();
      const [first, second] = page.lessons;
      return first?.topic === 'Натуральные числа' && first.homework === '§ 1, № 5–9' && first.marks.length === 1 && second?.absence === 'Н' ? page : undefined;
    }, 2_000, 'the parent\'s week page to show the teacher\'s entries');
    const latency = Date.now() - written;
    console.log(`teacher's entries → parent's diary: ${latency} ms`);
    expect(latency).toBeLessThan(2_000);
    expect(shown.lessons[0]).toMatchObject({ subjectId: 'math', teacherId: teacher.personId, marks: [expect.objectContaining({ values: [5], workKind: 'answer' })] });

    // The parent of another child: not Petya's diary at all, and nothing of it in their own child's.
    expect((await weekPage(tokens.parentB, petya)).status).toBe(404);
    const other = await (await weekPage(tokens.parentB, olya)).json();
    expect(other.lessons.map((lesson: { marks: unknown[]; absence: string }) => [lesson.marks.length, lesson.absence])).toEqual([[0, ''], [0, '']]);
  });

  it('shows the same to the student and to the interested person the parent named (001 §2)', async () => {
    for (const token of [tokens.student, tokens.interested]) {
      const page = await (await weekPage(token, petya)).json();
      expect(page.lessons[0].marks).toEqual([expect.objectContaining({ values: [5] })]);
      expect(page.lessons[1].absence).toBe('Н');
    }
    // A student sees only themselves.
    expect((await weekPage(tokens.student, olya)).status).toBe(404);
    const current = await (await platform.request(`/api/v1/students/${petya}/diary/marks?periodId=${periodId}`, { token: tokens.parentA })).json();
    expect(current.subjects).toEqual([expect.objectContaining({ subjectId: 'math', average: 5 })]);
  });

  it('lists the teachers and the missed lessons, and shows the class teacher whose diary was opened (001 §3.1, 003 §4.2)', async () => {
    const teachers = await (await platform.request(`/api/v1/students/${petya}/diary/teachers?week=2026-09-07`, { token: tokens.parentA })).json();
    // By name and subject: names of staff are not the pupil's data (issue #11).
    expect(teachers.subjects).toEqual([{ subjectId: 'math', subjectName: 'Математика', teacherIds: [teacher.personId], teacherNames: ['Иванова Мария Петровна'] }]);
    const missed = await (await platform.request(`/api/v1/students/${petya}/diary/attendance?month=2026-09`, { token: tokens.parentA })).json();
    expect(missed).toMatchObject({ unexcused: 1, illness: 0, missed: [{ date: lessons[1].date, subjectId: 'math', code: 'Н' }] });
    // Pages the gateway answered from its copy are told to the diary within a second.
    const byStudent = await readersByStudent((students) => (students[petya]?.viewers === 3 ? true : undefined));
    expect(byStudent[petya]).toMatchObject({ viewers: 3, roles: ['interested_person', 'parent', 'student'] });
    expect(byStudent[olya]).toMatchObject({ viewers: 1, roles: ['parent'] });
    // Parents do not see who reads the diaries.
    expect((await platform.request(`/api/v1/classes/${classId}/diary-readers?month=2026-09`, { token: tokens.parentA })).status).toBe(404);
  });

  it('answers a family\'s week page again from the gateway\'s copy, even while the diary restarts, and counts every opening (issue #12, 003 §4.2)', async () => {
    const before = (await readersByStudent(() => true))[petya].views as number;
    const shown = await (await weekPage(tokens.parentA, petya)).text();
    await platform.system.stopProcess('diary');
    try {
      // The diary is down: the page the mother has just seen is answered by the gateway, as it was.
      for (let n = 0; n < 3; n++) {
        const again = await weekPage(tokens.parentA, petya);
        expect(again.status).toBe(200);
        expect(again.headers.get('cache-control')).toBe('private, no-store');
        expect(await again.text()).toBe(shown);
      }
      // Never to anyone else: they are sent on to the diary (down now: 503 for them, as for a made-up pupil).
      expect((await weekPage(tokens.parentB, petya)).status).toBe(503);
      expect((await weekPage(tokens.parentB, '00000000-0000-4000-8000-000000000000')).status).toBe(503);
    } finally {
      platform.system.startProcess('diary');
      await platform.system.waitHealthy();
    }
    // The gateway sees the diary back within a second.
    const answered = await eventually(async () => {
      const status = (await weekPage(tokens.parentB, petya)).status;
      return status === 503 ? undefined : status;
    }, 10_000, 'the restarted diary to answer');
    expect(answered).toBe(404);
    // The four openings (one asked of the diary, three answered by the gateway while it was down) are all counted.
    const after = await readersByStudent((students) => (students[petya]?.views >= before + 4 ? true : undefined));
    expect(after[petya].views).toBe(before + 4);
  });

  it('counts openings told only by the gateway, and only whole ones', async () => {
    const address = platform.system.addressOf('diary');
    const countViews = (as: 'gateway' | 'messaging', views: diaryV1.CountedViews['views']) => {
      const credentials = loadCredentials(as, join(platform.system.credentialsRoot, as));
      const client = createGrpcClient(diaryPackage().DiaryService, 'diary', address, credentials);
      const metadata = new grpc.Metadata();
      attachCallIdentity(metadata, credentials, servicePrincipal(as), 'DiaryService/CountViews');
      return new Promise<grpc.ServiceError | null>((resolve) => client.countViews({ views }, metadata, (error) => resolve(error))).finally(() => client.close());
    };
    const view = { classMonth: `${classId}:2026-09`, studentKey: 'k', schoolId: schoolIdOf, viewer: 'someone', role: 'parent', count: 1, lastAt: '2026-09-08T18:00:00Z' };
    // Messaging may call the diary, but not to count openings: the same answer as for a missing diary.
    expect((await countViews('messaging', [view]))?.code).toBe(grpc.status.NOT_FOUND);
    // A malformed view refuses the whole batch, naming which view and what is wrong.
    const refused = await countViews('gateway', [view, { ...view, count: 0 }]);
    expect(refused?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(refused?.details).toContain('просмотр 2');
    expect((await countViews('gateway', [{ ...view, classMonth: 'без месяца' }]))?.code).toBe(grpc.status.INVALID_ARGUMENT);
  });

  it('repairs a stale diary by the full export, and its report counts the repairs (000 §5, 001 §9.2.2)', async () => {
    // The diary's consumer is down while the teacher keeps writing, and what it missed is lost to it.
    await platform.system.stopProcess('diary');
    const [monday, wednesday] = lessons;
    const marks = await platform.request(`/api/v1/lessons/${wednesday.id}/marks`, { method: 'POST', token: teacher.token, body: JSON.stringify({ marks: [{ studentId: olya, values: [4], workKind: 'answer' }] }) });
    expect(marks.status).toBe(201);
    const record = await platform.request(`/api/v1/lessons/${wednesday.id}/record`, { method: 'PUT', token: teacher.token, body: JSON.stringify({ topic: 'Сложение дробей', homework: '№ 20' }) });
    expect(record.status).toBe(200);
    const late = await platform.request(`/api/v1/lessons/${monday.id}/attendance`, { method: 'PUT', token: teacher.token, body: JSON.stringify({ absences: [{ studentId: petya, code: 'О' }] }) });
    expect(late.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const connection = await amqp.connect(testServers().amqpUrl);
    const channel = await connection.createChannel();
    await channel.purgeQueue(`${platform.namespace}.diary`);
    await connection.close();
    platform.system.startProcess('diary');
    await platform.system.waitHealthy();

    // Asked of the diary itself (the week page may be answered from the gateway's copy): the gateway sees it back.
    await eventually(async () => ((await platform.request(`/api/v1/students/${olya}/diary/marks?periodId=${periodId}`, { token: tokens.parentB })).status === 200 ? true : undefined), 10_000, 'the restarted diary to answer');
    const stale = await (await weekPage(tokens.parentB, olya)).json();
    expect(stale.lessons[1]).toMatchObject({ topic: '', marks: [] });
    expect((await (await weekPage(tokens.parentA, petya)).json()).lessons[0].absence).toBe('');

    const report = await runDiaryExport(platform, adminToken, schoolIdOf, yearIdOf, { from: '2026-09-01', to: '2026-09-30' });
    console.log(`full export of a class for September: ${JSON.stringify(report)}`);
    expect(report).toMatchObject({ classes: 1, students: 2, errors: [] });
    expect(report.lessons).toBeGreaterThanOrEqual(8);
    expect(report.marks).toBeGreaterThanOrEqual(2);
    // The missed record, mark and lateness: a week of the class, Olya's week and period, Petya's week.
    expect(report.mismatches).toBe(4);
    expect(report.repaired).toBe(report.mismatches);

    // The repairs reach the page within a moment (the gateway's copy is dropped when the diary tells of them).
    const repaired = await eventually(async () => {
      const page = await (await weekPage(tokens.parentB, olya)).json();
      return page.lessons[1]?.topic === 'Сложение дробей' ? page : undefined;
    }, 2_000, 'the repaired week page');
    expect(repaired.lessons[1]).toMatchObject({ topic: 'Сложение дробей', homework: '№ 20', marks: [expect.objectContaining({ values: [4] })] });
    await eventually(async () => ((await (await weekPage(tokens.parentA, petya)).json()).lessons[0].absence === 'О' ? true : undefined), 2_000, 'the repaired lateness');
    // A second export finds nothing to repair; only the administrator runs it.
    expect((await runDiaryExport(platform, adminToken, schoolIdOf, yearIdOf, { from: '2026-09-01', to: '2026-09-30' })).mismatches).toBe(0);
    expect((await platform.request(`/api/v1/schools/${schoolIdOf}/years/${yearIdOf}/diary-export`, { method: 'POST', token: teacher.token, body: '{}' })).status).toBe(403);
  });

  it("gives the export every pupil's places of the year in one answer, and a made-up year to no one (000 §5)", async () => {
    const credentials = loadCredentials('diary', join(platform.system.credentialsRoot, 'diary'));
    const client = createGrpcClient(curriculumPackage().CurriculumService, 'curriculum', platform.system.addressOf('curriculum'), credentials);
    const placements = (yearId: string) => {
      const metadata = new grpc.Metadata();
      attachCallIdentity(metadata, credentials, servicePrincipal('diary'), 'CurriculumService/ListYearPlacements');
      return new Promise<{ error: grpc.ServiceError | null; answer?: curriculumV1.YearPlacements__Output }>((resolve) => client.listYearPlacements({ yearId }, metadata, (error, answer) => resolve({ error, answer })));
    };
    try {
      const { error, answer } = await placements(yearIdOf);
      expect(error).toBeNull();
      expect(answer!.pupils.map((pupil) => pupil.studentId).sort()).toEqual([petya, olya].sort());
      for (const pupil of answer!.pupils) expect(pupil.placements).toContainEqual(expect.objectContaining({ classId, groupId: '', until: '' }));
      const missing = await placements('00000000-0000-4000-8000-000000000000');
      expect(missing.error?.code).toBe(grpc.status.NOT_FOUND);
    } finally {
      client.close();
    }
  });

  it('runs the full export after the year transition and keeps every report (001 §9.2.2)', async () => {
    const next = await createYear(platform, adminToken, schoolIdOf, 2027);
    const transition = await platform.request(`/api/v1/years/${yearIdOf}/transition`, { method: 'POST', token: adminToken, body: JSON.stringify({ toYearId: next.id, orderNumber: '№ 77', dryRun: false }) });
    expect(transition.status).toBe(200);
    const reports = await eventually(async () => {
      const body = await (await platform.request(`/api/v1/schools/${schoolIdOf}/diary-export/reports`, { token: adminToken })).json();
      return body.reports?.some((report: { reason: string }) => report.reason === 'year transition') ? body.reports : undefined;
    }, 15_000, 'the export after the year transition');
    expect(reports[0]).toMatchObject({ reason: 'year transition', yearId: next.id, classes: 1, students: 2, errors: [] });
    expect(reports.map((report: { reason: string }) => report.reason)).toEqual(['year transition', 'on demand', 'on demand']);
  });
});


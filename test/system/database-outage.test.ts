// System test of issue #18: databases go away for a while under a running platform. The gradebook's and
// the diary's each have a server of their own here, to be stopped while the others run. The gateway
// answers 503 with Retry-After at once (no wait for a deadline), a command retried with its
// Idempotency-Key after the outage is done exactly once, and the diary — whose consumer met its
// database gone — settles every delivery and catches up by itself, without a restart.
import { randomUUID } from 'node:crypto';
import { eventually, startPrivateDatabase, type PrivateDatabase } from '@ejournal/testing';
import { createYear, registerSchool, registerStudents, staffAccount, startPlatform, type Platform } from './platform';

describe('a database outage under a running platform (issue #18)', () => {
  let gradebookDatabase: PrivateDatabase;
  let diaryDatabase: PrivateDatabase;
  let platform: Platform;
  let teacher: string;
  let parent: string;
  let pupil: string;
  let periodId: string;
  const lessons: string[] = [];

  const call = (method: string, path: string, token: string, body?: unknown, key?: string) =>
    platform.request(`/api/v1${path}`, { method, token, body: body === undefined ? undefined : JSON.stringify(body), headers: key ? { 'idempotency-key': key } : {} });

  beforeAll(async () => {
    [gradebookDatabase, diaryDatabase] = [await startPrivateDatabase(), await startPrivateDatabase()];
    platform = await startPlatform('outage', {}, { mongoUriOf: { gradebook: gradebookDatabase.uri, diary: diaryDatabase.uri } });
    const operator = await platform.operatorToken();
    const schoolId = await registerSchool(platform, operator, 'СШ № 18');
    const admin = await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }]);
    const year = await createYear(platform, admin.token, schoolId);
    periodId = year.periods[0].id;
    const classId = (await (await call('POST', `/years/${year.id}/classes`, admin.token, { grade: 5, letter: 'А' })).json()).id;
    const math = await staffAccount(platform, admin.token, schoolId, [{ role: 'subject_teacher', schoolId, classId, subjectId: 'math' }]);
    teacher = math.token;
    [pupil] = await registerStudents(platform, admin.token, schoolId, 1, '5А', 'Сбоева');
    await call('PUT', `/classes/${classId}/timetable`, admin.token, { entries: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, lessonNumber: 1, subjectId: 'math', teacherId: math.personId })) });
    await call('POST', `/classes/${classId}/lessons/generate`, admin.token, { from: '2026-09-01', to: '2026-09-30' });
    lessons.push(...(await (await call('GET', `/classes/${classId}/lessons?week=2026-09-07`, admin.token)).json()).lessons.map((lesson: { id: string }) => lesson.id));
    const classTeacher = await staffAccount(platform, admin.token, schoolId, [{ role: 'class_teacher', schoolId, classId }]);
    const code = (await (await call('POST', '/invitations', classTeacher.token, { childId: pupil, role: 'parent' })).json()).code;
    parent = (await (await platform.request('/api/v1/invitations/redeem', { method: 'POST', body: JSON.stringify({ code, login: 'mama.sboevoy', password: 'мама читает дневник вечером', lastName: 'Сбоева', firstName: 'Анна' }) })).json()).accessToken;
    await eventually(async () => ((await call('POST', `/lessons/${lessons[0]}/marks`, teacher, { marks: [{ studentId: pupil, values: [5], workKind: 'answer' }] }, randomUUID())).status === 201 ? true : undefined), 15_000, 'the gradebook to know the lessons');
  });

  afterAll(async () => {
    for (const database of [gradebookDatabase, diaryDatabase]) await database?.start().catch(() => undefined);
    await platform?.stop();
    for (const database of [gradebookDatabase, diaryDatabase]) await database?.remove();
  });

  const diaryMarks = async () => {
    const answer = await call('GET', `/students/${pupil}/diary/marks?periodId=${periodId}`, parent);
    return answer.status === 200 ? ((await answer.json()).subjects.flatMap((subject: { marks: unknown[] }) => subject.marks) as unknown[]).length : -1;
  };

  it('answers 503 at once, does a retried command once, and the diary catches up without a restart', async () => {
    await diaryDatabase.stop();
    // Marks set while the diary's database is away: their events reach a consumer that cannot claim them.
    for (const lesson of lessons.slice(1, 4)) expect((await call('POST', `/lessons/${lesson}/marks`, teacher, { marks: [{ studentId: pupil, values: [4], workKind: 'answer' }] }, randomUUID())).status).toBe(201);
    await eventually(async () => (platform.logs.some((line) => line.startsWith('diary |') && line.includes('event waits for the database to come back')) ? true : undefined), 15_000, 'the diary to meet its database gone');
    await gradebookDatabase.stop();

    // The gateway knows within a second or two from the services' health: 503 with Retry-After, not a 5-second wait and 504.
    const key = randomUUID();
    const refused = await eventually(async () => {
      const answer = await call('POST', `/lessons/${lessons[4]}/marks`, teacher, { marks: [{ studentId: pupil, values: [3], workKind: 'answer' }] }, key);
      return answer.status === 503 ? answer : undefined;
    }, 10_000, 'the gateway to refuse with 503');
    expect(refused.headers.get('retry-after')).toBe('5');
    expect((await refused.json()).detail).toContain('недоступн');

    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await gradebookDatabase.start();

    // The client retries with the same key until it gets an answer; twice more gives the same mark.
    const retried = await eventually(async () => {
      const answer = await call('POST', `/lessons/${lessons[4]}/marks`, teacher, { marks: [{ studentId: pupil, values: [3], workKind: 'answer' }] }, key);
      return answer.status === 201 ? answer.json() : undefined;
    }, 20_000, 'the retried command to be done');
    const again = await (await call('POST', `/lessons/${lessons[4]}/marks`, teacher, { marks: [{ studentId: pupil, values: [3], workKind: 'answer' }] }, key)).json();
    expect(again.marks.map((mark: { id: string }) => mark.id)).toEqual(retried.marks.map((mark: { id: string }) => mark.id));
    const sameKeyOtherBody = await call('POST', `/lessons/${lessons[4]}/marks`, teacher, { marks: [{ studentId: pupil, values: [2], workKind: 'answer' }] }, key);
    expect(sameKeyOtherBody.status).toBe(409);

    // The diary's database comes back: nobody restarts the diary.
    await diaryDatabase.start();
    await platform.system.waitHealthy(30_000);
    // The journal has each mark once; the diary shows all five without anyone restarting it.
    const journal = await (await call('GET', `/classes/${(await (await call('GET', `/lessons/${lessons[0]}`, teacher)).json()).classId}/subjects/math/periods/${periodId}/journal`, teacher)).json();
    expect(journal.marks).toHaveLength(5);
    await eventually(async () => ((await diaryMarks()) === 5 ? true : undefined), 90_000, 'the diary to catch up with the journal');
  });
});

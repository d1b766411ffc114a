// System test (issue #5, the gradebook part): through the gateway, as a new user would — a teacher opens
// the journal page of 7Б mathematics, records topic and homework, puts the class's marks in one
// request; a substitute records the lesson they substitute; the director reads but cannot write; a
// teacher of another class cannot write; a late correction becomes a change request the administrator
// approves, and the mark's history shows both values.
import { randomUUID } from 'node:crypto';
import { eventually } from '@ejournal/testing';
import { createYear, registerSchool, registerStudents, staffAccount, sharedPlatform, type Gateway } from './platform';

describe('the class journal through the gateway', () => {
  let platform: Gateway;
  let admin: string;
  let deputy: string;
  let director: string;
  let schoolId: string;
  let classId: string;
  let periodId: string;
  let yearId: string;
  let students: string[] = [];
  const people: Record<'math' | 'sub' | 'other' | 'classTeacher', { token: string; personId: string }> = {} as never;
  let lessons: Array<{ id: string; date: string }> = [];

  const call = async (method: string, path: string, token: string, body?: unknown, expected = [200, 201, 202, 204]) => {
    const response = await platform.request(`/api/v1${path}`, { method, token, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const page = (token: string) => call('GET', `/classes/${classId}/subjects/math/periods/${periodId}/journal`, token).then((answer) => answer.body);

  beforeAll(async () => {
    platform = sharedPlatform();
    const operator = await platform.operatorToken();
    schoolId = await registerSchool(platform, operator, 'Гимназия № 4');
    admin = (await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }])).token;
    deputy = (await staffAccount(platform, admin, schoolId, [{ role: 'deputy_director', schoolId }])).token;
    director = (await staffAccount(platform, admin, schoolId, [{ role: 'director', schoolId }])).token;
    const year = await createYear(platform, deputy, schoolId);
    periodId = year.periods[0].id;
    yearId = year.id;
    classId = (await call('POST', `/years/${year.id}/classes`, deputy, { grade: 7, letter: 'Б' })).body.id;
    const otherClass = (await call('POST', `/years/${year.id}/classes`, deputy, { grade: 7, letter: 'В' })).body.id;
    for (const [name, grantClass] of [['math', classId], ['sub', classId], ['other', otherClass]] as const) {
      const account = await staffAccount(platform, admin, schoolId, [{ role: 'subject_teacher', schoolId, classId: grantClass, subjectId: 'math' }]);
      people[name] = { token: account.token, personId: account.personId };
    }
    const classTeacher = await staffAccount(platform, admin, schoolId, [{ role: 'class_teacher', schoolId, classId }]);
    people.classTeacher = { token: classTeacher.token, personId: classTeacher.personId };
    students = await registerStudents(platform, admin, schoolId, 3);
    const csv = ['Класс;Ученик;Дата зачисления;Приказ', ...students.map((student) => `7Б;${student};01.09.2026;№ 1`)].join('\n');
    const imported = await platform.request(`/api/v1/years/${year.id}/imports/rosters`, { method: 'POST', token: admin, headers: { 'content-type': 'text/csv' }, body: csv });
    expect(imported.status).toBe(200);
    await call('PUT', `/classes/${classId}/timetable`, deputy, {
      entries: [
        { weekday: 1, lessonNumber: 2, subjectId: 'math', teacherId: people.math.personId },
        { weekday: 3, lessonNumber: 2, subjectId: 'math', teacherId: people.math.personId },
      ],
    });
    await call('POST', `/classes/${classId}/lessons/generate`, deputy, { from: '2026-09-01', to: '2026-10-24' });
    // Mathematics in grade 7: 2 hours a week, and its КТП of 34 two-hour topics (68 h).
    await call('PUT', `/years/${year.id}/curriculum/7`, deputy, { lines: [{ subjectId: 'math', hoursPerWeek: 2 }] });
    const plan = (await call('PUT', `/years/${year.id}/thematic-plans`, deputy, { grade: 7, subjectId: 'math', topics: Array.from({ length: 34 }, (_, index) => ({ title: `Тема ${index + 1}`, hours: 2 })) })).body;
    await call('POST', `/thematic-plans/${plan.id}/approve`, deputy);
    lessons = (await call('GET', `/classes/${classId}/lessons?week=2026-09-07`, deputy)).body.lessons;
  });


  it('opens the journal page of 7Б mathematics with its lessons and students, kept from curriculum\'s events', async () => {
    const opened = await eventually(async () => {
      const response = await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: people.math.token });
      if (response.status !== 200) return undefined;
      const body = await response.json();
      return body.lessons.length === 15 && body.studentIds.length === 3 ? body : undefined;
    }, 15_000, 'the journal page to know the lessons and the roster');
    expect(opened.lessons[0]).toMatchObject({ date: '2026-09-02', number: 2, teacherId: people.math.personId, topic: '', onTime: false });
    expect(opened.studentIds).toEqual([...students].sort());
    // The approved КТП's topics come with the page, for the teacher to pick from (003 §4.2).
    const withPlan = await eventually(async () => {
      const body = await (await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: people.math.token })).json();
      return body.planTopics?.length === 34 ? body : undefined;
    }, 10_000, 'the approved КТП on the journal page');
    expect(withPlan.planTopics[0]).toEqual({ number: 1, title: 'Тема 1' });
  });

  it('records topic and homework, and the marks of the class in one request', async () => {
    const [monday] = lessons;
    const record = (await call('PUT', `/lessons/${monday.id}/record`, people.math.token, { topic: 'Линейные уравнения', homework: '§ 4, № 112–115', conducted: true })).body;
    expect(record).toMatchObject({ topic: 'Линейные уравнения', homework: '§ 4, № 112–115', conducted: true, recordedBy: expect.any(String) });
    const marks = (await call('POST', `/lessons/${monday.id}/marks`, people.math.token, {
      marks: [
        { studentId: students[0], values: [5], workKind: 'answer' },
        { studentId: students[1], values: [4, 5], workKind: 'test', comment: 'двойная отметка' },
        { studentId: students[2], values: [3], workKind: 'independent' },
      ],
    })).body.marks;
    expect(marks.map((mark: { values: number[]; weight: number }) => [mark.values, mark.weight])).toEqual([[[5], 1], [[4, 5], 2], [[3], 1.5]]);
    const shown = await page(people.math.token);
    expect(shown.lessons[1]).toMatchObject({ lessonId: monday.id, topic: 'Линейные уравнения' });
    // A topic picked from the approved КТП (003 §4.2).
    const picked = await eventually(async () => {
      const response = await platform.request(`/api/v1/lessons/${lessons[1].id}/record`, { method: 'PUT', token: people.math.token, body: JSON.stringify({ topicNumber: 3, noHomework: true }) });
      return response.status === 200 ? response.json() : undefined;
    }, 10_000, 'the gradebook to learn of the approved КТП');
    expect(picked).toMatchObject({ topic: 'Тема 3', topicNumber: 3 });
    const outOfPlan = await platform.request(`/api/v1/lessons/${lessons[1].id}/record`, { method: 'PUT', token: people.math.token, body: JSON.stringify({ topicNumber: 35 }) });
    expect((await outOfPlan.json()).detail).toBe('в КТП нет темы № 35 (тем: 34)');
    expect(shown.marks).toHaveLength(3);
    expect(shown.proposals.find((proposal: { studentId: string }) => proposal.studentId === students[1])).toMatchObject({ average: 4.5, counted: 2, notEnoughMarks: true });

    // A mark off the school's scale, or for a student not in the class, is refused and nothing is stored.
    const bad = await platform.request(`/api/v1/lessons/${monday.id}/marks`, { method: 'POST', token: people.math.token, body: JSON.stringify({ marks: [{ studentId: students[0], values: [6], workKind: 'answer' }] }) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toBe('отметка 6 вне шкалы школы (2–5)');
    const stranger = await platform.request(`/api/v1/lessons/${monday.id}/marks`, { method: 'POST', token: people.math.token, body: JSON.stringify({ marks: [{ studentId: randomUUID(), values: [5], workKind: 'answer' }] }) });
    expect(stranger.status).toBe(400);
    expect((await page(people.math.token)).marks).toHaveLength(3);
  });

  it('attaches a file to the homework and serves it back only to those who may read the lesson (000 §3.2, 004 §4.2.5)', async () => {
    const [monday] = lessons;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 7)]);
    const upload = (token: string, body: Buffer, type: string, name = 'Задачи к § 4.pdf') =>
      platform.request(`/api/v1/lessons/${monday.id}/homework/files?name=${encodeURIComponent(name)}`, { method: 'POST', token, headers: { 'content-type': type }, body });
    const attached = await upload(people.math.token, pdf, 'application/pdf');
    expect(attached.status).toBe(201);
    const file = await attached.json();
    expect(file).toMatchObject({ name: 'Задачи к § 4.pdf', contentType: 'application/pdf', size: pdf.length });
    expect((await page(people.math.token)).lessons.find((lesson: { lessonId: string }) => lesson.lessonId === monday.id).files).toEqual([expect.objectContaining({ id: file.id })]);
    const download = await platform.request(`/api/v1/lessons/${monday.id}/homework/files/${file.id}`, { token: director });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    // Limits: type and size; and nobody else's lessons.
    expect((await (await upload(people.math.token, Buffer.from('MZ'), 'application/x-msdownload', 'game.exe')).json()).detail).toMatch(/тип application\/x-msdownload не принимается/);
    expect((await (await upload(people.math.token, Buffer.alloc(5 * 1024 * 1024 + 1, 1), 'application/pdf')).json()).detail).toBe('файл «Задачи к § 4.pdf»: 5.0 МБ, а можно не больше 5 МБ');
    // The content decides, not the name or the client's word (issue #10, item 11): a program named .pdf is refused.
    const disguised = await upload(people.math.token, Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(300)]), 'application/pdf', 'ответы.pdf');
    expect(disguised.status).toBe(400);
    expect((await disguised.json()).detail).toMatch(/содержимое не похоже на PDF/);
    expect((await upload(people.other.token, pdf, 'application/pdf')).status).toBe(404);
    expect((await platform.request(`/api/v1/lessons/${monday.id}/homework/files/${file.id}`, { token: people.other.token })).status).toBe(404);
  });

  it('lets the substitute record the lesson they substitute, and nobody else (000 §9.1, 002 §3.5, 002 §3.7)', async () => {
    const wednesday = lessons[1];
    await call('PUT', `/lessons/${wednesday.id}/substitution`, deputy, { teacherId: people.sub.personId, reason: 'курсы повышения квалификации' });
    await eventually(async () => {
      const shown = await page(people.sub.token);
      return shown.lessons.find((lesson: { lessonId: string; substituted: boolean }) => lesson.lessonId === wednesday.id && lesson.substituted) ? true : undefined;
    }, 10_000, 'the gradebook to learn of the substitution');
    const recorded = (await call('PUT', `/lessons/${wednesday.id}/record`, people.sub.token, { topic: 'Решение задач', noHomework: true })).body;
    expect(recorded).toMatchObject({ teacherId: people.sub.personId, substituted: true, noHomework: true });
    // The timetable's teacher does not keep a lesson someone else substitutes.
    // (They see the page, so they are told which right they lack — issue #11.)
    expect((await platform.request(`/api/v1/lessons/${wednesday.id}/record`, { method: 'PUT', token: people.math.token, body: JSON.stringify({ topic: 'x' }) })).status).toBe(403);
    // The director reads every journal but writes none (002 §3.7).
    expect((await page(director)).lessons.length).toBe(15);
    const directorWrites = await platform.request(`/api/v1/lessons/${wednesday.id}/record`, { method: 'PUT', token: director, body: JSON.stringify({ topic: 'x' }) });
    expect(directorWrites.status).toBe(403);
    expect(await directorWrites.json()).toMatchObject({ detail: 'нет права «ведение журнала своих уроков»', permission: 'journal.edit' });
    // A teacher of another class neither reads this page nor writes in it.
    expect((await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/journal`, { token: people.other.token })).status).toBe(404);
    expect((await platform.request(`/api/v1/lessons/${lessons[0].id}/marks`, { method: 'POST', token: people.other.token, body: JSON.stringify({ marks: [{ studentId: students[0], values: [2], workKind: 'answer' }] }) })).status).toBe(404);
  });

  it('turns a late correction into a change request the administrator approves, keeping the mark\'s history (004 §4.1)', async () => {
    const [monday] = lessons;
    // Within the window the teacher corrects their own mark directly.
    const mark = (await page(people.math.token)).marks.find((candidate: { studentId: string }) => candidate.studentId === students[2]);
    const direct = (await call('POST', `/lessons/${monday.id}/marks/${mark.id}/corrections`, people.math.token, { values: [4], reason: 'ошибка при вводе' })).body;
    expect(direct.mark).toMatchObject({ values: [4], revision: 2, history: [expect.objectContaining({ values: [3], reason: 'ошибка при вводе' })] });

    // The school closes the window: later corrections need the administrator.
    const settings = (await call('GET', `/schools/${schoolId}/settings`, deputy)).body;
    const { version, ...rest } = settings;
    await call('PUT', `/schools/${schoolId}/settings`, deputy, { ...rest, markCorrectionMinutes: 0 });
    await eventually(async () => ((await page(people.math.token)).markCorrectionMinutes === 0 ? true : undefined), 10_000, 'the new correction window to reach the gradebook');
    const requested = (await call('POST', `/lessons/${monday.id}/marks/${mark.id}/corrections`, people.math.token, { values: [5], reason: 'пересдача' }, [202])).body;
    expect(requested.changeRequest).toMatchObject({ status: 'pending', values: [5], reason: 'пересдача' });
    expect((await page(people.math.token)).marks.find((candidate: { id: string }) => candidate.id === mark.id).values).toEqual([4]);
    // Only the administrator decides.
    expect((await platform.request(`/api/v1/lessons/${monday.id}/change-requests/${requested.changeRequest.id}/decision`, { method: 'POST', token: director, body: JSON.stringify({ approve: true }) })).status).toBe(403);
    const decided = (await call('POST', `/lessons/${monday.id}/change-requests/${requested.changeRequest.id}/decision`, admin, { approve: true, note: 'по заявлению' })).body;
    expect(decided).toMatchObject({ status: 'approved' });
    const changed = (await page(people.math.token)).marks.find((candidate: { id: string }) => candidate.id === mark.id);
    expect(changed.values).toEqual([5]);
    expect(changed.history.map((revision: { values: number[] }) => revision.values)).toEqual([[3], [4]]);
  });

  it('sets a period final, asking for a reason when it differs from the proposal or when marks are too few, and «н/а» (004 §5)', async () => {
    // One mark is too few for a quarter (3, one of them written — 004 §5, the school's default setting).
    const few = await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/finals/${students[0]}`, { method: 'PUT', token: people.math.token, body: JSON.stringify({ value: 5 }) });
    expect(few.status).toBe(400);
    expect((await few.json()).detail).toMatch(/отметок 1 \(письменных, лабораторных, практических 0\), а нужно не меньше 3 \(из них 1\) — 004 §5/);
    // «н/а» for a student with no marks at all, shown as such.
    const notAttested = (await call('PUT', `/classes/${classId}/subjects/math/periods/${periodId}/finals/${students[2]}`, people.math.token, { notAttested: true, reason: 'болел весь период' })).body;
    expect(notAttested).toMatchObject({ studentId: students[2], notAttested: true, value: 0 });
    const [nextMonday] = (await call('GET', `/classes/${classId}/lessons?week=2026-09-14`, deputy)).body.lessons;
    await call('POST', `/lessons/${nextMonday.id}/marks`, people.math.token, { marks: [{ studentId: students[0], values: [5], workKind: 'test' }, { studentId: students[0], values: [5], workKind: 'answer' }] });
    const differs = await platform.request(`/api/v1/classes/${classId}/subjects/math/periods/${periodId}/finals/${students[0]}`, { method: 'PUT', token: people.math.token, body: JSON.stringify({ value: 4 }) });
    expect(differs.status).toBe(400);
    expect((await differs.json()).detail).toBe('система предлагает 5 (средний балл 5): укажите причину другой отметки');
    const final = (await call('PUT', `/classes/${classId}/subjects/math/periods/${periodId}/finals/${students[0]}`, people.math.token, { value: 5 })).body;
    expect(final).toMatchObject({ studentId: students[0], value: 5, proposed: 5 });
    expect((await page(director)).finals).toEqual(expect.arrayContaining([expect.objectContaining({ studentId: students[0], value: 5 }), expect.objectContaining({ studentId: students[2], notAttested: true })]));

    // The year final comes from the period finals (000 §9.1); the exam mark stands beside it.
    const yearPath = `/classes/${classId}/subjects/math/years/${yearId}/finals`;
    expect((await call('GET', yearPath, director)).body.students.find((student: { studentId: string }) => student.studentId === students[0])).toMatchObject({ periodFinals: [expect.objectContaining({ value: 5, periodName: '1 четверть' })], proposed: 5, yearFinal: 0 });
    await call('PUT', `${yearPath}/${students[0]}`, people.math.token, { kind: 'year', value: 5 });
    await call('PUT', `${yearPath}/${students[0]}`, people.math.token, { kind: 'exam', value: 4 });
    expect((await call('GET', yearPath, people.math.token)).body.students.find((student: { studentId: string }) => student.studentId === students[0])).toMatchObject({ yearFinal: 5, exam: 4 });
    expect((await platform.request(`/api/v1${yearPath}/${students[0]}`, { method: 'PUT', token: people.math.token, body: JSON.stringify({ kind: 'year', value: 3 }) })).status).toBe(400);
  });

  it('records absences for the lesson, and the class teacher changes an Н to Б with a certificate, keeping the history (004 §4.2.5, 000 §9.2)', async () => {
    const [monday] = lessons;
    const sheet = async (token: string) => call('GET', `/classes/${classId}/attendance?month=2026-09`, token).then((answer) => answer.body);
    await eventually(async () => ((await platform.request(`/api/v1/classes/${classId}/attendance?month=2026-09`, { token: people.classTeacher.token })).status === 200 ? true : undefined), 10_000, 'attendance to know the lessons');
    const recorded = (await call('PUT', `/lessons/${monday.id}/attendance`, people.math.token, { absences: [{ studentId: students[0], code: 'Н' }, { studentId: students[1], code: 'О' }] })).body;
    expect(recorded.absences.map((absence: { studentId: string; code: string }) => [absence.studentId, absence.code])).toEqual([[students[0], 'Н'], [students[1], 'О']]);
    // Unknown codes and students outside the class are refused.
    expect((await platform.request(`/api/v1/lessons/${monday.id}/attendance`, { method: 'PUT', token: people.math.token, body: JSON.stringify({ absences: [{ studentId: students[2], code: 'X' }] }) })).status).toBe(400);
    // Only the class teacher corrects reasons; a reason other than Н needs a document.
    const teacherCorrects = await platform.request(`/api/v1/lessons/${monday.id}/attendance/${students[0]}/correction`, { method: 'POST', token: people.math.token, body: JSON.stringify({ code: 'Б', documentKind: 'справка', documentNumber: '17' }) });
    expect(teacherCorrects.status).toBe(403);
    expect((await teacherCorrects.json()).permission).toBe('absence.correct');
    const missing = await platform.request(`/api/v1/lessons/${monday.id}/attendance/${students[0]}/correction`, { method: 'POST', token: people.classTeacher.token, body: JSON.stringify({ code: 'Б' }) });
    expect(missing.status).toBe(400);
    const corrected = (await call('POST', `/lessons/${monday.id}/attendance/${students[0]}/correction`, people.classTeacher.token, { code: 'Б', documentKind: 'медицинская справка', documentNumber: '0457', documentDate: '2026-09-10' })).body;
    expect(corrected).toMatchObject({ code: 'Б', documentNumber: '0457', revision: 2, history: [expect.objectContaining({ code: 'Н' })] });
    const month = await sheet(people.classTeacher.token);
    expect(month.totals.find((total: { studentId: string }) => total.studentId === students[0])).toMatchObject({ unexcused: 0, illness: 1 });
    expect(month.totals.find((total: { studentId: string }) => total.studentId === students[1])).toMatchObject({ late: 1 });
    expect(month.lessons.find((lesson: { lessonId: string }) => lesson.lessonId === monday.id).recorded).toBe(true);
    // The director reads the sheet; a teacher of another class does not.
    expect((await sheet(director)).absences).toHaveLength(2);
    expect((await platform.request(`/api/v1/classes/${classId}/attendance?month=2026-09`, { token: people.other.token })).status).toBe(404);

    // The journal page shows the absence; a mark over it needs an explanation for the parents (000 §9.1).
    await eventually(async () => ((await page(people.math.token)).absences.some((absence: { studentId: string; code: string }) => absence.studentId === students[0] && absence.code === 'Б') ? true : undefined), 10_000, 'the gradebook to learn of the absence');
    const unexplained = await platform.request(`/api/v1/lessons/${monday.id}/marks`, { method: 'POST', token: people.math.token, body: JSON.stringify({ marks: [{ studentId: students[0], values: [4], workKind: 'homework' }] }) });
    expect(unexplained.status).toBe(400);
    expect((await unexplained.json()).detail).toBe('строка 1: ученик отсутствовал на уроке — отметка ставится только с пояснением для родителей (000 §9.1)');
    const explained = (await call('POST', `/lessons/${monday.id}/marks`, people.math.token, { marks: [{ studentId: students[0], values: [4], workKind: 'homework', explanation: 'работа выполнена после болезни' }] })).body;
    expect(explained.marks[0]).toMatchObject({ values: [4], explanation: 'работа выполнена после болезни' });
  });
});


// System test (issue #11): one school, one truth. The school is set up the way docs/first-school.md
// says — the administrator is the only role given by hand; teachers, class teachers and pupils get
// their rights from the school's structure (class teacher appointment, teacher load, timetable,
// enrolment) — and every role then does its day's work. Appointing another class teacher moves the
// right at once; expelling a pupil ends their diary access and the parents'. The journal refuses what
// the rules forbid: marks on a lesson not yet begun, a numeric mark for a pass/fail subject, marks in
// the first grade; a period closes only when confirmed and reopens with a reason.
import { eventually } from '@ejournal/testing';
import { createYear, importPeople, registerSchool, staffAccount, sharedPlatform, type Gateway } from './platform';

describe('one school, one truth (issue #11)', () => {
  let platform: Gateway;
  let schoolId: string;
  let yearId: string;
  let firstQuarter: string;
  let admin: string;
  const classes: Record<'5А' | '1А', string> = {} as never;
  const staff: Record<'smirnova' | 'kuznetsov' | 'popova', { personId: string; accountId: string; login: string; password: string; token: string }> = {} as never;
  const pupils: Record<'petrov' | 'sidorova' | 'orlov', string> = {} as never;
  let pupilAccount: { login: string; password: string; token: string };
  let parent: { login: string; password: string; token: string };

  const call = async (method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const response = await platform.request(`/api/v1${path}`, { method, token, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  const ok = async (method: string, path: string, token: string, body?: unknown) => {
    const answer = await call(method, path, token, body);
    if (answer.status >= 300) throw new Error(`${method} ${path} → ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  /** The first log-in with a temporary password: the password is changed, then the person logs in. */
  const firstLogIn = async (login: string, temporaryPassword: string) => {
    const password = `новый пароль ${login.length}${login.charCodeAt(0)} на весь учебный год`;
    const changed = await platform.request('/api/v1/password', { method: 'POST', body: JSON.stringify({ login, currentPassword: temporaryPassword, newPassword: password }) });
    if (changed.status !== 204) throw new Error(`password of ${login} not changed: ${changed.status} ${await changed.text()}`);
    return { login, password, token: await platform.system.logIn(login, password) };
  };
  const lessonOn = async (classId: string, date: string, subjectId: string) => {
    const week = (await ok('GET', `/classes/${classId}/lessons?week=${date}`, admin)).lessons as Array<{ id: string; date: string; subjectId: string; periodId: string }>;
    const lesson = week.find((candidate) => candidate.date === date && candidate.subjectId === subjectId);
    if (!lesson) throw new Error(`no ${subjectId} lesson on ${date}`);
    return lesson;
  };
  /** Waits until the gradebook knows a lesson and the answer is not "not found" (its facts travel by the bus). */
  const whenKnown = (attempt: () => Promise<{ status: number; body: any }>, what: string) =>
    eventually(async () => {
      const answer = await attempt();
      return answer.status === 404 ? undefined : answer;
    }, 15_000, what);

  beforeAll(async () => {
    platform = sharedPlatform();
    const operator = await platform.operatorToken();
    schoolId = await registerSchool(platform, operator, 'Школа № 71');
    // The one grant made by hand: the school's administrator, by the regional operator.
    admin = (await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }])).token;
  });


  it('1. sets the school up as the guide says: staff from a file, year, classes, class teacher, curriculum, load, timetable, pupils — no grant by hand', async () => {
    // Step 1: the staff, from the school's file (accounts with temporary passwords, shown once).
    const imported = await importPeople(platform, admin, schoolId, [
      'Фамилия;Имя;Отчество;Тип;Логин',
      'Смирнова;Анна;Сергеевна;учитель;smirnova',
      'Кузнецов;Игорь;Петрович;учитель;kuznetsov',
      'Попова;Елена;Викторовна;учитель;popova',
    ].join('\n'));
    expect(imported.status).toBe(201);
    const created = ((await imported.json()).created as Array<{ line: number; personId: string; accountId: string; login: string; temporaryPassword: string }>).sort((a, b) => a.line - b.line);
    expect(created.every((person) => person.accountId && person.temporaryPassword)).toBe(true);
    for (const [index, name] of (['smirnova', 'kuznetsov', 'popova'] as const).entries()) {
      staff[name] = { personId: created[index].personId, accountId: created[index].accountId, ...(await firstLogIn(created[index].login, created[index].temporaryPassword)) };
    }
    // The school's rules, with the regulation's defaults: 3 marks a quarter, one of them written (004 §5).
    expect((await ok('GET', `/schools/${schoolId}/settings`, admin)).minimumMarks).toEqual({ quarter: 3, trimester: 6, halfYear: 6, written: 1 });

    // Step 2: the year, the classes, the class teacher.
    const year = await createYear(platform, admin, schoolId);
    yearId = year.id;
    firstQuarter = year.periods[0].id;
    classes['5А'] = (await ok('POST', `/years/${yearId}/classes`, admin, { grade: 5, letter: 'А' })).id;
    classes['1А'] = (await ok('POST', `/years/${yearId}/classes`, admin, { grade: 1, letter: 'А' })).id;
    await ok('PUT', `/classes/${classes['5А']}/class-teacher`, admin, { teacherId: staff.smirnova.personId });

    // Step 3: the curriculum (music by «зачёт»), the load, the timetable, the dated lessons.
    await ok('PUT', `/years/${yearId}/curriculum/5`, admin, { lines: [{ subjectId: 'math', hoursPerWeek: 1 }, { subjectId: 'rus', hoursPerWeek: 1 }, { subjectId: 'music', hoursPerWeek: 1, passFail: true }] });
    await ok('POST', `/years/${yearId}/curriculum/5/approve`, admin);
    await ok('PUT', `/years/${yearId}/load`, admin, {
      assignments: [
        { teacherId: staff.smirnova.personId, subjectId: 'math', classId: classes['5А'], hoursPerWeek: 1 },
        { teacherId: staff.kuznetsov.personId, subjectId: 'rus', classId: classes['5А'], hoursPerWeek: 1 },
        { teacherId: staff.kuznetsov.personId, subjectId: 'music', classId: classes['5А'], hoursPerWeek: 1 },
        { teacherId: staff.kuznetsov.personId, subjectId: 'read', classId: classes['1А'], hoursPerWeek: 1 },
      ],
    });
    await ok('PUT', `/classes/${classes['5А']}/timetable`, admin, {
      entries: [
        { weekday: 1, lessonNumber: 2, subjectId: 'math', teacherId: staff.smirnova.personId },
        { weekday: 2, lessonNumber: 1, subjectId: 'rus', teacherId: staff.kuznetsov.personId },
        { weekday: 3, lessonNumber: 3, subjectId: 'music', teacherId: staff.kuznetsov.personId },
      ],
    });
    await ok('PUT', `/classes/${classes['1А']}/timetable`, admin, { entries: [{ weekday: 1, lessonNumber: 1, subjectId: 'read', teacherId: staff.kuznetsov.personId }] });
    for (const classId of Object.values(classes)) await ok('POST', `/classes/${classId}/lessons/generate`, admin, { from: '2026-09-01', to: '2026-12-27' });

    // Step 4: the pupils, from the file, by class name (their accounts come from the class teacher's codes).
    const pupilsFile = await importPeople(platform, admin, schoolId, [
      'Фамилия;Имя;Дата рождения;Тип;Класс;Дата зачисления',
      'Петров;Пётр;01.02.2015;ученик;5А;01.09.2026',
      'Сидорова;Ольга;12.03.2015;ученик;5А;01.09.2026',
      'Орлов;Иван;05.05.2019;ученик;1А;01.09.2026',
    ].join('\n'));
    if (pupilsFile.status !== 201) throw new Error(`pupils not imported: ${pupilsFile.status} ${await pupilsFile.text()}`);
    // A class the year does not have is a line error, and nothing of the file is stored.
    const unknownClass = await platform.request(`/api/v1/schools/${schoolId}/people/import`, {
      method: 'POST',
      token: admin,
      headers: { 'content-type': 'text/csv' },
      body: ['Фамилия;Имя;Дата рождения;Тип;Класс;Дата зачисления', 'Сидоров;Олег;12.03.2015;ученик;5А;01.09.2026', 'Белов;Олег;12.03.2015;ученик;5Я;01.09.2026'].join('\n'),
    });
    expect(unknownClass.status).toBe(422);
    expect(JSON.stringify(await unknownClass.json())).toContain('5Я');
    expect((await ok('GET', `/schools/${schoolId}/people?query=Сидоров&kind=student`, admin)).people.map((person: { lastName: string }) => person.lastName)).toEqual(['Сидорова']);
    const registered = ((await pupilsFile.json()).created as Array<{ line: number; personId: string }>).sort((a, b) => a.line - b.line);
    [pupils.petrov, pupils.sidorova, pupils.orlov] = registered.map((person) => person.personId);
    await eventually(async () => ((await call('GET', `/classes/${classes['5А']}/roster?date=2026-11-30`, admin)).body?.studentIds?.length === 2 ? true : undefined), 15_000, 'curriculum to enrol the pupils');
    // One id for a class everywhere: identity knows the pupil's class by curriculum's id.
    await eventually(async () => ((await call('GET', `/people/${pupils.petrov}`, admin)).body?.classId === classes['5А'] ? true : undefined), 15_000, 'identity to follow the enrolment');

    // The rights followed: the administrator sees each teacher's roles, marked as derived, with their source.
    const smirnovaRoles = await eventually(async () => {
      const list = (await ok('GET', `/schools/${schoolId}/people?kind=staff&query=Смирнова`, admin)).people as Array<{ id: string; accounts: Array<{ grants: Array<Record<string, string>> }> }>;
      const grants = list.find((person) => person.id === staff.smirnova.personId)?.accounts[0]?.grants ?? [];
      return grants.some((grant) => grant.role === 'class_teacher') && grants.some((grant) => grant.role === 'subject_teacher') ? grants : undefined;
    }, 15_000, 'the derived roles to be listed');
    expect(smirnovaRoles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'class_teacher', classId: classes['5А'], source: `class-teacher:${classes['5А']}` }),
        expect.objectContaining({ role: 'subject_teacher', classId: classes['5А'], subjectId: 'math', source: expect.any(String) }),
      ]),
    );
  });

  it('2. every role does its day’s work with the rights the structure gave them', async () => {
    // The teachers' tokens were issued before the roles existed: they log in again (or refresh) to carry them.
    for (const name of ['smirnova', 'kuznetsov'] as const) staff[name].token = await platform.system.logIn(staff[name].login, staff[name].password);
    // The class teacher hands a parent the code (004 §3.2); the parent redeems it.
    const code = (await ok('POST', '/invitations', staff.smirnova.token, { childId: pupils.petrov, role: 'parent' })).code;
    const redeemed = await ok('POST', '/invitations/redeem', '', { code, login: 'petrova.mama', password: 'пароль мамы Пети на весь год', lastName: 'Петрова', firstName: 'Мария' });
    parent = { login: 'petrova.mama', password: 'пароль мамы Пети на весь год', token: redeemed.accessToken };
    const pupilCode = (await ok('POST', '/invitations', staff.smirnova.token, { childId: pupils.petrov, role: 'student' })).code;
    pupilAccount = { login: 'petya.petrov', password: 'пароль Пети на весь учебный год', token: (await ok('POST', '/invitations/redeem', '', { code: pupilCode, login: 'petya.petrov', password: 'пароль Пети на весь учебный год', lastName: 'Петров', firstName: 'Пётр' })).accessToken };

    // Mathematics on Monday 9 November: topic, homework, a remark to Petya, a mark with a comment.
    const math = await lessonOn(classes['5А'], '2026-11-09', 'math');
    const record = await whenKnown(() => call('PUT', `/lessons/${math.id}/record`, staff.smirnova.token, { topic: 'Обыкновенные дроби', homework: '§ 12, № 3–7', remarks: [{ studentId: pupils.petrov, text: 'Забыл тетрадь' }] }), 'the gradebook to know the lesson');
    expect(record.status).toBe(200);
    expect(record.body).toMatchObject({ conducted: true });
    expect((await call('POST', `/lessons/${math.id}/marks`, staff.smirnova.token, { marks: [{ studentId: pupils.petrov, values: [5], workKind: 'answer', comment: 'Отличный ответ у доски' }] })).status).toBe(201);
    // Russian is not hers: she sees the page (as class teacher), so she is told which right she lacks.
    const russian = await lessonOn(classes['5А'], '2026-11-10', 'rus');
    const notHers = await whenKnown(() => call('POST', `/lessons/${russian.id}/marks`, staff.smirnova.token, { marks: [{ studentId: pupils.petrov, values: [4], workKind: 'answer' }] }), 'the gradebook to know the Russian lesson');
    expect(notHers).toMatchObject({ status: 403, body: { permission: 'journal.edit' } });

    // Music is marked by «зачёт» (the approved curriculum): a 5 is refused.
    const music = await lessonOn(classes['5А'], '2026-11-11', 'music');
    const numeric = await eventually(async () => {
      const answer = await call('POST', `/lessons/${music.id}/marks`, staff.kuznetsov.token, { marks: [{ studentId: pupils.petrov, values: [5], workKind: 'answer' }] });
      return answer.status === 400 ? answer : undefined;
    }, 15_000, 'the gradebook to learn the curriculum');
    expect(numeric.body.detail).toBe('этот предмет оценивается зачётом (учебный план): «зачёт» или «незачёт»');
    expect((await call('POST', `/lessons/${music.id}/marks`, staff.kuznetsov.token, { marks: [{ studentId: pupils.petrov, values: [], passFail: 'зачёт', workKind: 'answer' }] })).status).toBe(201);

    // A lesson of next week has not happened: no marks, no absences, not «conducted» (000 §9.1).
    const future = await lessonOn(classes['5А'], '2026-12-07', 'math');
    const early = await whenKnown(() => call('POST', `/lessons/${future.id}/marks`, staff.smirnova.token, { marks: [{ studentId: pupils.petrov, values: [5], workKind: 'answer' }] }), 'the gradebook to know the December lesson');
    expect(early.status).toBe(409);
    expect(early.body.detail).toMatch(/^урок 2026-12-07 в \d\d:\d\d ещё не начался: отметки — только на проведённых уроках$/);
    expect((await call('PUT', `/lessons/${future.id}/record`, staff.smirnova.token, { topic: 'Сложение дробей', conducted: true })).status).toBe(409);
    const planned = await ok('PUT', `/lessons/${future.id}/record`, staff.smirnova.token, { topic: 'Сложение дробей', homework: '§ 13' });
    expect(planned).toMatchObject({ topic: 'Сложение дробей', conducted: false });
    const absentAhead = await eventually(async () => {
      const answer = await call('PUT', `/lessons/${future.id}/attendance`, staff.smirnova.token, { absences: [{ studentId: pupils.petrov, code: 'Н' }] });
      return answer.status === 404 ? undefined : answer;
    }, 15_000, 'attendance to know the December lesson');
    expect(absentAhead.status).toBe(409);

    // First grade: «без задания» is written, marks never are (000 §9.1, 004 §3.8).
    const reading = await lessonOn(classes['1А'], '2026-11-09', 'read');
    const firstGrade = await whenKnown(() => call('PUT', `/lessons/${reading.id}/record`, staff.kuznetsov.token, { topic: 'Звуки и буквы', noHomework: true }), 'the gradebook to know the first-grade lesson');
    expect(firstGrade).toMatchObject({ status: 200, body: { noHomework: true } });
    expect((await call('POST', `/lessons/${reading.id}/marks`, staff.kuznetsov.token, { marks: [{ studentId: pupils.orlov, values: [5], workKind: 'answer' }] })).status).toBe(409);

    // The parent's week: teachers and subjects by name, the mark's comment, the remark to Petya.
    const week = await eventually(async () => {
      const page = (await call('GET', `/students/${pupils.petrov}/diary/week?week=2026-11-09`, parent.token)).body;
      const lesson = page?.lessons?.find((candidate: { lessonId: string }) => candidate.lessonId === math.id);
      return lesson?.marks?.length === 1 && lesson.remark && page.lessons.find((candidate: { lessonId: string }) => candidate.lessonId === music.id)?.marks?.length === 1 ? page : undefined;
    }, 15_000, 'the diary to show the day');
    expect(week.lessons.find((lesson: { lessonId: string }) => lesson.lessonId === math.id)).toMatchObject({
      subjectName: 'Математика',
      teacherName: 'Смирнова Анна Сергеевна',
      topic: 'Обыкновенные дроби',
      remark: 'Забыл тетрадь',
      marks: [expect.objectContaining({ values: [5], comment: 'Отличный ответ у доски' })],
    });
    expect(week.lessons.find((lesson: { lessonId: string }) => lesson.lessonId === music.id)).toMatchObject({ subjectName: 'Музыка', teacherName: 'Кузнецов Игорь Петрович', marks: [expect.objectContaining({ passFail: 'зачёт' })] });
    // The pupil reads their own diary, and nobody else's.
    expect((await call('GET', `/students/${pupils.petrov}/diary/week?week=2026-11-09`, pupilAccount.token)).status).toBe(200);
    expect((await call('GET', `/students/${pupils.sidorova}/diary/week?week=2026-11-09`, pupilAccount.token)).status).toBe(404);
    // The remark is Petya's alone: Olya's week shows none.
    const teachers = (await ok('GET', `/students/${pupils.petrov}/diary/teachers?week=2026-11-09`, parent.token)).subjects;
    expect(teachers).toEqual(expect.arrayContaining([expect.objectContaining({ subjectId: 'math', subjectName: 'Математика', teacherNames: ['Смирнова Анна Сергеевна'] })]));
  });

  it('3. appointing another class teacher moves the right at once', async () => {
    const appointed = Date.now();
    await ok('PUT', `/classes/${classes['5А']}/class-teacher`, admin, { teacherId: staff.popova.personId });
    // Smirnova's tokens are refused as soon as identity hears of it; her new ones carry no class_teacher.
    await eventually(async () => ((await call('POST', '/invitations', staff.smirnova.token, { childId: pupils.sidorova, role: 'parent' })).status === 401 ? true : undefined), 15_000, 'the old token to be refused');
    const smirnova = await platform.system.logIn(staff.smirnova.login, staff.smirnova.password);
    expect(await call('POST', '/invitations', smirnova, { childId: pupils.sidorova, role: 'parent' })).toMatchObject({ status: 403, body: { permission: 'invitation.issue' } });
    // Popova, logging in, holds the class.
    const issued = await eventually(async () => {
      const popova = await platform.system.logIn(staff.popova.login, staff.popova.password);
      const answer = await call('POST', '/invitations', popova, { childId: pupils.sidorova, role: 'parent' });
      return answer.status === 201 ? answer.body : undefined;
    }, 30_000, 'the new class teacher to hold the class');
    expect(issued.code).toEqual(expect.any(String));
    console.log(`class teacher appointed → the new one issues a code: ${Date.now() - appointed} ms`);
    // Smirnova still teaches mathematics there (her load): her page stays hers.
    expect((await call('GET', `/classes/${classes['5А']}/subjects/math/periods/${(await lessonOn(classes['5А'], '2026-11-09', 'math')).periodId}/journal`, smirnova)).status).toBe(200);
  });

  it('4. expelling a pupil ends the diary for the pupil and the parents', async () => {
    await ok('POST', `/years/${yearId}/movements`, admin, { kind: 'EXPEL', studentId: pupils.petrov, date: '2026-11-30', orderNumber: '№ 45-у' });
    await eventually(async () => ((await call('GET', `/students/${pupils.petrov}/diary/week?week=2026-11-09`, parent.token)).status === 401 ? true : undefined), 15_000, 'the parent’s token to be refused');
    const parentAgain = await platform.system.logIn(parent.login, parent.password);
    expect((await call('GET', `/students/${pupils.petrov}/diary/week?week=2026-11-09`, parentAgain)).status).toBe(404);
    // Identity revokes account by account (the parent's, then the pupil's own): each is refused once its event arrives.
    await eventually(async () => ((await call('GET', `/students/${pupils.petrov}/diary/week?week=2026-11-09`, pupilAccount.token)).status === 401 ? true : undefined), 15_000, 'the pupil’s token to be refused');
    const pupilAgain = await platform.system.logIn(pupilAccount.login, pupilAccount.password);
    expect((await call('GET', `/students/${pupils.petrov}/diary/week?week=2026-11-09`, pupilAgain)).status).toBe(404);
  });

  it('5. closes a period only when confirmed, says what is locked, and the administrator reopens it with a reason', async () => {
    const september = await lessonOn(classes['5А'], '2026-09-07', 'math');
    const smirnova = await platform.system.logIn(staff.smirnova.login, staff.smirnova.password);
    expect((await call('POST', `/lessons/${september.id}/marks`, smirnova, { marks: [{ studentId: pupils.sidorova, values: [4], workKind: 'answer' }] })).status).toBe(201);
    const stray = await call('POST', `/years/${yearId}/periods/${firstQuarter}/close`, admin, {});
    expect(stray.status).toBe(400);
    expect(stray.body.errors).toHaveProperty('confirm');
    const closed = await ok('POST', `/years/${yearId}/periods/${firstQuarter}/close`, admin, { confirm: true });
    expect(closed.effect).toMatch(/отметки|итоговые/);
    const locked = await eventually(async () => {
      const answer = await call('POST', `/lessons/${september.id}/marks`, smirnova, { marks: [{ studentId: pupils.sidorova, values: [5], workKind: 'answer' }] });
      return answer.status === 409 ? answer : undefined;
    }, 15_000, 'the gradebook to lock the period');
    expect(locked.body.detail).toContain('период закрыт');
    // Reopening needs a reason, and the administrator's right (a teacher sees the year, so is told which right).
    expect((await call('POST', `/years/${yearId}/periods/${firstQuarter}/reopen`, admin, {})).status).toBe(400);
    expect((await call('POST', `/years/${yearId}/periods/${firstQuarter}/reopen`, smirnova, { reason: 'ошибка' })).status).toBe(403);
    const reopened = await ok('POST', `/years/${yearId}/periods/${firstQuarter}/reopen`, admin, { reason: 'исправление ошибки в отметках, служебная записка № 3' });
    expect(reopened).toMatchObject({ period: expect.objectContaining({ id: firstQuarter }) });
    await eventually(async () => ((await call('POST', `/lessons/${september.id}/marks`, smirnova, { marks: [{ studentId: pupils.sidorova, values: [5], workKind: 'answer' }] })).status === 201 ? true : undefined), 15_000, 'the gradebook to reopen the period');
  });

  it('6. says what is wrong with a request before any question of rights about its content', async () => {
    const empty = await call('POST', '/people', admin, {});
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.errors)).toEqual(expect.arrayContaining(['schoolId', 'kind', 'lastName']));
    const audit = await call('GET', '/audit', admin);
    expect(audit.status).toBe(400);
    expect(audit.body.errors).toHaveProperty('schoolId');
    expect((await call('GET', `/audit?schoolId=${schoolId}`, admin)).status).toBe(200);
  });
});


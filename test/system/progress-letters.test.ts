// System test: the class teacher prints the information letters for families without internet (000 §9.2,
// 004 §4.2.4) — one PDF sheet per pupil with the week's marks, absences and homework as the diary has
// them; the school's administrator may too; nobody else sees the class; printing is not a diary view.
import { createYear, importPeople, registerSchool, staffAccount, sharedPlatform, type Gateway } from './platform';
import { eventually, pdfPageTexts } from '@ejournal/testing';


describe('the information letters through the gateway', () => {
  let platform: Gateway;
  let classId: string;
  let otherClassId: string;
  let petya: string;
  let olya: string;
  let tokens: Record<'admin' | 'classTeacher' | 'otherClassTeacher' | 'teacher' | 'parent', string>;
  let lessons: Array<{ id: string; date: string }> = [];

  const post = async (path: string, body: unknown, token?: string, expected = [200, 201]) => {
    const response = await platform.request(`/api/v1${path}`, { method: 'POST', token, body: JSON.stringify(body) });
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`POST ${path} → ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const letters = (token: string, from = '2026-09-07', to = '2026-09-13', ofClass = classId) => platform.request(`/api/v1/classes/${ofClass}/progress-letters?from=${from}&to=${to}`, { token });

  beforeAll(async () => {
    platform = sharedPlatform();
    const operator = await platform.operatorToken();
    const schoolId = await registerSchool(platform, operator, 'Школа № 33');
    const admin = (await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }])).token;
    const deputy = (await staffAccount(platform, admin, schoolId, [{ role: 'deputy_director', schoolId }])).token;
    const year = await createYear(platform, deputy, schoolId);
    classId = (await post(`/years/${year.id}/classes`, { grade: 5, letter: 'А' }, deputy)).id;
    otherClassId = (await post(`/years/${year.id}/classes`, { grade: 5, letter: 'Б' }, deputy)).id;
    const people = await importPeople(platform, admin, schoolId, ['Фамилия,Имя,Дата рождения,Тип,Класс,Дата зачисления', `Петров,Пётр,01.02.2015,ученик,${classId},01.09.2026`, `Сидорова,Ольга,12.03.2015,ученик,${classId},01.09.2026`].join('\n'));
    expect(people.status).toBe(201);
    [petya, olya] = (await people.json()).created.map((created: { personId: string }) => created.personId);
    await eventually(async () => {
      const roster = await (await platform.request(`/api/v1/classes/${classId}/roster?date=2026-09-01`, { token: deputy })).json();
      return roster.studentIds?.length === 2 ? true : undefined;
    }, 10_000, 'curriculum to enrol the registered students');
    const classTeacher = await staffAccount(platform, admin, schoolId, [{ role: 'class_teacher', schoolId, classId }]);
    const otherClassTeacher = await staffAccount(platform, admin, schoolId, [{ role: 'class_teacher', schoolId, classId: otherClassId }]);
    const teacher = await staffAccount(platform, admin, schoolId, [{ role: 'subject_teacher', schoolId, classId, subjectId: 'math' }]);
    // Petya's parent uses the diary; Olya's family has no internet (no account at all).
    const code = (await post('/invitations', { childId: petya, role: 'parent' }, classTeacher.token)).code;
    const parent = (await post('/invitations/redeem', { code, login: 'mama.vasi', password: 'длинный пароль для дневника мамы', lastName: 'Петрова', firstName: 'Анна' })).accessToken as string;
    tokens = { admin, classTeacher: classTeacher.token, otherClassTeacher: otherClassTeacher.token, teacher: teacher.token, parent };

    const timetable = await platform.request(`/api/v1/classes/${classId}/timetable`, { method: 'PUT', token: deputy, body: JSON.stringify({ entries: [1, 3].map((weekday) => ({ weekday, lessonNumber: 2, subjectId: 'math', teacherId: teacher.personId })) }) });
    expect(timetable.status).toBe(200);
    await post(`/classes/${classId}/lessons/generate`, { from: '2026-09-01', to: '2026-10-24' }, deputy);
    lessons = (await (await platform.request(`/api/v1/classes/${classId}/lessons?week=2026-09-07`, { token: deputy })).json()).lessons;
    const [monday, wednesday] = lessons;
    await eventually(async () => ((await platform.request(`/api/v1/lessons/${monday.id}/record`, { method: 'PUT', token: teacher.token, body: JSON.stringify({ topic: 'Натуральные числа', homework: '§ 1, № 5–9' }) })).status === 200 ? true : undefined), 15_000, 'the gradebook to know the lesson');
    await eventually(async () => ((await platform.request(`/api/v1/lessons/${monday.id}/marks`, { method: 'POST', token: teacher.token, body: JSON.stringify({ marks: [{ studentId: petya, values: [5], workKind: 'answer', comment: 'Отличный ответ у доски' }] }) })).status === 201 ? true : undefined), 15_000, 'the mark');
    await eventually(async () => ((await platform.request(`/api/v1/lessons/${wednesday.id}/attendance`, { method: 'PUT', token: teacher.token, body: JSON.stringify({ absences: [{ studentId: olya, code: 'Н' }] }) })).status === 200 ? true : undefined), 15_000, 'attendance to know the lesson');
  });


  it('gives the class teacher a PDF with a sheet for every pupil and the week as the diary has it', async () => {
    const [monday, wednesday] = lessons;
    const { response, pages } = await eventually(async () => {
      const answer = await letters(tokens.classTeacher);
      if (answer.status !== 200) throw new Error(`letters → ${answer.status}: ${await answer.text()}`);
      const texts = pdfPageTexts(Buffer.from(await answer.arrayBuffer()));
      const joined = texts.join('\n');
      return joined.includes('Отличный ответ у доски') && joined.includes('— Н') ? { response: answer, pages: texts } : undefined;
    }, 15_000, 'the letters to show the week');
    expect(response.headers.get('content-type')).toMatch(/^application\/pdf/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[\x20-\x7e]+\.pdf"$/);
    expect(pages).toHaveLength(2);
    const day = (date: string) => date.split('-').reverse().join('.');
    const sheetOf = (name: string) => pages.find((text) => text.replace(/\s+/g, ' ').includes(name))!;
    const petyaSheet = sheetOf('Петров Пётр');
    const olyaSheet = sheetOf('Сидорова Ольга');
    for (const sheet of [petyaSheet, olyaSheet]) {
      expect(sheet).toContain('Информационное письмо');
      expect(sheet).toContain('Класс: 5А');
      expect(sheet).toContain('Период: 7 — 13 сентября 2026');
      expect(sheet).toContain('Математика');
      expect(sheet).toContain(`${day(monday.date)} — § 1, № 5–9`);
      expect(sheet).toContain('Родитель (законный представитель)');
    }
    expect(petyaSheet).toContain(`${day(monday.date)} — 5`);
    expect(petyaSheet).toContain('Отличный ответ у доски');
    expect(petyaSheet).not.toContain('— Н');
    expect(olyaSheet).toContain(`${day(wednesday.date)} — Н`);
    expect(olyaSheet).not.toContain('Отличный ответ у доски');
  });

  it('lets the administrator print them too, and nobody else see the class', async () => {
    expect((await letters(tokens.admin)).status).toBe(200);
    expect((await letters(tokens.otherClassTeacher)).status).toBe(404);
    expect((await letters(tokens.teacher)).status).toBe(404);
    expect((await letters(tokens.parent)).status).toBe(404);
    expect((await letters(tokens.classTeacher, '2026-09-07', '2026-09-13', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('refuses a period longer than a month, an end before the start and missing dates', async () => {
    const tooLong = await letters(tokens.classTeacher, '2026-09-01', '2026-10-02');
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).detail).toContain('не длиннее 31 дня');
    expect((await letters(tokens.classTeacher, '2026-09-13', '2026-09-07')).status).toBe(400);
    expect((await platform.request(`/api/v1/classes/${classId}/progress-letters?from=2026-09-07`, { token: tokens.classTeacher })).status).toBe(400);
    expect((await letters(tokens.classTeacher, '2026-09-01', '2026-10-01')).status).toBe(200);
  });

  it('does not count the printing as the family opening the diary (003 §4.2)', async () => {
    // The diary writes its count of views every second: long enough for the letters printed above.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const readers = await (await platform.request(`/api/v1/classes/${classId}/diary-readers?month=2026-09`, { token: tokens.classTeacher })).json();
    expect(readers.students).toHaveLength(2);
    expect(readers.students).toEqual(expect.arrayContaining([petya, olya].map((studentId) => expect.objectContaining({ studentId, views: 0, viewers: 0 }))));
  });
});

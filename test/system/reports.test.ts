// System test of issue #17: the reports service keeps its own read models from the bus and answers
// filling control (002 §3.6, 003 §4.2: a lesson's topic by 21:00 of its day), the class's summary sheet
// (003 §4.1, 004 §4.2.4) whose proposed finals are the gradebook's own (000 §9.1, 004 §5: one rule), the
// region's data-quality view (001 §9: a school that let a quarter end without closing it), as JSON, CSV
// and XLSX with Russian headers, and the class's average as an SVG chart.
import { localDateTime, mondayOf } from '@ejournal/school-rules';
import { eventually } from '@ejournal/testing';
import { Resvg } from '@resvg/resvg-js';
import ExcelJS from 'exceljs';
import { createYear, registerSchool, registerStudents, staffAccount, sharedPlatform, type Gateway } from './platform';

type Staff = Awaited<ReturnType<typeof staffAccount>>;

describe('reports: filling control, the summary sheet, the region view (issue #17)', () => {
  let platform: Gateway;
  let operator: string;
  let schoolId: string;
  let admin: Staff;
  let deputy: Staff;
  let teacher: Staff;
  let otherTeacher: Staff;
  let classTeacher: Staff;
  let otherAdmin: Staff;
  let classId: string;
  let quarter: string;
  let pupils: string[];
  let lessons: string[];

  const call = async (method: string, path: string, token: string | undefined, body?: unknown) => {
    const response = await platform.request(`/api/v1${path}`, { method, token, body: body === undefined ? undefined : JSON.stringify(body) });
    const buffer = Buffer.from(await response.arrayBuffer());
    const text = buffer.toString('utf8');
    let json: any;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, body: json, text, buffer, headers: response.headers };
  };
  const ok = async (method: string, path: string, token: string, body?: unknown) => {
    const answer = await call(method, path, token, body);
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${answer.status} ${answer.text}`);
    return answer.body;
  };
  const filling = (token: string) => ok('GET', `/schools/${schoolId}/reports/filling?from=2026-09-01&to=2026-10-24`, token);

  beforeAll(async () => {
    platform = sharedPlatform();
    operator = await platform.operatorToken();
    schoolId = await registerSchool(platform, operator, 'Школа отчётов');
    admin = await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }]);
    deputy = await staffAccount(platform, admin.token, schoolId, [{ role: 'deputy_director', schoolId }]);
    const year = await createYear(platform, deputy.token, schoolId);
    quarter = year.periods[0].id;
    classId = (await ok('POST', `/years/${year.id}/classes`, deputy.token, { grade: 6, letter: 'В' })).id;
    const otherClass = (await ok('POST', `/years/${year.id}/classes`, deputy.token, { grade: 6, letter: 'Г' })).id;
    teacher = await staffAccount(platform, admin.token, schoolId, [{ role: 'subject_teacher', schoolId, classId, subjectId: 'math' }]);
    otherTeacher = await staffAccount(platform, admin.token, schoolId, [{ role: 'subject_teacher', schoolId, classId: otherClass, subjectId: 'math' }]);
    classTeacher = await staffAccount(platform, admin.token, schoolId, [{ role: 'class_teacher', schoolId, classId }]);
    pupils = await registerStudents(platform, admin.token, schoolId, 3, '6В', 'Отчётова');
    await ok('PUT', `/classes/${classId}/timetable`, deputy.token, { entries: [{ weekday: 2, lessonNumber: 1, subjectId: 'math', teacherId: teacher.personId }] });
    await ok('POST', `/classes/${classId}/lessons/generate`, deputy.token, { from: '2026-09-01', to: '2026-10-24' });
    lessons = (await ok('GET', `/classes/${classId}/lessons?week=2026-09-07`, deputy.token)).lessons.map((lesson: { id: string }) => lesson.id);
    const other = await registerSchool(platform, operator, 'Соседняя школа');
    otherAdmin = await staffAccount(platform, operator, other, [{ role: 'school_admin', schoolId: other }]);
  });


  it('shows a lesson left without a topic past its deadline within seconds, and no more once the topic is written', async () => {
    const [lessonId] = lessons;
    const before = await eventually(async () => {
      const report = await filling(deputy.token);
      return report.openLessons?.some((open: { lessonId: string }) => open.lessonId === lessonId) ? report : undefined;
    }, 20_000, 'filling control to show the lesson without a topic');
    const line = before.byClassSubject.find((item: { classId: string; subjectId: string }) => item.classId === classId && item.subjectId === 'math');
    // Tuesdays from 1 September to 24 October 2026: eight lessons, none recorded.
    expect(line).toMatchObject({ className: '6В', subjectName: 'Математика', lessonsHeld: 8, withoutTopic: 8, withoutHomework: 8, pupilsWithoutMarks: 3 });
    expect(before.openLessons.find((open: { lessonId: string }) => open.lessonId === lessonId)).toMatchObject({ className: '6В', teacherName: expect.stringMatching(/\S/), missing: ['topic', 'homework'] });
    expect(before.byTeacher).toEqual([expect.objectContaining({ teacherId: teacher.personId, lessonsHeld: 8, withoutTopic: 8 })]);
    expect(before.currentTo).toMatch(/^2026-/);

    await ok('PUT', `/lessons/${lessonId}/record`, teacher.token, { topic: 'Делимость чисел', homework: '§ 2, № 15' });
    await ok('POST', `/lessons/${lessonId}/marks`, teacher.token, { marks: [{ studentId: pupils[0], values: [5], workKind: 'answer' }] });
    const after = await eventually(async () => {
      const report = await filling(deputy.token);
      const page = report.byClassSubject.find((item: { classId: string }) => item.classId === classId);
      return !report.openLessons.some((open: { lessonId: string }) => open.lessonId === lessonId) && page.pupilsWithOneMark === 1 ? report : undefined;
    }, 20_000, 'filling control to see the topic written');
    // Written now, long after its day's 21:00: filled, but late (003 §4.2); the answer's mark is due on the
    // lesson's day, so it is late too (002 §3.5, 004 §4.2.5).
    expect(after.byClassSubject.find((item: { classId: string }) => item.classId === classId)).toMatchObject({ lessonsHeld: 8, withoutTopic: 7, recordedLate: 1, pupilsWithoutMarks: 2, pupilsWithOneMark: 1, marksLate: 1 });
    expect(after.weeks.find((week: { week: string }) => week.week === '2026-08-31')).toMatchObject({ teachers: 1, onTime: 0 });
  });

  it('lets each see only their scope: a teacher their own lessons; another school’s administrator gets for this school the 404 a made-up school gets', async () => {
    const own = await filling(teacher.token);
    expect(own.byTeacher.map((line: { teacherId: string }) => line.teacherId)).toEqual([teacher.personId]);
    const others = await filling(otherTeacher.token);
    expect(others.byClassSubject).toEqual([]);
    const foreign = await call('GET', `/schools/${schoolId}/reports/filling`, otherAdmin.token);
    const madeUp = await call('GET', `/schools/00000000-0000-4000-8000-000000000000/reports/filling`, otherAdmin.token);
    expect(foreign.status).toBe(404);
    expect(madeUp.status).toBe(404);
    expect(foreign.body.detail).toBe(madeUp.body.detail);
    expect((await call('GET', `/classes/${classId}/reports/summary`, otherTeacher.token)).status).toBe(404);
    expect((await call('GET', `/reports/region`, admin.token)).status).toBe(404);
    const bad = await call('GET', `/schools/${schoolId}/reports/filling?from=2026-10-01&to=2026-09-01`, deputy.token);
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/начало интервала позже его конца/);
    expect((await call('GET', `/schools/${schoolId}/reports/filling?format=pdf`, deputy.token)).status).toBe(400);
  });

  it('proposes in the summary sheet the very finals the journal proposes, and lists the pupils by the rules of 004 §4.2.4', async () => {
    const [nextLesson] = (await ok('GET', `/classes/${classId}/lessons?week=2026-09-14`, deputy.token)).lessons.map((lesson: { id: string }) => lesson.id);
    await ok('POST', `/lessons/${nextLesson}/marks`, teacher.token, { marks: [{ studentId: pupils[0], values: [4], workKind: 'test' }, { studentId: pupils[1], values: [2], workKind: 'test' }, { studentId: pupils[2], values: [3], workKind: 'answer' }] });
    // The third pupil's «3» stands on enough marks for a final (004 §5: three in a quarter, one of them written).
    for (const [week, workKind] of [['2026-09-21', 'test'], ['2026-09-28', 'answer']]) {
      const [later] = (await ok('GET', `/classes/${classId}/lessons?week=${week}`, deputy.token)).lessons.map((lesson: { id: string }) => lesson.id);
      await ok('POST', `/lessons/${later}/marks`, teacher.token, { marks: [{ studentId: pupils[2], values: [3], workKind }] });
    }
    const journal = await ok('GET', `/classes/${classId}/subjects/math/periods/${quarter}/journal`, teacher.token);
    const sheet = await eventually(async () => {
      const current = await ok('GET', `/classes/${classId}/reports/summary?periodId=${quarter}`, classTeacher.token);
      return current.pupils.reduce((sum: number, pupil: { cells: Array<{ marks: number }> }) => sum + pupil.cells.reduce((n, cell) => n + cell.marks, 0), 0) === 6 ? current : undefined;
    }, 20_000, 'the summary sheet to hold the six marks');
    expect(sheet).toMatchObject({ className: '6В', periodName: '1 четверть', subjects: [{ subjectId: 'math', name: 'Математика' }] });
    for (const proposal of journal.proposals) {
      const pupil = sheet.pupils.find((item: { studentId: string }) => item.studentId === proposal.studentId);
      expect(pupil.cells[0]).toMatchObject({ subjectId: 'math', average: proposal.average, proposed: proposal.proposed, notEnoughMarks: proposal.notEnoughMarks });
    }
    expect(sheet.withTwo).toEqual([pupils[1]]);
    expect(sheet.withOneThree).toEqual([pupils[2]]);
    expect(sheet.atRisk).toEqual(expect.arrayContaining([pupils[1]]));
    expect(sheet.pupils.find((pupil: { studentId: string }) => pupil.studentId === pupils[1]).name).toMatch(/^Отчётова /);

    const xlsx = await call('GET', `/classes/${classId}/reports/summary?periodId=${quarter}&format=xlsx`, deputy.token);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.buffer as unknown as ArrayBuffer);
    const cells = book.worksheets[0].getSheetValues().flat().filter((value) => value !== undefined && value !== null).map(String);
    expect(cells).toEqual(expect.arrayContaining(['Ученик', 'Математика: средний балл', 'Математика: итог', 'Пропущено уроков']));
    expect(cells.some((value) => value.startsWith('Отчётова '))).toBe(true);

    const csv = await call('GET', `/classes/${classId}/reports/summary?periodId=${quarter}&format=csv`, classTeacher.token);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toContain('Ученик;Математика: средний балл;Математика: итог');

    const chart = await call('GET', `/classes/${classId}/reports/average-chart?periodId=${quarter}`, classTeacher.token);
    expect(chart.status).toBe(200);
    expect(chart.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(chart.text).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(chart.text).toContain('Математика');
    // It renders: turned into a PNG of the SVG's size.
    const png = new Resvg(chart.text).render();
    expect(png.asPng().subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.width).toBeGreaterThan(200);
  });

  it('shows the operator the school that let its first quarter end without closing it, per school and municipality, and as XLSX', async () => {
    const overview = await eventually(async () => {
      const current = await ok('GET', '/reports/region?from=2026-09-01&to=2026-10-24', operator);
      return current.schools.some((school: { schoolId: string; lessonsHeld: number }) => school.schoolId === schoolId && school.lessonsHeld > 0) ? current : undefined;
    }, 20_000, 'the region view to know the school');
    const school = overview.schools.find((item: { schoolId: string }) => item.schoolId === schoolId);
    expect(school).toMatchObject({ name: 'Школа отчётов', municipality: 'г. Пермь', lessonsHeld: 8, withoutTopic: 7, unclosedPeriods: ['1 четверть'] });
    expect(school.filledShare).toBeCloseTo(1 / 8, 3);
    expect(overview.municipalities.find((item: { municipality: string }) => item.municipality === 'г. Пермь')).toMatchObject({ schoolsWithUnclosedPeriods: expect.any(Number) });

    const xlsx = await call('GET', '/reports/region?from=2026-09-01&to=2026-10-24&format=xlsx', operator);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.buffer as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const values = sheet.getSheetValues().flat().filter((value) => value !== undefined && value !== null).map(String);
    expect(values).toEqual(expect.arrayContaining(['Муниципалитет', 'Школа', 'Проведено уроков', 'Без темы', 'Не закрыты периоды', 'Школа отчётов', '1 четверть']));
  });

  it('keeps the class’s attendance sheet by reason and subject (003 §4.1), as the class teacher sees it and downloads it', async () => {
    await ok('PUT', `/lessons/${lessons[0]}/attendance`, teacher.token, { absences: [{ studentId: pupils[2], code: 'Б' }] });
    const sheet = await eventually(async () => {
      const current = await ok('GET', `/classes/${classId}/reports/attendance?from=2026-09-01&to=2026-09-30`, classTeacher.token);
      return current.pupils.some((pupil: { total: number }) => pupil.total > 0) ? current : undefined;
    }, 20_000, 'the attendance sheet to hold the absence');
    expect(sheet.codes.slice(0, 3)).toEqual(['Н', 'Б', 'У']);
    expect(sheet.pupils.find((pupil: { studentId: string }) => pupil.studentId === pupils[2])).toMatchObject({ name: expect.stringMatching(/^Отчётова /), total: 1, byCode: expect.arrayContaining([{ code: 'Б', count: 1 }]), bySubject: [{ subjectId: 'math', subjectName: 'Математика', count: 1 }] });
    expect(sheet.pupils.filter((pupil: { total: number }) => pupil.total === 0)).toHaveLength(2);
    const csv = await call('GET', `/classes/${classId}/reports/attendance?from=2026-09-01&to=2026-09-30&format=csv`, classTeacher.token);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Ученик;Н — без уважительной причины;Б — по болезни;У — по уважительной причине;Всего пропущено уроков;По предметам');
    expect((await call('GET', `/classes/${classId}/reports/attendance`, otherTeacher.token)).status).toBe(404);
  });

  it('lists the class’s movements of a period with the orders’ numbers (004 §4.2.4), on both classes of a transfer', async () => {
    const yearId = (await ok('GET', `/classes/${classId}`, deputy.token)).yearId;
    const otherClass = (await ok('GET', `/years/${yearId}/classes`, deputy.token)).classes.find((item: { name: string }) => item.name === '6Г').id;
    await ok('POST', `/years/${yearId}/movements`, admin.token, { kind: 'TRANSFER', studentId: pupils[1], classId: otherClass, date: '2026-10-12', orderNumber: '№ 47-у' });
    const list = await eventually(async () => {
      const current = await ok('GET', `/classes/${classId}/reports/movements?periodId=${quarter}`, classTeacher.token);
      return current.movements.some((line: { arrival: boolean }) => !line.arrival) ? current : undefined;
    }, 15_000, 'the transfer in the movement list');
    expect(list.periodName).toBe('1 четверть');
    expect(list.movements.filter((line: { arrival: boolean }) => !line.arrival)).toEqual([
      expect.objectContaining({ date: '2026-10-12', studentId: pupils[1], name: expect.stringMatching(/^Отчётова /), kind: 'TRANSFER', kindName: 'перевод в другой класс', otherClassName: '6Г', orderNumber: '№ 47-у' }),
    ]);
    expect(list).toMatchObject({ left: 1, onEnd: 2 });
    expect(list.onStart + list.arrived - list.left).toBe(list.onEnd);
    const arrivals = await ok('GET', `/classes/${otherClass}/reports/movements?from=2026-10-01&to=2026-10-31`, admin.token);
    expect(arrivals.movements).toEqual([expect.objectContaining({ studentId: pupils[1], arrival: true, otherClassName: '6В', orderNumber: '№ 47-у' })]);
    expect(arrivals).toMatchObject({ onStart: 0, arrived: 1, onEnd: 1 });
    const csv = await call('GET', `/classes/${classId}/reports/movements?periodId=${quarter}&format=csv`, classTeacher.token);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Дата;Ученик;Прибыл / выбыл;Вид движения;Откуда / куда (класс);Номер приказа');
    // Another class's teacher, and another school's administrator: the class is not there.
    expect((await call('GET', `/classes/${classId}/reports/movements`, otherTeacher.token)).status).toBe(404);
    expect((await call('GET', `/classes/${classId}/reports/movements`, otherAdmin.token)).status).toBe(404);
    expect((await call('GET', `/classes/${classId}/reports/movements?from=2026-13-01`, classTeacher.token)).status).toBe(400);
  });
  it('shows the program’s completion against the КТП (002 §3.6, 000 §9.1): given, still planned, and the lessons short of its hours', async () => {
    const mathOf = (report: { byClassSubject: Array<{ classId: string; subjectId: string }> }) => report.byClassSubject.find((line) => line.classId === classId && line.subjectId === 'math') as Record<string, unknown>;
    // No КТП approved yet: said so, nothing counted as short.
    expect(mathOf(await filling(deputy.token))).toMatchObject({ planHours: 0, lessonsGiven: 8, lessonsShort: 0 });
    const yearId = (await ok('GET', `/classes/${classId}`, deputy.token)).yearId;
    // Grade 6: mathematics 1 h a week, 34 h a year; the КТП's topics add up to them (003 §4.2).
    await ok('PUT', `/years/${yearId}/curriculum/6`, deputy.token, { lines: [{ subjectId: 'math', hoursPerWeek: 1 }] });
    await ok('POST', `/years/${yearId}/curriculum/6/approve`, deputy.token);
    const plan = await ok('PUT', `/years/${yearId}/thematic-plans`, deputy.token, { grade: 6, subjectId: 'math', topics: Array.from({ length: 17 }, (_, index) => ({ number: index + 1, title: `Тема ${index + 1}`, hours: 2 })) });
    await ok('POST', `/thematic-plans/${encodeURIComponent(plan.id)}/approve`, deputy.token);
    // The timetable has lessons for three more Tuesdays only (8, 15, 22 December): 34 − 8 − 3 = 23 short.
    await ok('POST', `/classes/${classId}/lessons/generate`, deputy.token, { from: '2026-12-07', to: '2026-12-27' });
    const line = await eventually(async () => {
      const current = mathOf(await filling(deputy.token));
      return current.planHours === 34 && current.lessonsLeft === 3 ? current : undefined;
    }, 15_000, 'the КТП and the new lessons in filling control');
    expect(line).toMatchObject({ planHours: 34, lessonsGiven: 8, lessonsLeft: 3, lessonsShort: 23 });
    // The teacher sees it for their own lessons; the CSV says it in Russian.
    expect(mathOf(await filling(teacher.token))).toMatchObject({ planHours: 34, lessonsGiven: 8, lessonsLeft: 3, lessonsShort: 23 });
    const csv = await call('GET', `/schools/${schoolId}/reports/filling?from=2026-09-01&to=2026-10-24&format=csv`, deputy.token);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/;Часов по КТП на год;Проведено уроков с начала года;Осталось уроков по расписанию;Не хватает уроков до КТП$/);
  });
  it('shows the operator each school’s pupils without a parent connected and how often families open the diary (001 §9, 002 §3.6)', async () => {
    // This week in the region's calendar: openings are counted by the week they happen in.
    const today = localDateTime(new Date()).date;
    const thisWeek = `from=${mondayOf(today)}&to=${today}`;
    const rowOf = async () => ((await ok('GET', `/reports/region?${thisWeek}`, operator)).schools as Array<Record<string, unknown>>).find((school) => school.schoolId === schoolId)!;
    // Three pupils, no parent yet (identity counts the school when its people change).
    expect(await eventually(async () => ((await rowOf()).pupils === 3 ? rowOf() : undefined), 15_000, 'the school’s pupils counted')).toMatchObject({ pupils: 3, pupilsWithoutParents: 3, diaryOpenings: 0 });
    // A mother joins with the class teacher's code and opens her son's week twice.
    const code = (await ok('POST', '/invitations', classTeacher.token, { childId: pupils[0], role: 'parent' })).code;
    const mother = (await ok('POST', '/invitations/redeem', '', { code, login: `mama${Date.now().toString(36)}`, password: 'мама читает дневник по вечерам', lastName: 'Отчётова', firstName: 'Анна' })).accessToken;
    for (let n = 0; n < 2; n++) expect((await call('GET', `/students/${pupils[0]}/diary/week?week=2026-09-07`, mother)).status).toBe(200);
    const row = await eventually(async () => {
      const current = await rowOf();
      return current.pupilsWithoutParents === 2 && current.diaryOpenings === 2 ? current : undefined;
    }, 20_000, 'the mother and her openings in the region’s view');
    // One week: two openings of one pupil's diary.
    expect(row).toMatchObject({ pupils: 3, pupilsWithoutParents: 2, diaryOpenings: 2, diaryOpeningsPerWeek: 2, pupilsOpenedPerWeek: 1 });
    const csv = await call('GET', `/reports/region?${thisWeek}&format=csv`, operator);
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/;Учеников;Учеников без подключённых родителей;Открытий дневника за интервал;Открытий дневника в неделю;Учеников, чей дневник открывали, в неделю$/);
    // Counts only: the school's administrator still cannot read the region's view.
    expect((await call('GET', '/reports/region', admin.token)).status).toBe(404);
  });
  it('counts the requests to change marks still waiting for the administrator, per teacher and per page (004 §4.1, 002 §3.6)', async () => {
    const [lessonId] = lessons;
    // The school closes the correction window: the teacher's correction becomes a request.
    const { version: _version, ...settings } = await ok('GET', `/schools/${schoolId}/settings`, deputy.token);
    await ok('PUT', `/schools/${schoolId}/settings`, deputy.token, { ...settings, markCorrectionMinutes: 0 });
    const markId = await eventually(async () => {
      const page = await ok('GET', `/classes/${classId}/subjects/math/periods/${quarter}/journal`, teacher.token);
      return page.markCorrectionMinutes === 0 ? page.marks.find((mark: { lessonId: string; studentId: string }) => mark.lessonId === lessonId && mark.studentId === pupils[0])?.id : undefined;
    }, 10_000, 'the closed window in the gradebook');
    const requested = await call('POST', `/lessons/${lessonId}/marks/${markId}/corrections`, teacher.token, { values: [4], reason: 'пересчёт баллов' });
    expect(requested.status).toBe(202);
    const openCounts = (report: { byClassSubject: Array<Record<string, unknown>>; byTeacher: Array<Record<string, unknown>> }) => ({
      page: report.byClassSubject.find((line) => line.classId === classId && line.subjectId === 'math')?.openChangeRequests,
      teacher: report.byTeacher.find((line) => line.teacherId === teacher.personId)?.openChangeRequests,
    });
    await eventually(async () => (openCounts(await filling(deputy.token)).page === 1 ? true : undefined), 15_000, 'the open request in filling control');
    expect(openCounts(await filling(deputy.token))).toEqual({ page: 1, teacher: 1 });
    // Decided: no longer open.
    await ok('POST', `/lessons/${lessonId}/change-requests/${requested.body.changeRequest.id}/decision`, admin.token, { approve: false, note: 'нужна работа на бумаге' });
    await eventually(async () => (openCounts(await filling(deputy.token)).page === 0 ? true : undefined), 15_000, 'the decided request gone from filling control');
    expect(openCounts(await filling(deputy.token))).toEqual({ page: 0, teacher: 0 });
  });
  it('draws the filling-control trend as an SVG chart: teachers on time, week by week (002 §3.6)', async () => {
    const path = `/api/v1/schools/${schoolId}/reports/filling-chart?from=2026-09-01&to=2026-10-24`;
    const chart = await platform.request(path, { token: deputy.token });
    expect(chart.status).toBe(200);
    expect(chart.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    const svg = await chart.text();
    expect(svg).toContain('Учителя, заполнившие журнал вовремя: ');
    expect(new Resvg(svg).render().asPng().length).toBeGreaterThan(1_000);
    // A teacher gets the chart of their own lessons; another school's administrator the 404 of a missing school.
    expect((await platform.request(path, { token: teacher.token })).status).toBe(200);
    expect((await platform.request(path, { token: otherAdmin.token })).status).toBe(404);
    expect((await platform.request(`/api/v1/schools/${schoolId}/reports/filling-chart?from=2026-13-01`, { token: deputy.token })).status).toBe(400);
  });
});

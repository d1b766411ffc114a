// System test (issue #4): a school set up from nothing through the gateway, as its staff would:
// settings, year and periods, subjects and rooms, classes and groups, rosters from a CSV file,
// curriculum, load, timetable, КТП → dated lessons → the electronic inspector reports it clean; then a
// teacher booked in two rooms at once is reported precisely; substitutions, moves and cancellations
// reach the bus; a year transition keeps the past and builds the new year.
import type { EventEnvelope } from '@ejournal/contracts';
import { EventBus } from '@ejournal/kit';
import { eventually, testLogger, testServers } from '@ejournal/testing';
import { createYear, registerSchool, registerStudents, staffAccount, sharedPlatform, type Gateway } from './platform';

describe('setting up a school and its year through the gateway', () => {
  let platform: Gateway;
  let listener: EventBus;
  const heard: EventEnvelope[] = [];
  let schoolId: string;
  let admin: string;
  let deputy: string;
  let director: string;
  const teachers: Record<'math' | 'rus' | 'eng1' | 'eng2' | 'sub', { token: string; personId: string }> = {} as never;
  let yearId: string;
  let nextYearId: string;
  const classes: Record<string, { id: string; groups: Array<{ id: string; name: string }> }> = {};
  const rooms: Record<string, string> = {};
  let students: string[] = [];

  const call = async (method: string, path: string, token: string, body?: unknown, expected = [200, 201, 204]) => {
    const response = await platform.request(`/api/v1${path}`, { method, token, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    platform = sharedPlatform();
    listener = new EventBus({ url: testServers().amqpUrl, namespace: platform.namespace, producer: 'test', logger: testLogger('listener') });
    listener.subscribeEachInstance('schedule-listener', ['curriculum.lessons.planned', 'curriculum.lesson.substituted', 'curriculum.lesson.cancelled', 'curriculum.enrolment.changed', 'curriculum.year.transitioned'], async (event) => {
      heard.push(event);
    });
    await listener.start();
    const operator = await platform.operatorToken();
    schoolId = await registerSchool(platform, operator, 'Лицей № 9');
    admin = (await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }])).token;
    deputy = (await staffAccount(platform, admin, schoolId, [{ role: 'deputy_director', schoolId }])).token;
    students = await registerStudents(platform, admin, schoolId, 5);
    director = (await staffAccount(platform, admin, schoolId, [{ role: 'director', schoolId }])).token;
  });

  afterAll(async () => {
    await listener?.stop();
  });

  it('sets the school up: settings, year, subjects, rooms, classes, groups, rosters, curriculum, load, timetable, КТП', async () => {
    // Settings: the defaults, plus the school's holiday (000 §9.4: the deputy sets the school regime).
    const settings = (await call('GET', `/schools/${schoolId}/settings`, deputy)).body;
    expect(settings).toMatchObject({ lowestMark: 2, highestMark: 5, rounding: { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 }, workingWeekdays: [1, 2, 3, 4, 5] });
    const { version, ...rest } = settings;
    await call('PUT', `/schools/${schoolId}/settings`, deputy, { ...rest, holidays: [{ startsOn: '2026-11-04', endsOn: '2026-11-04', name: 'День народного единства' }] });

    const quarters = [['2026-09-01', '2026-10-24'], ['2026-11-05', '2026-12-27'], ['2027-01-12', '2027-03-21'], ['2027-04-01', '2027-05-26']];
    const halves = [['2026-09-01', '2026-12-27'], ['2027-01-12', '2027-05-26']];
    const periods = (list: string[][]) => list.map(([startsOn, endsOn]) => ({ startsOn, endsOn }));
    const year = (await call('POST', `/schools/${schoolId}/years`, deputy, { startsOn: '2026-09-01', endsOn: '2027-05-26', periodSets: [{ scheme: 'QUARTERS', periods: periods(quarters) }, { scheme: 'HALF_YEARS', periods: periods(halves) }] })).body;
    expect(year).toMatchObject({ name: '2026/2027', status: 'open' });
    expect(year.periods.map((period: { name: string }) => period.name)).toEqual(['1 четверть', '2 четверть', '3 четверть', '4 четверть', '1 полугодие', '2 полугодие']);
    yearId = year.id;

    await call('POST', `/schools/${schoolId}/subjects`, deputy, { name: 'Шахматы', shortName: 'Шахм.' });
    for (const name of ['12', '14', '21']) rooms[name] = (await call('POST', `/schools/${schoolId}/rooms`, deputy, { name, capacity: 30 })).body.id;
    const catalogue = (await call('GET', `/schools/${schoolId}/catalogue`, director)).body;
    expect(catalogue.subjects.map((subject: { name: string }) => subject.name)).toEqual(expect.arrayContaining(['Математика', 'Шахматы']));

    for (const letter of ['А', 'Б']) {
      const created = (await call('POST', `/years/${yearId}/classes`, deputy, { grade: 5, letter })).body;
      classes[`5${letter}`] = { id: created.id, groups: [] };
    }
    // Teachers get their accounts with the classes and subjects they teach (002 §3.3).
    const teaching: Record<keyof typeof teachers, Array<[string, string]>> = { math: [['5А', 'math'], ['5Б', 'math']], rus: [['5А', 'rus'], ['5Б', 'rus']], eng1: [['5А', 'eng'], ['5Б', 'eng']], eng2: [['5А', 'eng']], sub: [['5А', 'math']] };
    for (const [name, subjects] of Object.entries(teaching) as Array<[keyof typeof teachers, Array<[string, string]>]>) {
      const account = await staffAccount(platform, admin, schoolId, subjects.map(([className, subjectId]) => ({ role: 'subject_teacher', schoolId, classId: classes[className].id, subjectId })));
      teachers[name] = { token: account.token, personId: account.personId };
    }
    await call('PUT', `/classes/${classes['5А'].id}/class-teacher`, deputy, { teacherId: teachers.rus.personId });
    await call('PUT', `/classes/${classes['5Б'].id}/class-teacher`, deputy, { teacherId: teachers.math.personId });
    const duplicate = await platform.request(`/api/v1/years/${yearId}/classes`, { method: 'POST', token: deputy, body: JSON.stringify({ grade: 5, letter: 'А' }) });
    expect(duplicate.status).toBe(409);
    for (const name of ['1 группа', '2 группа']) {
      const changed = (await call('POST', `/classes/${classes['5А'].id}/groups`, deputy, { subjectId: 'eng', name })).body;
      classes['5А'].groups = changed.groups;
    }

    // Rosters from a file, all or nothing: a bad line stops the whole file and is reported by number.
    const rows = students.map((student, index) => `${index < 3 ? '5А' : '5Б'};${student};01.09.2026;№ 112-у`);
    const bad = await platform.request(`/api/v1/years/${yearId}/imports/rosters`, { method: 'POST', token: admin, headers: { 'content-type': 'text/csv' }, body: ['Класс;Ученик;Дата зачисления;Приказ', ...rows, '7Я;не-ид;31.02.2026;'].join('\n') });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual([
      { line: 7, message: 'ученик: ожидается идентификатор обучающегося' },
      { line: 7, message: 'дата зачисления: ожидается дата ГГГГ-ММ-ДД, а дано «31.02.2026»' },
      { line: 7, message: 'не указан номер приказа' },
    ]);
    expect((await call('GET', `/classes/${classes['5А'].id}/roster?date=2026-09-01`, admin)).body.studentIds).toEqual([]);
    const good = await platform.request(`/api/v1/years/${yearId}/imports/rosters`, { method: 'POST', token: admin, headers: { 'content-type': 'text/csv' }, body: ['Класс;Ученик;Дата зачисления;Приказ', ...rows].join('\n') });
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ applied: true, studentsEnrolled: 5, classesCreated: 0 });
    const [g1, g2] = classes['5А'].groups;
    await call('POST', `/classes/${classes['5А'].id}/groups/${g1.id}/students`, admin, { studentIds: students.slice(0, 2), from: '2026-09-01' });
    await call('POST', `/classes/${classes['5А'].id}/groups/${g2.id}/students`, admin, { studentIds: students.slice(2, 3), from: '2026-09-01' });

    // Curriculum of grade 5: mathematics 2 h, Russian 1 h, English 1 h (split into groups).
    await call('PUT', `/years/${yearId}/curriculum/5`, deputy, { lines: [{ subjectId: 'math', hoursPerWeek: 2 }, { subjectId: 'rus', hoursPerWeek: 1 }, { subjectId: 'eng', hoursPerWeek: 1 }] });
    expect((await call('POST', `/years/${yearId}/curriculum/5/approve`, deputy)).body).toMatchObject({ status: 'approved' });

    const A = classes['5А'].id;
    const B = classes['5Б'].id;
    await call('PUT', `/years/${yearId}/load`, deputy, {
      assignments: [
        { teacherId: teachers.math.personId, subjectId: 'math', classId: A, hoursPerWeek: 2 },
        { teacherId: teachers.math.personId, subjectId: 'math', classId: B, hoursPerWeek: 2 },
        { teacherId: teachers.rus.personId, subjectId: 'rus', classId: A, hoursPerWeek: 1 },
        { teacherId: teachers.rus.personId, subjectId: 'rus', classId: B, hoursPerWeek: 1 },
        { teacherId: teachers.eng1.personId, subjectId: 'eng', classId: A, groupId: g1.id, hoursPerWeek: 1 },
        { teacherId: teachers.eng2.personId, subjectId: 'eng', classId: A, groupId: g2.id, hoursPerWeek: 1 },
        { teacherId: teachers.eng1.personId, subjectId: 'eng', classId: B, hoursPerWeek: 1 },
      ],
    });
    // A teacher reads their own load, not another's.
    const own = (await call('GET', `/years/${yearId}/load?teacherId=${teachers.math.personId}`, teachers.math.token)).body;
    expect(own.assignments).toHaveLength(2);
    expect((await platform.request(`/api/v1/years/${yearId}/load?teacherId=${teachers.rus.personId}`, { token: teachers.math.token })).status).toBe(404);

    const entry = (weekday: number, lessonNumber: number, subjectId: string, teacher: keyof typeof teachers, room: string, groupId = '') => ({ weekday, lessonNumber, subjectId, teacherId: teachers[teacher].personId, roomId: rooms[room], groupId });
    await call('PUT', `/classes/${A}/timetable`, deputy, { entries: [entry(1, 1, 'math', 'math', '12'), entry(3, 1, 'math', 'math', '12'), entry(2, 1, 'rus', 'rus', '12'), entry(4, 1, 'eng', 'eng1', '21', g1.id), entry(4, 1, 'eng', 'eng2', '14', g2.id)] });
    await call('PUT', `/classes/${B}/timetable`, deputy, { entries: [entry(1, 2, 'math', 'math', '14'), entry(3, 2, 'math', 'math', '14'), entry(2, 2, 'rus', 'rus', '14'), entry(5, 1, 'eng', 'eng1', '21')] });

    for (const [subjectId, hours] of [['math', 68], ['rus', 34], ['eng', 34]] as const) {
      const topics = Array.from({ length: hours / 2 }, (_, index) => ({ number: index + 1, title: `Тема ${index + 1}`, hours: 2 }));
      const plan = (await call('PUT', `/years/${yearId}/thematic-plans`, deputy, { grade: 5, subjectId, topics })).body;
      expect(plan).toMatchObject({ totalHours: hours, curriculumHours: hours, status: 'draft' });
      expect((await call('POST', `/thematic-plans/${encodeURIComponent(plan.id)}/approve`, deputy)).body.status).toBe('approved');
    }
  });

  it('refuses a КТП whose hours differ from the curriculum (003 §4.2)', async () => {
    const plan = (await call('PUT', `/years/${yearId}/thematic-plans`, teachers.math.token, { grade: 5, subjectId: 'math', teacherId: teachers.math.personId, topics: [{ number: 1, title: 'Натуральные числа', hours: 60 }] })).body;
    const refused = await platform.request(`/api/v1/thematic-plans/${encodeURIComponent(plan.id)}/approve`, { method: 'POST', token: deputy });
    expect(refused.status).toBe(409);
    expect((await refused.json()).detail).toBe('КТП не утверждено: в нём 60 ч, а по учебному плану 68 ч');
    // The teacher's own plan, fixed.
    await call('PUT', `/years/${yearId}/thematic-plans`, teachers.math.token, { grade: 5, subjectId: 'math', teacherId: teachers.math.personId, topics: [{ number: 1, title: 'Натуральные числа', hours: 68 }] });
    await call('POST', `/thematic-plans/${encodeURIComponent(plan.id)}/approve`, deputy);
    // Her own plan is of her own lessons: not of a subject or a grade the load does not give her (409, nothing saved).
    for (const [grade, subjectId] of [[5, 'rus'], [9, 'math']] as const) {
      const refusedPlan = await platform.request(`/api/v1/years/${yearId}/thematic-plans`, { method: 'PUT', token: teachers.math.token, body: JSON.stringify({ grade, subjectId, teacherId: teachers.math.personId, topics: [{ number: 1, title: 'Тема', hours: 34 }] }) });
      expect(refusedPlan.status).toBe(409);
      expect((await refusedPlan.json()).detail).toBe(`КТП не сохранено: по нагрузке этого года учитель не ведёт этот предмет в ${grade} классах`);
    }

    // The year's plans, for the set-up's checklist: the school's three and the teacher's own, with their hours and state.
    const listed = (await call('GET', `/years/${yearId}/thematic-plans`, director)).body.plans;
    expect(listed.map((entry: { subjectId: string; teacherId: string; totalHours: number; curriculumHours: number; status: string }) => [entry.subjectId, entry.teacherId, entry.totalHours, entry.curriculumHours, entry.status])).toEqual([
      ['eng', '', 34, 34, 'approved'],
      ['math', '', 68, 68, 'approved'],
      ['math', teachers.math.personId, 68, 68, 'approved'],
      ['rus', '', 34, 34, 'approved'],
    ]);
    // Another school's administrator is told the year is not there, as for a made-up one.
    const operator = await platform.operatorToken();
    const otherSchool = await registerSchool(platform, operator, 'Школа № 90');
    const stranger = (await staffAccount(platform, operator, otherSchool, [{ role: 'school_admin', schoolId: otherSchool }])).token;
    const foreign = await platform.request(`/api/v1/years/${yearId}/thematic-plans`, { token: stranger });
    const madeUp = await platform.request(`/api/v1/years/${crypto.randomUUID()}/thematic-plans`, { token: stranger });
    expect([foreign.status, madeUp.status]).toEqual([404, 404]);
    expect((await foreign.json()).detail).toBe((await madeUp.json()).detail);
  });

  it('plans the dated lessons of the year and publishes them', async () => {
    const A = classes['5А'].id;
    const result = (await call('POST', `/classes/${A}/lessons/generate`, deputy, {})).body;
    // 4 lessons a week in 5А's quarters (a split slot is two lessons): Mondays…Thursdays of 33 study weeks, less the 4 November holiday.
    expect(result.planned).toBeGreaterThan(150);
    expect((await call('POST', `/classes/${A}/lessons/generate`, deputy, {})).body).toMatchObject({ planned: 0, cancelled: 0, unchanged: result.planned });
    await call('POST', `/classes/${classes['5Б'].id}/lessons/generate`, deputy, {});
    const week = (await call('GET', `/classes/${A}/lessons?week=2026-11-02`, teachers.math.token)).body.lessons;
    // 2–3 November: autumn holidays (between quarters); 4 November: a holiday; 5 November: Thursday, English in two groups.
    expect(week.map((lesson: { date: string; subjectId: string; groupId: string }) => [lesson.date, lesson.subjectId, lesson.groupId])).toEqual([
      ['2026-11-05', 'eng', expect.any(String)],
      ['2026-11-05', 'eng', expect.any(String)],
    ]);
    await eventually(async () => (heard.filter((event) => event.type === 'curriculum.lessons.planned').reduce((sum, event) => sum + (event.payload as { lessons: unknown[] }).lessons.length, 0) >= result.planned ? true : undefined), 10_000, 'planned lessons on the bus');
  });

  it('reports the set-up school clean, then a teacher in two rooms at once precisely', async () => {
    const report = (await call('GET', `/years/${yearId}/inspection?onDate=2026-09-07`, deputy)).body;
    expect(report.findings).toEqual([]);
    expect(report.clean).toBe(true);

    // From 1 February, 5Б gets mathematics on Monday's 1st lesson: its teacher is in room 12 with 5А then.
    const B = classes['5Б'].id;
    const entries = (await call('GET', `/classes/${B}/timetable`, deputy)).body.timetables[0].entries;
    await call('PUT', `/classes/${B}/timetable`, deputy, { validFrom: '2027-02-01', entries: entries.map((entry: { weekday: number; lessonNumber: number; subjectId: string }) => (entry.weekday === 1 && entry.subjectId === 'math' ? { ...entry, lessonNumber: 1 } : entry)) });
    const broken = (await call('GET', `/years/${yearId}/inspection?onDate=2027-02-01`, director)).body;
    expect(broken.clean).toBe(false);
    expect(broken.findings).toEqual([
      expect.objectContaining({
        code: 'TEACHER_DOUBLE_BOOKED',
        teacherId: teachers.math.personId,
        weekday: 1,
        lessonNumber: 1,
        classIds: [classes['5А'].id, B],
        message: `учитель ${teachers.math.personId} занят(а) дважды: понедельник, 1-й урок 08:30–09:15 — 5А, «Математика», каб. 12; и 1-й урок 08:30–09:15 — 5Б, «Математика», каб. 14`,
      }),
    ]);
    // Before 1 February the timetable was (and stays) clean.
    expect((await call('GET', `/years/${yearId}/inspection?onDate=2027-01-25`, deputy)).body.clean).toBe(true);
  });

  it('records a substitution as such, moves and cancels lessons, and the teachers see their week', async () => {
    const A = classes['5А'].id;
    const [monday] = (await call('GET', `/classes/${A}/lessons?week=2026-11-09`, deputy)).body.lessons;
    expect(monday).toMatchObject({ date: '2026-11-09', subjectId: 'math', teacherId: teachers.math.personId, status: 'planned' });
    const substituted = (await call('PUT', `/lessons/${monday.id}/substitution`, deputy, { teacherId: teachers.sub.personId, reason: 'больничный' })).body;
    expect(substituted).toMatchObject({ teacherId: teachers.math.personId, substituteTeacherId: teachers.sub.personId });
    const subWeek = (await call('GET', `/schools/${schoolId}/teachers/${teachers.sub.personId}/lessons?week=2026-11-09`, teachers.sub.token)).body.lessons;
    expect(subWeek.map((lesson: { id: string }) => lesson.id)).toEqual([monday.id]);

    const [, tuesday] = (await call('GET', `/classes/${A}/lessons?week=2026-11-09`, deputy)).body.lessons;
    const moved = (await call('POST', `/lessons/${tuesday.id}/move`, deputy, { date: '2026-11-13', number: 3, reason: 'экскурсия' })).body;
    expect(moved).toMatchObject({ date: '2026-11-13', number: 3, startsAt: '10:30' });
    const cancelled = (await call('POST', `/lessons/${moved.id}/cancel`, deputy, { reason: 'карантин' })).body;
    expect(cancelled.status).toBe('cancelled');
    await eventually(async () => (heard.some((event) => event.type === 'curriculum.lesson.substituted' && event.aggregateId === monday.id) && heard.some((event) => event.type === 'curriculum.lesson.cancelled' && event.aggregateId === moved.id) ? true : undefined), 10_000, 'substitution and cancellation on the bus');

    // The director reads everything but edits nothing (002 §3.7); a teacher does not edit the timetable.
    expect((await call('GET', `/lessons/${monday.id}`, director)).body.id).toBe(monday.id);
    // Both see what they may not change: they are told which right they lack (issue #11).
    expect((await platform.request(`/api/v1/lessons/${monday.id}/cancel`, { method: 'POST', token: director, body: JSON.stringify({ reason: 'x' }) })).status).toBe(403);
    expect((await platform.request(`/api/v1/classes/${A}/timetable`, { method: 'PUT', token: teachers.math.token, body: JSON.stringify({ entries: [] }) })).status).toBe(403);
  });

  it('keeps movement history and performs the year transition with a preview', async () => {
    const A = classes['5А'].id;
    const B = classes['5Б'].id;
    await call('POST', `/years/${yearId}/movements`, admin, { kind: 'TRANSFER', studentId: students[0], classId: B, date: '2026-10-13', orderNumber: '№ 140-у' });
    await call('POST', `/years/${yearId}/movements`, admin, { kind: 'TRANSFER_OUT', studentId: students[4], date: '2027-03-01', orderNumber: '№ 201-у' });
    expect((await call('GET', `/classes/${A}/roster?date=2026-10-12`, admin)).body.studentIds).toHaveLength(3);
    expect((await call('GET', `/classes/${A}/roster?date=2026-10-13`, admin)).body.studentIds).toHaveLength(2);

    const next = await createYear(platform, deputy, schoolId, 2027);
    nextYearId = next.id;
    const preview = (await call('POST', `/years/${yearId}/transition`, admin, { toYearId: nextYearId, dryRun: true })).body;
    expect(preview).toMatchObject({ performed: false, problems: [] });
    expect(preview.promotions.map((p: { fromName: string; toName: string; students: number }) => [p.fromName, p.toName, p.students])).toEqual([
      ['5А', '6А', 2],
      ['5Б', '6Б', 2],
    ]);
    expect((await call('GET', `/years/${nextYearId}/classes`, admin)).body.classes).toEqual([]);
    expect((await platform.request(`/api/v1/years/${yearId}/transition`, { method: 'POST', token: deputy, body: JSON.stringify({ toYearId: nextYearId, orderNumber: '1', dryRun: false }) })).status).toBe(403);

    const performed = (await call('POST', `/years/${yearId}/transition`, admin, { toYearId: nextYearId, orderNumber: '№ 301-у', dryRun: false })).body;
    expect(performed.performed).toBe(true);
    const newClasses = (await call('GET', `/years/${nextYearId}/classes`, admin)).body.classes;
    expect(newClasses.map((c: { name: string; previousClassId: string }) => [c.name, c.previousClassId])).toEqual([
      ['6А', A],
      ['6Б', B],
    ]);
    const sixA = newClasses[0].id;
    expect((await call('GET', `/classes/${sixA}/roster?date=2027-09-01`, admin)).body.studentIds.sort()).toEqual([students[1], students[2]].sort());
    // History for past dates is unchanged.
    expect((await call('GET', `/classes/${A}/roster?date=2026-10-12`, admin)).body.studentIds.sort()).toEqual(students.slice(0, 3).sort());
    expect((await call('GET', `/years/${yearId}`, admin)).body).toMatchObject({ status: 'transitioned', nextYearId });
    const history = (await call('GET', `/schools/${schoolId}/students/${students[0]}/history`, admin)).body;
    expect(history.movements.map((m: { kind: string }) => m.kind)).toEqual(['ENROL', 'TRANSFER', 'PROMOTE']);
    // Performing it again changes nothing.
    expect((await call('POST', `/years/${yearId}/transition`, admin, { toYearId: nextYearId, orderNumber: '№ 301-у', dryRun: false })).body.performed).toBe(true);
    expect((await call('GET', `/years/${nextYearId}/classes`, admin)).body.classes).toHaveLength(2);
    await eventually(async () => (heard.some((event) => event.type === 'curriculum.year.transitioned') ? true : undefined), 10_000, 'year transition on the bus');
    const promoted = heard.filter((event) => event.type === 'curriculum.enrolment.changed' && (event.payload as { kind: string }).kind === 'PROMOTE');
    expect(new Set(promoted.map((event) => (event.payload as { studentId: string }).studentId)).size).toBe(4);
  });
});

// A data generator: a realistic region made through the public API as its people would make it —
// schools, their classes and students (identity and curriculum; pupils by class name, as a school's
// file names them), a year of timetable and dated lessons in up to 8 subjects, and on every lesson that
// has already happened (marks on later ones are refused, 000 §9.1) about one mark per student and a
// few absences. Defaults are small enough for CI; --schools, --classes, --students and --subjects
// scale it up (a school of 1,000 pupils: --classes 40 --students 25 --subjects 6).
// Used by bench/diary.mjs; alone: node bench/region.mjs --gateway http://127.0.0.1:8080 --login <operator> --password <password>

import { freshToken, inParallel, staffMaker } from './lib.mjs';

/** The academic year starting in September of `start` (2026: 2026/2027), in quarters and half-years. */
export function academicYear(start) {
  const [a, b] = [String(start), String(start + 1)];
  return {
    startsOn: `${a}-09-01`,
    endsOn: `${b}-05-26`,
    periodSets: [
      { scheme: 'QUARTERS', periods: [[`${a}-09-01`, `${a}-10-24`], [`${a}-11-05`, `${a}-12-27`], [`${b}-01-12`, `${b}-03-21`], [`${b}-04-01`, `${b}-05-26`]].map(([startsOn, endsOn]) => ({ startsOn, endsOn })) },
      { scheme: 'HALF_YEARS', periods: [[`${a}-09-01`, `${a}-12-27`], [`${b}-01-12`, `${b}-05-26`]].map(([startsOn, endsOn]) => ({ startsOn, endsOn })) },
    ],
  };
}
const YEAR = academicYear(2026);
const LETTERS = 'АБВГДЕЖИКЛМН';
const SURNAMES = ['Иванов', 'Петров', 'Сидоров', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов', 'Волков'];
const NAMES = ['Иван', 'Пётр', 'Сергей', 'Алексей', 'Дмитрий', 'Андрей', 'Михаил', 'Артём', 'Егор', 'Никита', 'Максим', 'Илья'];
const studentLine = (n, grade, className, start) => `${SURNAMES[n % SURNAMES.length]},${NAMES[Math.floor(n / SURNAMES.length) % NAMES.length]},${String(1 + (n % 28)).padStart(2, '0')}.${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}.${start - 7 - grade},ученик,${className},01.09.${start}`;
/** Subjects of the regional catalogue every grade from the 5th has. */
const SUBJECTS = ['math', 'rus', 'lit', 'eng', 'hist', 'bio', 'geo', 'music'];
/** The Monday of a date's week (YYYY-MM-DD). */
const mondayOf = (date) => new Date(Date.parse(`${date}T00:00:00Z`) - ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
/** Lessons of the days before today: they have happened, so they take marks and absences. */
const happened = (lesson) => lesson.date < new Date().toISOString().slice(0, 10);
const KINDS = ['answer', 'answer', 'homework', 'independent', 'test', 'dictation'];

/** The academic year 2026/2027 as the generator and the benchmarks create it (generateRegion's startYear picks another). */
export { YEAR };

export async function generateRegion({ api, until }, operator, { schools = 1, classes = 2, students = 20, subjects = 1, seed = 1, startYear = 2026 } = {}) {
  const academic = academicYear(startYear);
  const past = academic.endsOn < new Date().toISOString().slice(0, 10);
  let random = seed;
  const rand = () => ((random = (random * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const staff = staffMaker(api);

  const region = [];
  const began = Date.now();
  /** A line on stderr for each phase of a long generation: where its minutes go. */
  const progress = (what) => process.stderr.write(`[region ${((Date.now() - began) / 1000).toFixed(0)} s] ${what}\n`);
  let marks = 0;
  let absences = 0;
  for (let s = 0; s < schools; s++) {
    const school = await api('POST', '/schools', operator, { name: `Муниципальное общеобразовательное учреждение «Школа № ${s + 1}»`, shortName: `Школа № ${s + 1}-${Date.now().toString(36)}`, municipality: 'г. Пермь' });
    await until('identity to know the school', async () => (await api('GET', `/schools/${school.id}`, operator)).identity);
    const administrator = await staff(operator, school.id, [{ role: 'school_admin', schoolId: school.id }]);
    const year = await api('POST', `/schools/${school.id}/years`, await freshToken(api, administrator), academic);
    const made = [];
    // One teacher per subject for the school (a hand-made grant per class: the load would derive them too).
    const taught = SUBJECTS.slice(0, Math.max(1, Math.min(subjects, SUBJECTS.length)));
    for (let c = 0; c < classes; c++) {
      const grade = 5 + (c % 5);
      const letter = LETTERS[Math.floor(c / 5) % LETTERS.length];
      const schoolClass = await api('POST', `/years/${year.id}/classes`, await freshToken(api, administrator), { grade, letter });
      // Identity learns of the class from curriculum's event: the file may come a moment too early. A year that
      // has ended is not the school's year now: its pupils come without a class, then into it by curriculum's roster.
      const lines = Array.from({ length: students }, (_, n) => studentLine(n + c * students, grade, schoolClass.name, startYear));
      const file = ['Фамилия,Имя,Дата рождения,Тип,Класс,Дата зачисления', ...(past ? lines.map((line) => line.split(',').slice(0, 4).concat(['', '']).join(',')) : lines)].join('\n');
      const people = await until('identity to know the class', async () => api('POST', `/schools/${school.id}/people/import`, await freshToken(api, administrator), file, 'text/csv'));
      const studentIds = people.created.sort((a, b) => a.line - b.line).map((entry) => entry.personId);
      if (past) await api('POST', `/years/${year.id}/imports/rosters`, await freshToken(api, administrator), ['Класс;Ученик;Дата зачисления;Приказ', ...studentIds.map((id) => `${schoolClass.name};${id};${academic.startsOn.split('-').reverse().join('.')};№ 1`)].join('\n'), 'text/csv');
      const teachers = [];
      for (const subjectId of taught) teachers.push({ subjectId, ...(await staff(await freshToken(api, administrator), school.id, [{ role: 'subject_teacher', schoolId: school.id, classId: schoolClass.id, subjectId }])) });
      const classTeacher = await staff(await freshToken(api, administrator), school.id, [{ role: 'class_teacher', schoolId: school.id, classId: schoolClass.id }]);
      // Up to 6 lessons a day, 5 days a week, the subjects in turn.
      const entries = Array.from({ length: Math.min(30, taught.length * 5) }, (_, n) => ({ weekday: 1 + (n % 5), lessonNumber: 1 + Math.floor(n / 5), subjectId: teachers[n % teachers.length].subjectId, teacherId: teachers[n % teachers.length].personId }));
      await api('PUT', `/classes/${schoolClass.id}/timetable`, await freshToken(api, administrator), { entries });
      await api('POST', `/classes/${schoolClass.id}/lessons/generate`, await freshToken(api, administrator), {});
      await until('curriculum to enrol the pupils', async () => (await api('GET', `/classes/${schoolClass.id}/roster?date=${academic.startsOn}`, await freshToken(api, administrator))).studentIds.length === studentIds.length);
      const invitation = await api('POST', '/invitations', classTeacher.token, { childId: studentIds[0], role: 'parent' });
      const parentAccount = { login: `parent${Date.now().toString(36)}${c}`, password: 'родитель читает дневник каждый день' };
      const parent = (await api('POST', '/invitations/redeem', undefined, { code: invitation.code, ...parentAccount, lastName: 'Родитель', firstName: 'Тест' })).accessToken;
      Object.assign(parentAccount, { token: parent, issuedAt: Date.now() });
      made.push({ classId: schoolClass.id, teacher: teachers[0], teachers, students: studentIds, parent, parentAccount, lessons: [] });
      progress(`class ${c + 1} of ${classes} made (pupils, staff, timetable, lessons)`);
    }
    // Lessons of the year, once the gradebook and attendance have them from the bus.
    for (const schoolClass of made) {
      for (let monday = mondayOf(academic.startsOn); monday <= academic.endsOn; monday = new Date(Date.parse(`${monday}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10)) {
        schoolClass.lessons.push(...(await api('GET', `/classes/${schoolClass.classId}/lessons?week=${monday}`, await freshToken(api, administrator))).lessons.map((lesson) => ({ id: lesson.id, date: lesson.date, teacher: schoolClass.teachers.find((teacher) => teacher.subjectId === lesson.subjectId) })));
      }
      schoolClass.lessons = schoolClass.lessons.filter(happened);
      const last = schoolClass.lessons.at(-1);
      await until('the gradebook to know the lessons', async () => (await api('POST', `/lessons/${last.id}/marks`, await freshToken(api, last.teacher), { marks: [{ studentId: schoolClass.students[0], values: [5], workKind: 'answer' }] })) !== undefined, 600);
      await until('attendance to know the lessons', async () => (await api('PUT', `/lessons/${last.id}/attendance`, await freshToken(api, last.teacher), { absences: [] })) !== undefined, 600);
    }
    progress(`lessons known to the gradebook and attendance; marking ${made.reduce((n, schoolClass) => n + schoolClass.lessons.length, 0)} lessons`);
    // About one mark per student per lesson, and a few absences.
    let marked = 0;
    const work = made.flatMap((schoolClass) => schoolClass.lessons.map((lesson) => ({ schoolClass, lesson })));
    await inParallel(work, 4, async ({ schoolClass, lesson }) => {
      const absent = schoolClass.students.filter(() => rand() < 0.04);
      if (absent.length > 0) {
        await api('PUT', `/lessons/${lesson.id}/attendance`, await freshToken(api, lesson.teacher), { absences: absent.map((studentId) => ({ studentId, code: rand() < 0.5 ? 'Н' : 'Б' })) });
        absences += absent.length;
      }
      const present = schoolClass.students.filter((id) => !absent.includes(id));
      await api('POST', `/lessons/${lesson.id}/marks`, await freshToken(api, lesson.teacher), { marks: present.map((studentId) => ({ studentId, values: [2 + Math.floor(rand() * 4)], workKind: KINDS[Math.floor(rand() * KINDS.length)] })) });
      marks += present.length;
      if (++marked % 500 === 0) progress(`${marked} lessons marked, ${marks} marks`);
    });
    progress(`school ${s + 1} done: ${marks} marks, ${absences} absences`);
    region.push({ schoolId: school.id, yearId: year.id, admin: await freshToken(api, administrator), adminAccount: administrator, classes: made });
  }
  return { region, marks, absences };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { argument, gatewayClient } = await import('./lib.mjs');
  const gateway = argument('gateway', 'http://127.0.0.1:8080');
  const client = gatewayClient(gateway);
  const operator = (await client.api('POST', '/sessions', undefined, { login: argument('login', ''), password: argument('password', '') })).accessToken;
  const started = Date.now();
  const { region, marks, absences } = await generateRegion(client, operator, { schools: Number(argument('schools', '1')), classes: Number(argument('classes', '2')), students: Number(argument('students', '20')), subjects: Number(argument('subjects', '1')) });
  console.log(`generated ${region.length} school(s), ${region.reduce((n, school) => n + school.classes.length, 0)} classes, ${marks} marks, ${absences} absences in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

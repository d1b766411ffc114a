// A data generator: a realistic region made through the public API as its people would make it —
// schools, their classes and students (identity and curriculum), a year of timetable and dated
// lessons, about one mark per student per lesson (≈ 165 a year) and a few absences. Defaults are small
// enough for CI; --schools, --classes and --students scale it up.
// Used by bench/diary.mjs; alone: node bench/region.mjs --gateway http://127.0.0.1:8080 --login <operator> --password <password>

import { staffMaker } from './lib.mjs';

const YEAR = {
  startsOn: '2026-09-01',
  endsOn: '2027-05-26',
  periodSets: [
    { scheme: 'QUARTERS', periods: [['2026-09-01', '2026-10-24'], ['2026-11-05', '2026-12-27'], ['2027-01-12', '2027-03-21'], ['2027-04-01', '2027-05-26']].map(([startsOn, endsOn]) => ({ startsOn, endsOn })) },
    { scheme: 'HALF_YEARS', periods: [['2026-09-01', '2026-12-27'], ['2027-01-12', '2027-05-26']].map(([startsOn, endsOn]) => ({ startsOn, endsOn })) },
  ],
};
const LETTERS = 'АБВГДЕЖИКЛМН';
const SURNAMES = ['Иванов', 'Петров', 'Сидоров', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов', 'Волков'];
const NAMES = ['Иван', 'Пётр', 'Сергей', 'Алексей', 'Дмитрий', 'Андрей', 'Михаил', 'Артём', 'Егор', 'Никита', 'Максим', 'Илья'];
const studentLine = (n, grade, classId) => `${SURNAMES[n % SURNAMES.length]},${NAMES[Math.floor(n / SURNAMES.length) % NAMES.length]},${String(1 + (n % 28)).padStart(2, '0')}.${String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0')}.${2019 - grade},ученик,${classId}`;
const KINDS = ['answer', 'answer', 'homework', 'independent', 'test', 'dictation'];

async function inParallel(items, concurrency, work) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

/** The academic year 2026/2027 as the generator and the benchmarks create it. */
export { YEAR };

export async function generateRegion({ api, until }, operator, { schools = 1, classes = 2, students = 20, seed = 1 } = {}) {
  let random = seed;
  const rand = () => ((random = (random * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const staff = staffMaker(api);

  const region = [];
  let marks = 0;
  let absences = 0;
  for (let s = 0; s < schools; s++) {
    const school = await api('POST', '/schools', operator, { name: `Муниципальное общеобразовательное учреждение «Школа № ${s + 1}»`, shortName: `Школа № ${s + 1}-${Date.now().toString(36)}`, municipality: 'г. Пермь' });
    await until('identity to know the school', async () => (await api('GET', `/schools/${school.id}`, operator)).identity);
    const admin = (await staff(operator, school.id, [{ role: 'school_admin', schoolId: school.id }])).token;
    const year = await api('POST', `/schools/${school.id}/years`, admin, YEAR);
    const made = [];
    for (let c = 0; c < classes; c++) {
      const grade = 2 + (c % 9);
      const letter = LETTERS[Math.floor(c / 9)];
      const schoolClass = await api('POST', `/years/${year.id}/classes`, admin, { grade, letter });
      const people = await api('POST', `/schools/${school.id}/people/import`, admin, ['Фамилия,Имя,Дата рождения,Тип,Класс', ...Array.from({ length: students }, (_, n) => studentLine(n, grade, schoolClass.id))].join('\n'), 'text/csv');
      const studentIds = people.created.map((entry) => entry.personId);
      await api('POST', `/years/${year.id}/imports/rosters`, admin, ['Класс;Ученик;Дата зачисления;Приказ', ...studentIds.map((id) => `${grade}${letter};${id};01.09.2026;№ 1`)].join('\n'), 'text/csv');
      const teacher = await staff(admin, school.id, [{ role: 'subject_teacher', schoolId: school.id, classId: schoolClass.id, subjectId: 'math' }]);
      const classTeacher = await staff(admin, school.id, [{ role: 'class_teacher', schoolId: school.id, classId: schoolClass.id }]);
      await api('PUT', `/classes/${schoolClass.id}/timetable`, admin, { entries: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, lessonNumber: 2, subjectId: 'math', teacherId: teacher.personId })) });
      await api('POST', `/classes/${schoolClass.id}/lessons/generate`, admin, {});
      const invitation = await api('POST', '/invitations', classTeacher.token, { childId: studentIds[0], role: 'parent' });
      const parent = (await api('POST', '/invitations/redeem', undefined, { code: invitation.code, login: `parent${Date.now().toString(36)}${c}`, password: 'родитель читает дневник каждый день', lastName: 'Родитель', firstName: 'Тест' })).accessToken;
      made.push({ classId: schoolClass.id, teacher, students: studentIds, parent, lessons: [] });
    }
    // Lessons of the year, once the gradebook and attendance have them from the bus.
    for (const schoolClass of made) {
      for (let monday = '2026-08-31'; monday <= YEAR.endsOn; monday = new Date(Date.parse(`${monday}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10)) {
        schoolClass.lessons.push(...(await api('GET', `/classes/${schoolClass.classId}/lessons?week=${monday}`, admin)).lessons.map((lesson) => ({ id: lesson.id, date: lesson.date })));
      }
      const last = schoolClass.lessons.at(-1);
      await until('the gradebook to know the lessons', async () => (await api('POST', `/lessons/${last.id}/marks`, schoolClass.teacher.token, { marks: [{ studentId: schoolClass.students[0], values: [5], workKind: 'answer' }] })) !== undefined, 600);
      await until('attendance to know the lessons', async () => (await api('PUT', `/lessons/${last.id}/attendance`, schoolClass.teacher.token, { absences: [] })) !== undefined, 600);
    }
    // About one mark per student per lesson, and a few absences.
    const work = made.flatMap((schoolClass) => schoolClass.lessons.map((lesson) => ({ schoolClass, lesson })));
    await inParallel(work, 4, async ({ schoolClass, lesson }) => {
      const absent = schoolClass.students.filter(() => rand() < 0.04);
      if (absent.length > 0) {
        await api('PUT', `/lessons/${lesson.id}/attendance`, schoolClass.teacher.token, { absences: absent.map((studentId) => ({ studentId, code: rand() < 0.5 ? 'Н' : 'Б' })) });
        absences += absent.length;
      }
      const present = schoolClass.students.filter((id) => !absent.includes(id));
      await api('POST', `/lessons/${lesson.id}/marks`, schoolClass.teacher.token, { marks: present.map((studentId) => ({ studentId, values: [2 + Math.floor(rand() * 4)], workKind: KINDS[Math.floor(rand() * KINDS.length)] })) });
      marks += present.length;
    });
    region.push({ schoolId: school.id, yearId: year.id, admin, classes: made });
  }
  return { region, marks, absences };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { argument, gatewayClient } = await import('./lib.mjs');
  const gateway = argument('gateway', 'http://127.0.0.1:8080');
  const client = gatewayClient(gateway);
  const operator = (await client.api('POST', '/sessions', undefined, { login: argument('login', ''), password: argument('password', '') })).accessToken;
  const started = Date.now();
  const { region, marks, absences } = await generateRegion(client, operator, { schools: Number(argument('schools', '1')), classes: Number(argument('classes', '2')), students: Number(argument('students', '20')) });
  console.log(`generated ${region.length} school(s), ${region.reduce((n, school) => n + school.classes.length, 0)} classes, ${marks} marks, ${absences} absences in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

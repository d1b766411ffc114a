import { inspect, type SchoolYearState } from '../../src/domain/inspector';
import { recordMovement } from '../../src/domain/roster';
import { approveThematicPlan, type ThematicPlan } from '../../src/domain/thematic-plan';
import type { WeeklyTimetable } from '../../src/domain/timetable';
import { curriculum, roster as emptyRoster, ROOMS, sampleClass, sampleYear, settings, STUDENT, SUBJECTS, TEACHER } from './sample-school';

const year = sampleYear();
const a = sampleClass(year, 5, 'А');
const b = sampleClass(year, 5, 'Б', { classTeacherId: TEACHER.math });
const plan = (subjectId: string, hours: number): ThematicPlan => ({ _id: `p-${subjectId}`, schoolId: a.schoolId, yearId: year._id, grade: 5, subjectId, teacherId: '', topics: [{ number: 1, title: 'Все темы', hours }], status: 'approved', version: 1 });
const timetable = (entries: Array<[number, number, string, string, number]>): WeeklyTimetable[] => [
  { id: 't', validFrom: year.startsOn, validTo: year.endsOn, entries: entries.map(([weekday, lessonNumber, subjectId, teacherId, room]) => ({ weekday, lessonNumber, subjectId, groupId: '', teacherId, roomId: ROOMS[room].id })) },
];

function cleanSchool(): SchoolYearState {
  let roster = emptyRoster(year);
  roster = recordMovement(roster, year, [a, b], { kind: 'ENROL', studentId: STUDENT(1), classId: a._id, date: year.startsOn, orderNumber: '1' }, 'x').roster;
  return {
    year,
    settings,
    subjects: SUBJECTS,
    rooms: ROOMS,
    classes: [a, b],
    curricula: [curriculum(year, 5, [['math', 2], ['rus', 1]])],
    load: [
      { teacherId: TEACHER.math, subjectId: 'math', classId: a._id, groupId: '', hoursPerWeek: 2 },
      { teacherId: TEACHER.math, subjectId: 'math', classId: b._id, groupId: '', hoursPerWeek: 2 },
      { teacherId: TEACHER.rus, subjectId: 'rus', classId: a._id, groupId: '', hoursPerWeek: 1 },
      { teacherId: TEACHER.rus, subjectId: 'rus', classId: b._id, groupId: '', hoursPerWeek: 1 },
    ],
    timetables: new Map([
      [a._id, timetable([[1, 1, 'math', TEACHER.math, 0], [2, 1, 'math', TEACHER.math, 0], [3, 1, 'rus', TEACHER.rus, 0]])],
      [b._id, timetable([[1, 2, 'math', TEACHER.math, 0], [2, 2, 'math', TEACHER.math, 0], [3, 2, 'rus', TEACHER.rus, 1]])],
    ]),
    roster,
    plans: [plan('math', 68), plan('rus', 34)],
  };
}

describe('the electronic inspector (001 §9.1)', () => {
  it('finds nothing in a consistent school', () => {
    expect(inspect(cleanSchool(), year.startsOn)).toEqual([]);
  });

  it('reports a teacher in two rooms at once precisely: who, which day and lesson, which classes and rooms', () => {
    const state = cleanSchool();
    state.timetables.set(b._id, timetable([[1, 1, 'math', TEACHER.math, 1], [2, 2, 'math', TEACHER.math, 0], [3, 2, 'rus', TEACHER.rus, 1]]));
    const findings = inspect(state, year.startsOn);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'TEACHER_DOUBLE_BOOKED', teacherId: TEACHER.math, weekday: 1, lessonNumber: 1, classIds: [a._id, b._id] });
    expect(findings[0].message).toBe(
      `учитель ${TEACHER.math} занят(а) дважды: понедельник, 1-й урок 08:30–09:15 — 5А, «Математика», каб. 12; и 1-й урок 08:30–09:15 — 5Б, «Математика», каб. 14`,
    );
  });

  it('compares curriculum, timetable and load hours, and finds a room booked twice and a class without its teacher', () => {
    const state = cleanSchool();
    state.classes = [a, { ...b, classTeacherId: '' }];
    state.timetables.set(b._id, timetable([[1, 1, 'math', TEACHER.eng1, 0], [3, 2, 'rus', TEACHER.rus, 1]]));
    state.load = state.load.filter((assignment) => !(assignment.classId === a._id && assignment.subjectId === 'rus'));
    const codes = inspect(state, year.startsOn).map((finding) => `${finding.code}: ${finding.message}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'NO_CLASS_TEACHER: у 5Б нет классного руководителя',
        '5А: «Русский язык» — по учебному плану 1 ч в неделю, в нагрузке учителей 0'.replace(/^/, 'LOAD_HOURS: '),
        'TIMETABLE_HOURS: 5Б: «Математика» — по учебному плану 2 ч в неделю, в расписании 1',
        expect.stringMatching(/^ROOM_DOUBLE_BOOKED: кабинет 12 занят\(а\) дважды: понедельник, 1-й урок/),
      ]),
    );
  });

  it('finds a student in no group of a split subject, and a thematic plan whose hours differ from the curriculum', () => {
    const state = cleanSchool();
    const split = { ...a, groups: [{ id: 'g1', subjectId: 'math', name: '1 группа' }] };
    state.classes = [split, b];
    state.plans = [plan('math', 66), plan('rus', 34)];
    const findings = inspect(state, year.startsOn);
    expect(findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(['STUDENT_WITHOUT_GROUP', 'THEMATIC_PLAN_HOURS']));
    expect(findings.find((finding) => finding.code === 'THEMATIC_PLAN_HOURS')!.message).toBe('КТП «Математика», 5 классы: 66 ч, а по учебному плану 68 ч');
  });
});

describe('calendar-thematic plans (003 §4.2, 004 §4.2.5)', () => {
  it('approves a plan only when its hours equal the curriculum\'s', () => {
    const math = curriculum(year, 5, [['math', 5]]);
    expect(() => approveThematicPlan({ ...plan('math', 160), status: 'draft' }, math, settings)).toThrow('КТП не утверждено: в нём 160 ч, а по учебному плану 170 ч');
    expect(() => approveThematicPlan({ ...plan('math', 170), status: 'draft' }, math, settings)).not.toThrow();
  });
});

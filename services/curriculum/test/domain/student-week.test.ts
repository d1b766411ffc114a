import { InvalidArgument } from '@ejournal/kit';
import { assignToGroup, classesOfWeek, enrolmentDateIn, knowsStudent, recordMovement, takesLesson, type Roster } from '../../src/domain/roster';
import { planningRange } from '../../src/domain/timetable';
import { requireOrderNumber, transitionedYear, type TransitionPlan } from '../../src/domain/year-transition';
import { roster as emptyRoster, sampleClass, sampleYear, STUDENT } from './sample-school';

const year = sampleYear();
const a = sampleClass(year, 5, 'А', { groups: [{ id: 'g1', subjectId: 'eng', name: '1 группа' }, { id: 'g2', subjectId: 'eng', name: '2 группа' }] });
const b = sampleClass(year, 5, 'Б');
const move = (current: Roster, kind: string, student: number, classId: string, date: string) =>
  recordMovement(current, year, [a, b], { kind, studentId: STUDENT(student), classId, date, orderNumber: `№ ${student}-${date}` }, 'admin').roster;

// 001 §3.1: the diary shows the student the week's timetable — the lessons of the class they are in
// on each day, and of their own group where a subject is split (000 §9.1, 003 §4.2).
describe('a student\'s week', () => {
  // Student 1 is in 5А, group 1 of English; moved to 5Б on Wednesday 14.10.2026.
  let roster = move(emptyRoster(year), 'ENROL', 1, a._id, '2026-09-01');
  roster = assignToGroup(roster, year, a, 'g1', [STUDENT(1)], '2026-09-01');
  roster = move(roster, 'TRANSFER', 1, b._id, '2026-10-14');

  it('is in the classes the student is in on any of its days, in the order of the days', () => {
    expect(classesOfWeek(roster, STUDENT(1), '2026-10-05')).toEqual([a._id]);
    expect(classesOfWeek(roster, STUDENT(1), '2026-10-12')).toEqual([a._id, b._id]);
    expect(classesOfWeek(roster, STUDENT(1), '2026-10-19')).toEqual([b._id]);
    expect(classesOfWeek(roster, STUDENT(2), '2026-10-12')).toEqual([]);
  });

  it('has the lessons of the class on the days the student is in it, and of their own group only', () => {
    const lesson = (classId: string, date: string, groupId = '') => ({ classId, date, groupId });
    expect(takesLesson(roster, STUDENT(1), lesson(a._id, '2026-10-12'))).toBe(true);
    expect(takesLesson(roster, STUDENT(1), lesson(a._id, '2026-10-12', 'g1'))).toBe(true);
    expect(takesLesson(roster, STUDENT(1), lesson(a._id, '2026-10-12', 'g2'))).toBe(false);
    // From the transfer on, 5А's lessons (and its groups) are no longer theirs; 5Б's are.
    expect(takesLesson(roster, STUDENT(1), lesson(a._id, '2026-10-14'))).toBe(false);
    expect(takesLesson(roster, STUDENT(1), lesson(a._id, '2026-10-14', 'g1'))).toBe(false);
    expect(takesLesson(roster, STUDENT(1), lesson(b._id, '2026-10-14'))).toBe(true);
    expect(takesLesson(roster, STUDENT(1), lesson(b._id, '2026-10-13'))).toBe(false);
  });
});

describe('enrolling a student the school registered', () => {
  it('enrols on the registration\'s date, kept inside the year', () => {
    expect(enrolmentDateIn(year, '2026-10-01')).toBe('2026-10-01');
    expect(enrolmentDateIn(year, '2026-08-15')).toBe(year.startsOn);
    expect(enrolmentDateIn(year, '2027-06-15')).toBe(year.endsOn);
  });

  it('leaves a student the roster knows already — placed or moved at any time — as is', () => {
    let roster = move(emptyRoster(year), 'ENROL', 1, a._id, '2026-09-01');
    expect(knowsStudent(roster, STUDENT(1))).toBe(true);
    expect(knowsStudent(roster, STUDENT(2))).toBe(false);
    roster = move(roster, 'EXPEL', 1, '', '2026-10-01');
    expect(knowsStudent({ ...roster, placements: [] }, STUDENT(1))).toBe(true);
  });
});

// 001 §9.1, 004 §4.2.3: the year transition, planned with a preview, then performed.
describe('performing a year transition', () => {
  const plan: TransitionPlan = { promotions: [], problems: [] };

  it('needs the order\'s number to be performed, not to be previewed', () => {
    expect(requireOrderNumber(plan, '', false).problems).toEqual(['укажите номер приказа о переводе']);
    expect(requireOrderNumber(plan, '', true)).toBe(plan);
    expect(requireOrderNumber(plan, '№ 45', false)).toBe(plan);
    expect(requireOrderNumber({ ...plan, problems: ['другое'] }, '', false).problems).toEqual(['другое', 'укажите номер приказа о переводе']);
    expect(plan.problems).toEqual([]);
  });

  it('marks the finished year as transitioned into the next once; again, nothing changes', () => {
    const next = sampleYear(2027);
    const done = transitionedYear(year, next)!;
    expect(done).toEqual({ ...year, status: 'transitioned', nextYearId: next._id });
    expect(transitionedYear(done, next)).toBeNull();
  });
});

describe('the dates lessons are planned for', () => {
  it('are the whole year unless given, and the start may not be after the end', () => {
    expect(planningRange(year, undefined, undefined)).toEqual({ from: year.startsOn, to: year.endsOn });
    expect(planningRange(year, '01.10.2026', '')).toEqual({ from: '2026-10-01', to: year.endsOn });
    expect(planningRange(year, '2026-10-01', '2026-10-01')).toEqual({ from: '2026-10-01', to: '2026-10-01' });
    expect(() => planningRange(year, '2026-10-02', '2026-10-01')).toThrow(InvalidArgument);
    expect(() => planningRange(year, 'вчера', undefined)).toThrow(/начало: ожидается дата/);
  });
});

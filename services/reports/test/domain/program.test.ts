import { blankClassWeek, withPlannedLesson, type ClassWeek, type PlannedLesson } from '../../src/domain/class-week';
import { blankPlanHours, planHoursOf, programProgress, withApprovedPlan, type PlanHours } from '../../src/domain/program';

// Program completion (002 §3.6 «учёт выполнения образовательной программы»; 000 §9.1 «корректировка
// рабочих программ для полноты её выполнения»): the КТП's hours against the lessons given and still planned.
const TZ = 'Europe/Moscow';
const NOW = new Date('2026-11-02T12:00:00+03:00');
const lesson = (id: string, date: string, over: Partial<PlannedLesson> = {}): PlannedLesson => ({ id, periodId: 'q1', groupId: '', subjectId: 'math', teacherId: 't1', substituteTeacherId: '', date, endsAt: '09:45', status: 'planned', version: 1, ...over });

/** The class's weeks holding the given lessons. */
function weeksOf(lessons: PlannedLesson[]): ClassWeek[] {
  const weeks = new Map<string, ClassWeek>();
  for (const item of lessons) {
    const blank = blankClassWeek('s1', 'c1', item.date);
    weeks.set(blank._id, withPlannedLesson(weeks.get(blank._id) ?? blank, item, '2026-08-30T10:00:00.000Z')!);
  }
  return [...weeks.values()];
}

const plan = (id: string, hours: number, planVersion = 1): [string, PlanHours] => [id, { ...blankPlanHours(id, 's1'), hours, planVersion }];
const page = { classId: 'c1', groupId: '', subjectId: 'math' };
const klass = { yearId: 'Y', grade: 6 };

describe('program completion against the КТП', () => {
  const weeks = weeksOf([
    lesson('a', '2026-09-01'),
    lesson('b', '2026-09-08'),
    lesson('c', '2026-09-15', { status: 'cancelled' }),
    lesson('d', '2026-10-27'),
    lesson('e', '2026-11-10'),
    lesson('f', '2026-11-17'),
    lesson('r', '2026-09-02', { subjectId: 'rus' }),
    lesson('g', '2026-09-03', { groupId: 'g1' }),
  ]);

  it('counts the lessons given by the interval’s end and those still planned, and what the КТП wants beyond them', () => {
    const plans = new Map([plan('Y:6:math:-', 10)]);
    // By 24 October: two given (the cancelled one is neither), three planned after; 10 h want 5 more lessons.
    expect(programProgress(page, weeks, plans, klass, '2026-10-24', NOW, TZ)).toEqual({ planHours: 10, given: 2, left: 3, short: 5 });
    // By today: 27 October is given too.
    expect(programProgress(page, weeks, plans, klass, '2026-11-30', NOW, TZ)).toEqual({ planHours: 10, given: 3, left: 2, short: 5 });
  });

  it('says nothing is short when the timetable covers the plan, or there is no plan', () => {
    expect(programProgress(page, weeks, new Map([plan('Y:6:math:-', 4.5)]), klass, '2026-10-24', NOW, TZ)).toMatchObject({ planHours: 4.5, short: 0 });
    expect(programProgress(page, weeks, new Map(), klass, '2026-10-24', NOW, TZ)).toEqual({ planHours: 0, given: 2, left: 3, short: 0 });
    // A group's lessons are the group's page.
    expect(programProgress({ ...page, groupId: 'g1' }, weeks, new Map(), klass, '2026-10-24', NOW, TZ)).toMatchObject({ given: 1, left: 0 });
  });

  it('takes the teacher’s own КТП before the school’s, as the journal picks topics', () => {
    const plans = new Map([plan('Y:6:math:-', 34), plan('Y:6:math:t1', 68), plan('Y:6:math:t9', 102)]);
    expect(planHoursOf(plans, klass, ['t1'], 'math')).toBe(68);
    expect(planHoursOf(plans, klass, ['t2'], 'math')).toBe(34);
    expect(planHoursOf(plans, { grade: 6 }, ['t1'], 'math')).toBe(0);
    expect(planHoursOf(new Map([plan('Y:6:math:-', 34, 0)]), klass, [], 'math')).toBe(0);
  });

  it('keeps the newest approval of a КТП, whatever the order the events come in', () => {
    const first = withApprovedPlan(blankPlanHours('Y:6:math:-', 's1'), 34, 2)!;
    expect(first).toMatchObject({ hours: 34, planVersion: 2 });
    expect(withApprovedPlan(first, 30, 1)).toBeNull();
    expect(withApprovedPlan(first, 34, 2)).toBeNull();
    expect(withApprovedPlan(first, 68, 3)).toMatchObject({ hours: 68, planVersion: 3 });
  });
});

import { diffPlan } from '../../src/domain/lesson';
import { lessonsFromTimetable, planWeeklyTimetable, supersede } from '../../src/domain/timetable';
import { ROOMS, sampleClass, sampleYear, settings, SUBJECTS, TEACHER } from './sample-school';

const year = sampleYear();
const fifth = sampleClass(year, 5, 'А');
const context = { settings, year, schoolClass: fifth, subjects: SUBJECTS, rooms: ROOMS };
const weekly = (entries: Array<[number, number, string]>, validFrom?: string, validTo?: string) =>
  planWeeklyTimetable({ validFrom, validTo, entries: entries.map(([weekday, lessonNumber, subjectId]) => ({ weekday, lessonNumber, subjectId, teacherId: subjectId === 'math' ? TEACHER.math : TEACHER.rus, roomId: ROOMS[0].id })) }, context);

describe('weekly timetable → dated lessons', () => {
  it('plans lessons on working days inside the periods, with bell times, none in the holidays between quarters', () => {
    const timetable = weekly([[1, 1, 'math'], [3, 2, 'rus']]);
    const lessons = lessonsFromTimetable([timetable], { settings, year, schoolClass: fifth }, '2026-10-19', '2026-11-08');
    expect(lessons.map((lesson) => [lesson.date, lesson.number, lesson.subjectId, lesson.startsAt])).toEqual([
      ['2026-10-19', 1, 'math', '08:30'],
      ['2026-10-21', 2, 'rus', '09:25'],
      // 25.10–04.11 are the autumn holidays (outside the quarters); 05.11 is a Thursday.
    ]);
    expect(lessons[0].periodId).toBe(year.periods.find((period) => period.name === '1 четверть')!.id);
    expect(lessons[0].week).toBe('2026-10-19');
  });

  it('skips the school\'s holidays', () => {
    const withHoliday = { ...settings, holidays: [{ startsOn: '2026-11-04', endsOn: '2026-11-04', name: 'День народного единства' }] };
    const timetable = weekly([[3, 1, 'math']]);
    const lessons = lessonsFromTimetable([timetable], { settings: withHoliday, year, schoolClass: fifth }, '2026-11-01', '2026-11-20');
    expect(lessons.map((lesson) => lesson.date)).toEqual(['2026-11-11', '2026-11-18']);
  });

  it('refuses a timetable with two lessons in one slot, a lesson the bells do not have, or a Sunday', () => {
    expect(() => weekly([[1, 1, 'math'], [1, 1, 'rus']])).toThrow(/уже стоит урок в это время/);
    expect(() => weekly([[1, 9, 'math']])).toThrow(/9-го урока нет в расписании звонков 1 смены/);
    expect(() => weekly([[7, 1, 'math']])).toThrow(/не учебный день/);
  });

  it('a new timetable from a date supersedes the old one from that date only', () => {
    const autumn = weekly([[1, 1, 'math']]);
    const winter = weekly([[2, 1, 'math']], '2027-01-12');
    const { kept } = supersede([autumn], winter);
    expect(kept.map((timetable) => [timetable.validFrom, timetable.validTo])).toEqual([
      [year.startsOn, '2027-01-11'],
      ['2027-01-12', year.endsOn],
    ]);
  });

  it('planning again plans nothing new; a changed timetable replans and cancels only what changed, and leaves hand-made changes', () => {
    const first = lessonsFromTimetable([weekly([[1, 1, 'math'], [2, 1, 'rus']])], { settings, year, schoolClass: fifth }, '2026-09-01', '2026-09-30');
    const again = diffPlan(first, first, '2026-09-01', '2026-09-30', 'admin');
    expect([again.planned.length, again.replanned.length, again.cancelled.length, again.unchanged]).toEqual([0, 0, 0, first.length]);
    const pinned = first.map((lesson) => (lesson.date === '2026-09-07' ? { ...lesson, pinned: true } : lesson));
    const changed = lessonsFromTimetable([weekly([[1, 1, 'rus']])], { settings, year, schoolClass: fifth }, '2026-09-01', '2026-09-30');
    const diff = diffPlan(changed, pinned, '2026-09-01', '2026-09-30', 'admin');
    expect(diff.planned).toEqual([]);
    expect(diff.replanned.map((lesson) => [lesson.date, lesson.subjectId, lesson.version])).toEqual([
      ['2026-09-14', 'rus', 2],
      ['2026-09-21', 'rus', 2],
      ['2026-09-28', 'rus', 2],
    ]);
    expect(diff.cancelled.every((lesson) => lesson.status === 'cancelled' && lesson.history[0].reason === 'изменение расписания')).toBe(true);
    expect(diff.cancelled.map((lesson) => lesson.date)).toEqual(['2026-09-01', '2026-09-08', '2026-09-15', '2026-09-22', '2026-09-29']);
  });
});

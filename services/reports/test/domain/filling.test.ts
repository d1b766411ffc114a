import { blankClassWeek, withoutMovedLesson, withPlannedLesson, withRecordedLesson, type PlannedLesson } from '../../src/domain/class-week';
import { byMunicipality, filledShare, fillingFigures, lessonStates, onTimeShares, pupilsByMarkCount } from '../../src/domain/filling';

const lessonState = (line: Parameters<ReturnType<typeof lessonStates>>[0], now: Date, timeZone: string) => lessonStates(now, timeZone)(line);

const TZ = 'Europe/Moscow';
const lesson = (over: Partial<PlannedLesson> = {}): PlannedLesson => ({ id: 'l1', periodId: 'q1', groupId: '', subjectId: 'math', teacherId: 't1', substituteTeacherId: '', date: '2026-09-15', endsAt: '09:45', status: 'planned', version: 1, ...over });
const record = (over: Partial<Parameters<typeof withRecordedLesson>[1]> = {}) => ({ lessonId: 'l1', groupId: '', subjectId: 'math', teacherId: 't1', date: '2026-09-15', topic: 'Дроби', homework: '§ 3', noHomework: false, version: 1, ...over });
const planned = (over: Partial<PlannedLesson> = {}) => withPlannedLesson(blankClassWeek('s1', 'c1', '2026-09-15'), lesson(over), '2026-09-01T10:00:00.000Z')!;

describe('a class week kept from two owners (events may come twice or out of order)', () => {
  it('takes a lesson plan only when its version is newer', () => {
    const week = planned();
    expect(week.week).toBe('2026-09-14');
    expect(withPlannedLesson(week, lesson(), '2026-09-02T00:00:00.000Z')).toBeNull();
    expect(withPlannedLesson(week, lesson({ version: 2, substituteTeacherId: 't2' }), '2026-09-02T00:00:00.000Z')!.lessons[0].teacherId).toBe('t2');
  });

  it('keeps the record whichever comes first, and the moment the topic was first written', () => {
    const recordedFirst = withRecordedLesson(blankClassWeek('s1', 'c1', '2026-09-15'), record(), '2026-09-15T15:00:00.000Z')!;
    const both = withPlannedLesson(recordedFirst, lesson(), '2026-09-16T00:00:00.000Z')!;
    expect(both.lessons).toEqual([expect.objectContaining({ topic: true, homework: true, topicAt: '2026-09-15T15:00:00.000Z', planVersion: 1, recordVersion: 1, endsAt: '09:45' })]);
    // A later record keeps the first moment; a redelivered old one changes nothing.
    const again = withRecordedLesson(both, record({ version: 2, topic: 'Дроби, сложение' }), '2026-09-20T10:00:00.000Z')!;
    expect(again.lessons[0].topicAt).toBe('2026-09-15T15:00:00.000Z');
    expect(withRecordedLesson(again, record({ version: 1 }), '2026-09-21T00:00:00.000Z')).toBeNull();
  });

  it('counts «без задания» as homework written (000 §9.1)', () => {
    const week = withRecordedLesson(planned(), record({ homework: '', noHomework: true }), '2026-09-15T15:00:00.000Z')!;
    expect(week.lessons[0].homework).toBe(true);
  });

  it('gives up a lesson moved to another week only for a newer plan', () => {
    const week = planned();
    expect(withoutMovedLesson(week, 'l1', 1)).toBeNull();
    expect(withoutMovedLesson(week, 'l1', 2)!.next.lessons).toEqual([]);
  });
});

describe('filling control (003 §4.2: the lesson record by 21:00 of its day; the system shows what is late)', () => {
  const line = planned().lessons[0];

  it('counts a missing topic only after the deadline has passed', () => {
    expect(lessonState(line, new Date('2026-09-15T06:00:00.000Z'), TZ)).toMatchObject({ held: false });
    expect(lessonState(line, new Date('2026-09-15T17:59:00.000Z'), TZ)).toMatchObject({ held: true, withoutTopic: false, withoutHomework: false });
    expect(lessonState(line, new Date('2026-09-15T18:01:00.000Z'), TZ)).toMatchObject({ held: true, withoutTopic: true, withoutHomework: true });
  });

  it('does not count a cancelled lesson', () => {
    expect(lessonState({ ...line, cancelled: true }, new Date('2026-10-01T00:00:00.000Z'), TZ).held).toBe(false);
  });

  it('marks a topic written after the deadline as late, not missing', () => {
    const late = withRecordedLesson(planned(), record(), '2026-09-16T07:00:00.000Z')!.lessons[0];
    expect(lessonState(late, new Date('2026-10-01T00:00:00.000Z'), TZ)).toMatchObject({ withoutTopic: false, recordedLate: true });
    const onTime = withRecordedLesson(planned(), record(), '2026-09-15T17:00:00.000Z')!.lessons[0];
    expect(lessonState(onTime, new Date('2026-10-01T00:00:00.000Z'), TZ).recordedLate).toBe(false);
  });

  it('tallies per teacher and per class × subject, lists open lessons, and the weekly share of teachers on time', () => {
    let week = planned();
    week = withPlannedLesson(week, lesson({ id: 'l2', date: '2026-09-16', teacherId: 't2', subjectId: 'rus' }), '2026-09-01T00:00:00.000Z')!;
    week = withRecordedLesson(week, record({ lessonId: 'l2', teacherId: 't2', subjectId: 'rus', date: '2026-09-16' }), '2026-09-16T10:00:00.000Z')!;
    const figures = fillingFigures([week], { from: '2026-09-01', to: '2026-09-30' }, new Date('2026-10-01T00:00:00.000Z'), TZ);
    expect(figures.total).toEqual({ lessonsHeld: 2, withoutTopic: 1, withoutHomework: 1, recordedLate: 0 });
    expect(figures.byTeacher.get('t1')).toMatchObject({ lessonsHeld: 1, withoutTopic: 1 });
    expect(figures.byClassSubject.get('c1||rus')).toMatchObject({ lessonsHeld: 1, withoutTopic: 0 });
    expect(figures.openLessons.map((open) => [open.line.lessonId, open.missing])).toEqual([['l1', ['topic', 'homework']]]);
    expect(onTimeShares(figures)).toEqual([{ week: '2026-09-14', teachers: 2, onTime: 1, share: 0.5 }]);
    expect(filledShare(figures.total)).toBe(0.5);
    // Outside the interval nothing counts.
    expect(fillingFigures([week], { from: '2026-10-01', to: '2026-10-31' }, new Date('2026-11-01T00:00:00.000Z'), TZ).total.lessonsHeld).toBe(0);
  });

  it('counts pupils with no mark and with one (002 §3.6)', () => {
    expect(pupilsByMarkCount(['a', 'b', 'c', 'd'], new Map([['b', 1], ['c', 2], ['d', 0]]))).toEqual({ withoutMarks: 2, withOneMark: 1 });
  });
});

describe('the region’s figures (001 §9)', () => {
  it('counts a school that held no lesson as filling nothing, not everything', () => {
    expect(filledShare({ lessonsHeld: 0, withoutTopic: 0 })).toBe(0);
  });

  it('sums schools by municipality', () => {
    const row = (municipality: string, lessonsHeld: number, withoutTopic: number, unclosedPeriods: string[] = []) => ({ municipality, lessonsHeld, withoutTopic, withoutHomework: 0, recordedLate: 0, unclosedPeriods });
    expect(byMunicipality([row('г. Пермь', 10, 2), row('г. Пермь', 0, 0, ['1 четверть']), row('г. Кунгур', 4, 0)])).toEqual([
      { municipality: 'г. Пермь', schools: 2, lessonsHeld: 10, withoutTopic: 2, filledShare: 0.8, schoolsWithUnclosedPeriods: 1 },
      { municipality: 'г. Кунгур', schools: 1, lessonsHeld: 4, withoutTopic: 0, filledShare: 1, schoolsWithUnclosedPeriods: 0 },
    ]);
  });
});

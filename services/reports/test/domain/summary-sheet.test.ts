import { MATHEMATICAL_ROUNDING } from '@ejournal/school-rules';
import { blankPupilMarks, withFinal, withMark, type KeptMark } from '../../src/domain/pupil-marks';
import { blankYear, defaultPeriod, schemeOfGrade, unclosedPeriods, withOpenedYear, withPeriodState } from '../../src/domain/school-facts';
import { averageByWeek, summarySheet } from '../../src/domain/summary-sheet';
import { monthsBetween } from '../../src/domain/absences';
import { attendanceSheet } from '../../src/domain/attendance-sheet';

const rules = { lowestMark: 2, rounding: MATHEMATICAL_ROUNDING, workKinds: [{ code: 'test', written: true }, { code: 'answer', written: false }] };
const mark = (markId: string, values: number[], over: Partial<KeptMark> = {}): KeptMark => ({ markId, date: '2026-09-15', values, weight: 1, workKind: 'test', passFail: '', removed: false, revision: 1, ...over });
function marksOf(studentId: string, subjectId: string, marks: KeptMark[]) {
  let doc = blankPupilMarks('s1', { studentId, classId: 'c1', subjectId, periodId: 'q1' });
  for (const item of marks) doc = withMark(doc, item, '2026-09-15T10:00:00.000Z') ?? doc;
  return doc;
}

describe('pupil marks kept from the gradebook’s events', () => {
  it('keeps the newest revision of each mark and counts those not removed', () => {
    const doc = marksOf('p1', 'math', [mark('m1', [4]), mark('m2', [5])]);
    expect(doc.counted).toBe(2);
    expect(withMark(doc, mark('m1', [3]), 'x')).toBeNull();
    expect(withMark(doc, mark('m1', [4], { removed: true, revision: 2 }), 'x')!.counted).toBe(1);
  });

  it('counts the marks set after their deadline (004 §4.2.5), not those removed or kept before the gradebook told', () => {
    const doc = marksOf('p1', 'math', [mark('m1', [4], { onTime: false }), mark('m2', [5], { onTime: true }), mark('m3', [3])]);
    expect(doc.late).toBe(1);
    expect(withMark(doc, mark('m1', [4], { onTime: false, removed: true, revision: 2 }), 'x')!.late).toBe(0);
  });

  it('takes a final only from a newer page version', () => {
    const doc = withFinal(marksOf('p1', 'math', []), { value: 4, notAttested: false }, 7, 'x')!;
    expect(withFinal(doc, { value: 5, notAttested: false }, 7, 'y')).toBeNull();
    expect(withFinal(doc, { value: 5, notAttested: false }, 8, 'y')!.final).toMatchObject({ value: 5, pageVersion: 8 });
  });
});

describe('the summary sheet (003 §4.1, 004 §4.2.4) on the gradebook’s rule (000 §9.1, 004 §5)', () => {
  const docs = [
    marksOf('p1', 'math', [mark('a', [5]), mark('b', [5]), mark('c', [4], { workKind: 'answer' })]),
    marksOf('p1', 'rus', [mark('d', [5]), mark('e', [5]), mark('f', [5])]),
    marksOf('p2', 'math', [mark('g', [2]), mark('h', [3]), mark('i', [2])]),
    marksOf('p3', 'math', [mark('j', [3]), mark('k', [3]), mark('l', [3])]),
    marksOf('p3', 'rus', [mark('m', [4]), mark('n', [5]), mark('o', [4])]),
  ];
  const sheet = summarySheet({ pupils: ['p1', 'p2', 'p3', 'p4'], subjects: ['math', 'rus'], docs, rules, scheme: 'QUARTERS', absences: new Map([['p4', 10]]), lessonsHeld: 40, today: '2026-09-16' });

  it('proposes by the weighted average and the school’s rounding: 4.67 → 5, 2.33 → 2', () => {
    expect(sheet.pupils[0].cells[0]).toMatchObject({ subjectId: 'math', average: 4.67, proposed: 5, marks: 3, notEnoughMarks: false });
    expect(sheet.pupils[1].cells[0]).toMatchObject({ average: 2.33, proposed: 2 });
  });

  it('lists pupils with «2», with one «3», the excellent and those at risk', () => {
    expect(sheet.lists).toEqual({ withTwo: ['p2'], withOneThree: ['p3'], excellent: ['p1'], atRisk: ['p2', 'p4'] });
    expect(sheet.pupils[3].risks).toEqual(['пропущено 10 из 40 уроков']);
    expect(sheet.pupils[1].risks[0]).toMatch(/^«2» по 1 предмету/);
  });

  it('lists by the final the teacher set when there is one', () => {
    const withFinalSet = docs.map((doc) => (doc.studentId === 'p2' ? withFinal(doc, { value: 3, notAttested: false }, 2, 'x')! : doc));
    const again = summarySheet({ pupils: ['p2'], subjects: ['math'], docs: withFinalSet, rules, scheme: 'QUARTERS', absences: new Map(), lessonsHeld: 0, today: '2026-09-16' });
    expect(again.lists.withTwo).toEqual([]);
    expect(again.pupils[0].cells[0]).toMatchObject({ proposed: 2, final: 3 });
  });

  it('flags too few marks for a final (004 §5: three for a quarter)', () => {
    const few = summarySheet({ pupils: ['p5'], subjects: ['math'], docs: [marksOf('p5', 'math', [mark('z', [4])])], rules, scheme: 'QUARTERS', absences: new Map(), lessonsHeld: 0, today: '2026-09-16' });
    expect(few.pupils[0].cells[0].notEnoughMarks).toBe(true);
    expect(few.lists.atRisk).toEqual(['p5']);
  });

  it('calls no one excellent, or «with one 3», on a proposal that too few marks stand behind (004 §4.2.4, §5)', () => {
    const docs = [marksOf('p6', 'math', [mark('a', [5]), mark('b', [5]), mark('c', [5])]), marksOf('p6', 'rus', [mark('d', [5])]), marksOf('p7', 'math', [mark('e', [3]), mark('f', [3]), mark('g', [3])]), marksOf('p7', 'rus', [mark('h', [5])])];
    const short = summarySheet({ pupils: ['p6', 'p7'], subjects: ['math', 'rus'], docs, rules, scheme: 'QUARTERS', absences: new Map(), lessonsHeld: 0, today: '2026-09-16' });
    expect(short.lists).toEqual({ withTwo: [], withOneThree: [], excellent: [], atRisk: ['p6', 'p7'] });
    // With the final set in that subject all the same (the teacher's decision), the pupil is listed.
    const settled = docs.map((doc) => (doc.subjectId === 'rus' ? withFinal(doc, { value: 5, notAttested: false }, 3, 'x')! : doc));
    expect(summarySheet({ pupils: ['p6', 'p7'], subjects: ['math', 'rus'], docs: settled, rules, scheme: 'QUARTERS', absences: new Map(), lessonsHeld: 0, today: '2026-09-16' }).lists).toMatchObject({ withOneThree: ['p7'], excellent: ['p6'] });
  });

  it('lists a pupil whose forecast of the final fell over two weeks as at risk, with the subject and both forecasts (004 §4.2.4)', () => {
    const docs = [
      marksOf('p8', 'math', [mark('a', [5], { date: '2026-09-02' }), mark('b', [4], { date: '2026-09-03' }), mark('c', [3], { date: '2026-09-15' }), mark('d', [3], { date: '2026-09-16' })]),
      marksOf('p8', 'rus', [mark('e', [4], { date: '2026-09-02' }), mark('f', [5], { date: '2026-09-15' })]),
    ];
    const falling = summarySheet({ pupils: ['p8'], subjects: ['math', 'rus'], docs, rules, scheme: 'QUARTERS', absences: new Map(), lessonsHeld: 0, today: '2026-09-17', subjectNames: new Map([['math', 'Математика']]) });
    // Math: 4.5 → 5 on the 3rd (14 days before), 3.75 → 4 now; Russian rises.
    expect(falling.pupils[0].cells.map((cell) => cell.proposedBefore)).toEqual([5, 0]);
    expect(falling.pupils[0].risks).toContain('средний балл падает: Математика 5 → 4');
    expect(falling.lists.atRisk).toEqual(['p8']);
    // Marks of the last two weeks only, or a final set: no earlier forecast to fall from, or none to forecast.
    expect(summarySheet({ pupils: ['p8'], subjects: ['math'], docs, rules, scheme: 'QUARTERS', absences: new Map(), lessonsHeld: 0, today: '2026-09-15' }).pupils[0].cells[0].proposedBefore).toBe(0);
    const set = docs.map((doc) => withFinal(doc, { value: 4, notAttested: false }, 2, 'x')!);
    expect(summarySheet({ pupils: ['p8'], subjects: ['math'], docs: set, rules, scheme: 'QUARTERS', absences: new Map(), lessonsHeld: 0, today: '2026-09-17' }).pupils[0].risks).toEqual([]);
  });

  it('draws the class average by week from the marks up to each week', () => {
    const weekly = averageByWeek([marksOf('p1', 'math', [mark('a', [5], { date: '2026-09-08' }), mark('b', [3], { date: '2026-09-15' })])], ['2026-08-31', '2026-09-07', '2026-09-14']);
    expect(weekly).toEqual([{ week: '2026-08-31', average: null }, { week: '2026-09-07', average: 5 }, { week: '2026-09-14', average: 4 }]);
  });
});

describe('years and their periods’ closure', () => {
  const opened = withOpenedYear(blankYear('y1', 's1'), { startsOn: '2026-09-01', endsOn: '2027-05-26', periods: [{ id: 'q1', name: '1 четверть', number: 1, scheme: 'QUARTERS', startsOn: '2026-09-01', endsOn: '2026-10-24' }, { id: 'q2', name: '2 четверть', number: 2, scheme: 'QUARTERS', startsOn: '2026-11-05', endsOn: '2026-12-27' }] }, 1, 'x')!;

  it('names the periods that ended without being closed (001 §9)', () => {
    expect(unclosedPeriods(opened, '2026-12-01').map((period) => period.name)).toEqual(['1 четверть']);
    const closed = withPeriodState(opened, opened.periods[0], true, 3, 'y')!;
    expect(unclosedPeriods(closed, '2026-12-01')).toEqual([]);
    // A late reopening of an older version changes nothing; a newer one reopens.
    expect(withPeriodState(closed, opened.periods[0], false, 2, 'z')).toBeNull();
    expect(unclosedPeriods(withPeriodState(closed, opened.periods[0], false, 4, 'z')!, '2026-12-01')).toHaveLength(1);
  });

  it('keeps what closures said when the opening arrives late', () => {
    const closedFirst = withPeriodState(blankYear('y1', 's1'), opened.periods[0], true, 3, 'y')!;
    const thenOpened = withOpenedYear(closedFirst, { startsOn: '2026-09-01', endsOn: '2027-05-26', periods: opened.periods }, 1, 'x')!;
    expect(thenOpened.periods[0]).toMatchObject({ closed: true, stateVersion: 3 });
  });

  it('lists the months an interval touches', () => {
    expect(monthsBetween('2026-11-05', '2027-01-10')).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});

describe('the attendance sheet (003 §4.1, 004 §4.2.5)', () => {
  const month = { _id: 'c1:2026-09', version: 1, schoolId: 's1', classId: 'c1', month: '2026-09', asOf: '', absences: [
    { lessonId: 'l1', studentId: 'p1', subjectId: 'math', date: '2026-09-15', code: 'Б', revision: 1 },
    { lessonId: 'l2', studentId: 'p1', subjectId: 'rus', date: '2026-09-16', code: 'Н', revision: 1 },
    { lessonId: 'l3', studentId: 'p1', subjectId: 'rus', date: '2026-09-17', code: '', revision: 2 },
    { lessonId: 'l4', studentId: 'gone', subjectId: 'math', date: '2026-09-18', code: 'О', revision: 1 },
    { lessonId: 'l5', studentId: 'p2', subjectId: 'math', date: '2026-10-01', code: 'Н', revision: 1 },
  ] };

  it('counts lessons missed per pupil by reason and subject, without withdrawn absences or late arrivals, in the regulation’s order of reasons', () => {
    const sheet = attendanceSheet([month, null], { from: '2026-09-01', to: '2026-09-30' }, ['p1', 'p2']);
    expect(sheet.codes).toEqual(['Н', 'Б', 'У', 'О']);
    const p1 = sheet.pupils.find((pupil) => pupil.studentId === 'p1')!;
    expect([...p1.byCode]).toEqual([['Б', 1], ['Н', 1]]);
    expect([...p1.bySubject]).toEqual([['math', 1], ['rus', 1]]);
    expect(p1.total).toBe(2);
    expect(sheet.pupils.find((pupil) => pupil.studentId === 'p2')!.total).toBe(0);
    // A pupil who has left is listed while they have entries in the interval; a late arrival (О) is no lesson missed.
    expect(sheet.pupils.find((pupil) => pupil.studentId === 'gone')).toMatchObject({ total: 0, byCode: new Map([['О', 1]]) });
    expect([...sheet.totals]).toEqual([['Б', 1], ['Н', 1], ['О', 1]]);
  });
});

describe('the period a class report is about when none is asked', () => {
  // One year, quarters for grades 1–9 and half-years for 10–11 side by side (curriculum's default settings).
  const periods = [
    { id: 'q1', name: '1 четверть', number: 1, scheme: 'QUARTERS', startsOn: '2026-09-01', endsOn: '2026-10-24' },
    { id: 'q2', name: '2 четверть', number: 2, scheme: 'QUARTERS', startsOn: '2026-11-05', endsOn: '2026-12-27' },
    { id: 'h1', name: '1 полугодие', number: 1, scheme: 'HALF_YEARS', startsOn: '2026-09-01', endsOn: '2026-12-27' },
  ];
  const year = withOpenedYear(blankYear('y1', 's1'), { startsOn: '2026-09-01', endsOn: '2027-05-26', periods }, 1, 'x')!;
  const school = { periodSchemes: [{ fromGrade: 1, toGrade: 9, scheme: 'QUARTERS' }, { fromGrade: 10, toGrade: 11, scheme: 'HALF_YEARS' }] };

  it('is of the class’s own scheme: the half-year for grade 10, the quarter for grade 5', () => {
    expect(defaultPeriod(year, '2026-11-20', schemeOfGrade(school, 10))?.id).toBe('h1');
    expect(defaultPeriod(year, '2026-11-20', schemeOfGrade(school, 5))?.id).toBe('q2');
  });

  it('between periods is the last one ended; with the scheme not known, any period of the year', () => {
    expect(defaultPeriod(year, '2026-11-01', schemeOfGrade(school, 5))?.id).toBe('q1');
    expect(schemeOfGrade(null, 10)).toBeUndefined();
    expect(schemeOfGrade(school, undefined)).toBeUndefined();
    expect(defaultPeriod(year, '2026-11-20')?.id).toBeDefined();
  });
});

import type { JournalPage } from '../../src/domain/journal-page';
import { proposals } from '../../src/domain/period-finals';
import type { JournalRules } from '../../src/domain/rules';
import { yearFinal, yearFinalsOf } from '../../src/domain/year-finals';

const rules = { rounding: { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 }, lowestMark: 2 };

// The rule itself (rounding, weights, double and pass/fail marks, the minimum of 004 §5) is the shared
// one of libs/school-rules, tested there (libs/school-rules/test/finals.test.ts); here, how the journal
// feeds it its page.
describe('period finals proposed on a journal page (000 §9.1, 004 §5)', () => {
  const workKinds = [
    { code: 'answer', name: 'Ответ на уроке', weight: 1, written: false, markingDays: 0, workingDays: false },
    { code: 'test', name: 'Контрольная работа', weight: 2, written: true, markingDays: 3, workingDays: true },
  ];
  const journalRules = { ...rules, highestMark: 5, workKinds, workingWeekdays: [1, 2, 3, 4, 5], holidays: [], markCorrectionMinutes: 30 } as JournalRules;
  const onPage = (studentId: string, values: number[], workKind: string, weight: number, passFail = '', removed = false) =>
    ({ id: `${studentId}${values.join('/')}${workKind}`, lessonId: 'L', studentId, values, passFail, workKind, weight, comment: '', setBy: 'T', setAt: new Date(), onTime: true, removed, revision: 1, history: [], explanation: '' });
  const page = {
    marks: [
      onPage('A', [5], 'answer', 1),
      onPage('A', [4, 5], 'test', 2),
      onPage('A', [], 'answer', 1, 'зачёт'),
      onPage('A', [2], 'test', 2, '', true),
      onPage('B', [4], 'answer', 1),
      onPage('B', [4], 'answer', 1),
      onPage('B', [5], 'answer', 1),
    ],
  } as unknown as JournalPage;

  it('proposes for each student from their marks: written by the kind of work, pass/fail and removed marks not counted', () => {
    const [a, b, c] = proposals(page, ['A', 'B', 'C'], 'quarter', journalRules);
    // (5·1 + 4·2 + 5·2) / 5 = 4.6 → 5; the double mark of a test counts as two written marks.
    expect(a).toEqual({ studentId: 'A', average: 4.6, proposed: 5, counted: 3, written: 2, notEnoughMarks: false, minimum: 3, minimumWritten: 1 });
    // Three oral answers: enough marks, but no written work among them (004 §5).
    expect(b).toMatchObject({ studentId: 'B', average: 4.33, proposed: 4, counted: 3, written: 0, notEnoughMarks: true });
    expect(c).toMatchObject({ studentId: 'C', average: null, proposed: null, counted: 0, notEnoughMarks: true });
  });

  it('needs as many marks as the period is long, by the school\'s minimum when it sets one', () => {
    expect(proposals(page, ['A'], 'half-year', journalRules)[0]).toMatchObject({ notEnoughMarks: true, minimum: 6 });
    expect(proposals(page, ['A'], 'quarter', { ...journalRules, minimumMarks: { quarter: 4, trimester: 8, halfYear: 8, written: 3 } })[0]).toMatchObject({ notEnoughMarks: true, minimum: 4, minimumWritten: 3 });
    expect(proposals(page, ['A'], 'quarter', { ...journalRules, minimumMarks: { quarter: 3, trimester: 6, halfYear: 6, written: 2 } })[0]).toMatchObject({ notEnoughMarks: false, minimum: 3, minimumWritten: 2 });
  });
});

describe('year finals (000 §9.1)', () => {
  const scale = { ...rules, lowestMark: 2, highestMark: 5, workKinds: [], workingWeekdays: [1, 2, 3, 4, 5], holidays: [], markCorrectionMinutes: 30 };
  const periods = [1, 2, 3, 4].map((n) => ({ id: `Q${n}`, name: `${n} четверть`, scheme: 'QUARTERS', startsOn: `2026-0${n}-01` }));
  const final = (value: number, kind: 'period' | 'year' = 'period') => ({ kind, studentId: 'A', value, proposed: 0, average: 0, reason: '', setBy: 'T', setAt: new Date() });

  it('proposes the year final from the period finals in force (the last one set counts)', () => {
    const byPeriod = new Map([['Q1', [final(3), final(4)]], ['Q2', [final(5)]], ['Q3', [final(4)]], ['Q4', [final(5)]]]);
    expect(yearFinalsOf('A', periods, byPeriod, rules)).toEqual({ periodFinals: [{ periodId: 'Q1', periodName: '1 четверть', value: 4 }, { periodId: 'Q2', periodName: '2 четверть', value: 5 }, { periodId: 'Q3', periodName: '3 четверть', value: 4 }, { periodId: 'Q4', periodName: '4 четверть', value: 5 }], proposed: 5 });
  });

  it('asks for a reason when the year final differs from the proposal; an exam mark needs none', () => {
    expect(() => yearFinal('year', 'A', 4, '', 5, scale, 'T', new Date())).toThrow(/выходит 5: укажите причину/);
    expect(yearFinal('year', 'A', 4, 'решение педсовета', 5, scale, 'T', new Date())).toMatchObject({ kind: 'year', value: 4, proposed: 5 });
    expect(yearFinal('exam', 'A', 3, '', 5, scale, 'T', new Date())).toMatchObject({ kind: 'exam', value: 3 });
    expect(() => yearFinal('final', 'A', 3, '', 5, scale, 'T', new Date())).toThrow(/year \(годовая\) или exam/);
  });
});

import { proposeFinal, proposeYearFinal, roundFinal } from '../../src/domain/finals';
import { yearFinal, yearFinalsOf } from '../../src/domain/year-finals';

const rules = { rounding: { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 }, lowestMark: 2 };
const mark = (values: number[], weight = 1, passFail = false, written = false) => ({ values, weight, written, passFail });
const test = (values: number[]) => mark(values, 1, false, true);

describe('period finals (004 §5: 4.50–5.00 → 5, 3.50–4.49 → 4, 2.50–3.49 → 3, 2.00–2.49 → 2)', () => {
  it.each([
    [2.49, 2],
    [2.5, 3],
    [3.49, 3],
    [3.5, 4],
    [4.49, 4],
    [4.5, 5],
    [5, 5],
    [2, 2],
  ])('an average of %s gives %s', (average, final) => {
    expect(roundFinal(average, rules)).toBe(final);
  });

  it('rounds the average mathematically at two decimals first (000 §9.1): 4.495 is 4.50', () => {
    expect(roundFinal(4.495, rules)).toBe(5);
    expect(roundFinal(4.494, rules)).toBe(4);
  });

  it('weights each mark by its kind of work', () => {
    // (5·2 + 3·1) / 3 = 4.33 → 4; without weights it would be 4.00.
    expect(proposeFinal([mark([5], 2), mark([3], 1)], 'quarter', rules)).toMatchObject({ average: 4.33, proposed: 4 });
    // (5·2 + 4·1 + 4·1) / 4 = 4.5 → 5
    expect(proposeFinal([mark([5], 2), mark([4]), mark([4])], 'quarter', rules)).toMatchObject({ average: 4.5, proposed: 5, counted: 3 });
  });

  it('counts a double mark «4/5» as two marks (004 §4.2.5)', () => {
    expect(proposeFinal([mark([4, 5]), test([3])], 'quarter', rules)).toMatchObject({ average: 4, counted: 3, notEnoughMarks: false });
  });

  it('never averages pass/fail marks (000 §9.1)', () => {
    expect(proposeFinal([mark([5]), mark([5]), mark([5]), mark([2], 1, true)], 'quarter', rules)).toMatchObject({ average: 5, counted: 3 });
    expect(proposeFinal([mark([5], 1, true)], 'quarter', rules)).toMatchObject({ average: null, proposed: null, counted: 0, notEnoughMarks: true });
  });

  it('flags fewer than 3 marks in a quarter and 6 in a half-year (004 §5)', () => {
    const three = [mark([4]), mark([4]), test([5])];
    expect(proposeFinal(three.slice(0, 2), 'quarter', rules).notEnoughMarks).toBe(true);
    expect(proposeFinal(three, 'quarter', rules).notEnoughMarks).toBe(false);
    expect(proposeFinal(three, 'half-year', rules).notEnoughMarks).toBe(true);
    expect(proposeFinal([...three, ...three], 'half-year', rules).notEnoughMarks).toBe(false);
  });

  it('needs written, laboratory or practical work among them (004 §5: «с обязательным учетом … письменным, лабораторным и практическим работам»)', () => {
    const oral = [mark([4]), mark([4]), mark([5]), mark([5])];
    expect(proposeFinal(oral, 'quarter', rules)).toMatchObject({ counted: 4, written: 0, notEnoughMarks: true, minimum: 3, minimumWritten: 1 });
    expect(proposeFinal([...oral, test([3])], 'quarter', rules)).toMatchObject({ written: 1, notEnoughMarks: false });
  });

  it('takes the minimum from the school settings when the school sets a stricter one', () => {
    const stricter = { ...rules, minimumMarks: { quarter: 5, trimester: 8, halfYear: 8, written: 2 } };
    const four = [mark([4]), mark([4]), test([5]), test([5])];
    expect(proposeFinal(four, 'quarter', stricter)).toMatchObject({ notEnoughMarks: true, minimum: 5, minimumWritten: 2 });
    expect(proposeFinal([...four, mark([3])], 'quarter', stricter)).toMatchObject({ notEnoughMarks: false });
    expect(proposeFinal([...four, mark([3])], 'trimester', stricter)).toMatchObject({ notEnoughMarks: true, minimum: 8 });
  });

  it('proposes a year final from the period finals', () => {
    expect(proposeYearFinal([4, 5, 4, 5], rules)).toBe(5);
    expect(proposeYearFinal([4, 4, 5, 3], rules)).toBe(4);
    expect(proposeYearFinal([], rules)).toBeNull();
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

import { countedMark, MATHEMATICAL_ROUNDING, minimumOf, periodLength, proposeFinal, proposeYearFinal, REGULATION_MINIMUM, roundFinal } from '@ejournal/school-rules';

// The one rule that proposes a final, shared by the gradebook (the journal's proposals) and the reports
// (the summary sheet): whatever both show for the same marks comes from here.

const rules = { rounding: MATHEMATICAL_ROUNDING, lowestMark: 2 };
const mark = (values: number[], weight = 1, passFail = false, written = false) => ({ values, weight, written, passFail });
const test = (values: number[]) => mark(values, 1, false, true);

describe('rounding an average to a final (004 §5: 4.50–5.00 → 5, 3.50–4.49 → 4, 2.50–3.49 → 3, 2.00–2.49 → 2)', () => {
  it.each([
    [2, 2],
    [2.49, 2],
    [2.5, 3],
    [3.49, 3],
    [3.5, 4],
    [4.49, 4],
    [4.5, 5],
    [5, 5],
  ])('004 §5: an average of %s gives %s', (average, final) => {
    expect(roundFinal(average, rules)).toBe(final);
  });

  it('000 §9.1: rounds the average mathematically to hundredths first, so 4.495 is 4.50 and gives 5', () => {
    expect(roundFinal(4.495, rules)).toBe(5);
    expect(roundFinal(4.494, rules)).toBe(4);
    expect(roundFinal(3.495, rules)).toBe(4);
    expect(roundFinal(2.495, rules)).toBe(3);
    expect(roundFinal(2.494, rules)).toBe(2);
  });

  it('000 §9.1, 004 §5: the settings name mathematical rounding when a school names no other', () => {
    expect(MATHEMATICAL_ROUNDING).toEqual({ fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 });
  });

  it('applies a school\'s own rounding, and proposes no less than 2 nor than the school\'s lowest mark', () => {
    const stricter = { rounding: { fiveFrom: 4.6, fourFrom: 3.6, threeFrom: 2.6 }, lowestMark: 2 };
    expect(roundFinal(4.5, stricter)).toBe(4);
    expect(roundFinal(4.6, stricter)).toBe(5);
    expect(roundFinal(1.5, { rounding: MATHEMATICAL_ROUNDING, lowestMark: 1 })).toBe(2);
    expect(roundFinal(2, { rounding: MATHEMATICAL_ROUNDING, lowestMark: 3 })).toBe(3);
  });
});

describe('proposing a period final (000 §9.1, 004 §4.2.5)', () => {
  it('weights each mark by its kind of work', () => {
    // (5·2 + 3·1) / 3 = 4.33 → 4; without weights it would be 4.00.
    expect(proposeFinal([mark([5], 2), mark([3], 1)], 'quarter', rules)).toMatchObject({ average: 4.33, proposed: 4 });
    // (5·2 + 4·1 + 4·1) / 4 = 4.5 → 5
    expect(proposeFinal([mark([5], 2), mark([4]), mark([4])], 'quarter', rules)).toMatchObject({ average: 4.5, proposed: 5, counted: 3 });
  });

  it('004 §4.2.5: counts a double mark «4/5» as two marks of its weight', () => {
    expect(proposeFinal([mark([4, 5]), test([3])], 'quarter', rules)).toMatchObject({ average: 4, counted: 3, notEnoughMarks: false });
    // (4·2 + 5·2 + 3·1) / 5 = 4.2: each value of the double mark carries the weight.
    expect(proposeFinal([mark([4, 5], 2), mark([3])], 'quarter', rules)).toMatchObject({ average: 4.2, proposed: 4, counted: 3 });
    // A written double mark is two written marks.
    expect(proposeFinal([mark([3]), test([4, 5])], 'quarter', { ...rules, minimumMarks: { ...REGULATION_MINIMUM, written: 2 } })).toMatchObject({ counted: 3, written: 2, notEnoughMarks: false });
  });

  it('000 §9.1: never averages or counts pass/fail marks', () => {
    expect(proposeFinal([mark([5]), mark([5]), mark([5]), mark([2], 1, true)], 'quarter', rules)).toMatchObject({ average: 5, counted: 3 });
    expect(proposeFinal([mark([5], 1, true)], 'quarter', rules)).toMatchObject({ average: null, proposed: null, counted: 0, notEnoughMarks: true });
    // A written pass/fail work does not make up the written minimum either.
    expect(proposeFinal([mark([4]), mark([4]), mark([4]), { ...test([5]), passFail: true }], 'quarter', rules)).toMatchObject({ counted: 3, written: 0, notEnoughMarks: true });
  });

  it('proposes nothing without marks', () => {
    expect(proposeFinal([], 'quarter', rules)).toEqual({ average: null, proposed: null, counted: 0, written: 0, notEnoughMarks: true, minimum: 3, minimumWritten: 1 });
  });
});

describe('the minimum of marks for a final (004 §5)', () => {
  it('004 §5: 3 marks for a quarter, 6 for a trimester or half-year, one of them written; a year as four quarters', () => {
    expect(REGULATION_MINIMUM).toEqual({ quarter: 3, trimester: 6, halfYear: 6, written: 1 });
    expect(minimumOf('quarter')).toEqual({ marks: 3, written: 1 });
    expect(minimumOf('trimester')).toEqual({ marks: 6, written: 1 });
    expect(minimumOf('half-year')).toEqual({ marks: 6, written: 1 });
    expect(minimumOf('year')).toEqual({ marks: 12, written: 1 });
    expect(minimumOf('quarter', { quarter: 1, trimester: 2, halfYear: 2, written: 3 })).toEqual({ marks: 1, written: 1 });
  });

  it('004 §5: flags fewer than 3 marks in a quarter and 6 in a half-year', () => {
    const three = [mark([4]), mark([4]), test([5])];
    expect(proposeFinal(three.slice(0, 2), 'quarter', rules)).toMatchObject({ counted: 2, notEnoughMarks: true, minimum: 3 });
    expect(proposeFinal(three, 'quarter', rules).notEnoughMarks).toBe(false);
    expect(proposeFinal(three, 'half-year', rules)).toMatchObject({ notEnoughMarks: true, minimum: 6 });
    expect(proposeFinal([...three, ...three], 'half-year', rules).notEnoughMarks).toBe(false);
    // A double mark makes up the count as two marks.
    expect(proposeFinal([mark([4, 5]), test([3])], 'quarter', rules).notEnoughMarks).toBe(false);
  });

  it('004 §5: needs written, laboratory or practical work among them («с обязательным учетом … письменным, лабораторным и практическим работам»)', () => {
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
});

describe('the length of a period (004 §5)', () => {
  it('is a quarter, trimester or half-year by the year\'s scheme, and a quarter when the scheme is unknown', () => {
    expect(periodLength('QUARTERS')).toBe('quarter');
    expect(periodLength('TRIMESTERS')).toBe('trimester');
    expect(periodLength('HALF_YEARS')).toBe('half-year');
    expect(periodLength(undefined)).toBe('quarter');
    expect(periodLength('')).toBe('quarter');
    expect(periodLength('SOMETHING_NEW')).toBe('quarter');
  });
});

describe('a recorded mark as finals count it', () => {
  const workKinds = [{ code: 'test', written: true }, { code: 'answer', written: false }];

  it('004 §5: is written when its kind of work is written, lab or practical; not when the kind is unknown', () => {
    expect(countedMark({ values: [4, 5], weight: 2, workKind: 'test', passFail: '' }, workKinds)).toEqual({ values: [4, 5], weight: 2, written: true, passFail: false });
    expect(countedMark({ values: [4], weight: 1, workKind: 'answer', passFail: '' }, workKinds)).toMatchObject({ written: false });
    expect(countedMark({ values: [4], weight: 1, workKind: 'gone', passFail: '' }, workKinds)).toMatchObject({ written: false });
  });

  it('000 §9.1: is pass/fail when it carries a pass/fail text («зачёт», «незачёт»)', () => {
    expect(countedMark({ values: [], weight: 1, workKind: 'test', passFail: 'зачёт' }, workKinds)).toMatchObject({ passFail: true });
    expect(countedMark({ values: [], weight: 1, workKind: 'test', passFail: 'незачёт' }, workKinds)).toMatchObject({ passFail: true });
  });
});

describe('proposing a year final (000 §9.1)', () => {
  it('rounds the plain average of the period finals by the same rule', () => {
    expect(proposeYearFinal([4, 5, 4, 5], rules)).toBe(5);
    expect(proposeYearFinal([4, 4, 5, 3], rules)).toBe(4);
    expect(proposeYearFinal([3, 3, 2, 2], rules)).toBe(3);
    expect(proposeYearFinal([], rules)).toBeNull();
  });
});

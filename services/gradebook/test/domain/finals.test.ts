import { proposeFinal, proposeYearFinal, roundFinal } from '../../src/domain/finals';

const rules = { rounding: { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 }, lowestMark: 2 };
const mark = (values: number[], weight = 1, passFail = false) => ({ values, weight, written: false, passFail });

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
    expect(proposeFinal([mark([4, 5]), mark([3])], 'quarter', rules)).toMatchObject({ average: 4, counted: 3, notEnoughMarks: false });
  });

  it('never averages pass/fail marks (000 §9.1)', () => {
    expect(proposeFinal([mark([5]), mark([5]), mark([5]), mark([2], 1, true)], 'quarter', rules)).toMatchObject({ average: 5, counted: 3 });
    expect(proposeFinal([mark([5], 1, true)], 'quarter', rules)).toEqual({ average: null, proposed: null, counted: 0, notEnoughMarks: true });
  });

  it('flags fewer than 3 marks in a quarter and 6 in a half-year (004 §5)', () => {
    const three = [mark([4]), mark([4]), mark([5])];
    expect(proposeFinal(three.slice(0, 2), 'quarter', rules).notEnoughMarks).toBe(true);
    expect(proposeFinal(three, 'quarter', rules).notEnoughMarks).toBe(false);
    expect(proposeFinal(three, 'half-year', rules).notEnoughMarks).toBe(true);
    expect(proposeFinal([...three, ...three], 'half-year', rules).notEnoughMarks).toBe(false);
  });

  it('proposes a year final from the period finals', () => {
    expect(proposeYearFinal([4, 5, 4, 5], rules)).toBe(5);
    expect(proposeYearFinal([4, 4, 5, 3], rules)).toBe(4);
    expect(proposeYearFinal([], rules)).toBeNull();
  });
});

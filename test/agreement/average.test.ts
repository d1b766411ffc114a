// Issue #13: the teacher's journal and the family's diary show the same average for the same marks
// (000 §9.1: the weighted average, mathematical rounding to hundredths; a double mark counts twice,
// pass/fail never). Both sides are fed the same marks, each in its own service's form.
import { proposeFinal, REGULATION_MINIMUM } from '@ejournal/school-rules';
import { subjectAverage, type DiaryMark } from '../../services/diary/src/domain/diary';

const RULES = { rounding: { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 }, lowestMark: 2, minimumMarks: REGULATION_MINIMUM };
type Mark = { values: number[]; weight: number; passFail?: string };

const asJournal = (marks: Mark[]) => proposeFinal(marks.map((mark) => ({ values: mark.values, weight: mark.weight, written: false, passFail: Boolean(mark.passFail) })), 'quarter', RULES).average ?? 0;
const asDiary = (marks: Mark[]) => subjectAverage(marks.map((mark, index) => ({ markId: `m${index}`, values: mark.values, passFail: mark.passFail ?? '', workKind: 'answer', weight: mark.weight, comment: '' }) as unknown as DiaryMark));

describe('the average a teacher and a parent see', () => {
  const cases: Array<[string, Mark[], number]> = [
    ['plain marks', [{ values: [5], weight: 1 }, { values: [4], weight: 1 }, { values: [4], weight: 1 }], 4.33],
    ['weights and a double mark «4/5»', [{ values: [4, 5], weight: 1 }, { values: [3], weight: 2 }, { values: [5], weight: 1.5 }], 4.09],
    ['a pass/fail mark is not averaged', [{ values: [], weight: 1, passFail: 'зачёт' }, { values: [3], weight: 1 }], 3],
    // 899 / 200 = 4.495 is 4.49499999… in binary: half up it is 4.50, as the regulation rounds.
    ['a half at the hundredths', [...Array.from({ length: 99 }, () => ({ values: [5], weight: 1 })), ...Array.from({ length: 101 }, () => ({ values: [4], weight: 1 }))], 4.5],
    ['no numeric marks', [{ values: [], weight: 1, passFail: 'незачёт' }], 0],
  ];

  it.each(cases)('%s', (_name, marks, expected) => {
    expect(asJournal(marks)).toBe(expected);
    expect(asDiary(marks)).toBe(expected);
  });

  it('agrees on any marks (random classes of marks)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 2_000; run++) {
      const marks = Array.from({ length: 1 + Math.floor(random() * 30) }, () => ({ values: random() < 0.1 ? [2 + Math.floor(random() * 4), 2 + Math.floor(random() * 4)] : [2 + Math.floor(random() * 4)], weight: [1, 1, 1.5, 2, 0.5][Math.floor(random() * 5)] }));
      expect(asDiary(marks)).toBe(asJournal(marks));
    }
  });
});

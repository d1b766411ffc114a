import { toHundredths, weightedAverage } from './marks';

/** A mark as finals count it: its values (two for a double mark «4/5»), its weight, and whether it is pass/fail. */
export interface CountedMark {
  values: number[];
  weight: number;
  written: boolean;
  passFail: boolean;
}

export type PeriodLength = 'quarter' | 'trimester' | 'half-year' | 'year';

/** 004 §5 as the school sets it: the fewest marks for a period final, of them written, lab or practical work. */
export interface MinimumMarks {
  quarter: number;
  trimester: number;
  halfYear: number;
  written: number;
}

/** The school's rounding of an average to a final: the lowest average that gives a 5, a 4, a 3. */
export interface Rounding {
  fiveFrom: number;
  fourFrom: number;
  threeFrom: number;
}

/** The pieces of the school's settings a final is rounded by. */
export interface RoundingRules {
  rounding: Rounding;
  lowestMark: number;
}

/** The pieces of the school's settings a period final is proposed by. */
export interface FinalRules extends RoundingRules {
  /** Absent when the school sets none: the regulation's (004 §5). */
  minimumMarks?: MinimumMarks;
}

/** A kind of work as finals need it: whether it is written, laboratory or practical work (004 §5). */
export interface WrittenWorkKind {
  code: string;
  written: boolean;
}

/** A mark as the journal records it: its values, weight, kind of work, and pass/fail text («зачёт»; empty for a numeric mark). */
export interface RecordedMark {
  values: number[];
  weight: number;
  workKind: string;
  passFail: string;
}

/** 004 §5: 3 marks for a quarter, 6 for a half-year (and a trimester), at least one of them written, lab or practical. */
export const REGULATION_MINIMUM: MinimumMarks = { quarter: 3, trimester: 6, halfYear: 6, written: 1 };

/** 000 §9.1, 004 §5: mathematical rounding of the average — what a school's settings mean when they name no other. */
export const MATHEMATICAL_ROUNDING: Rounding = { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 };

const LENGTHS: Record<string, PeriodLength> = { QUARTERS: 'quarter', TRIMESTERS: 'trimester', HALF_YEARS: 'half-year' };

/** How long a period of the year's scheme is (how many marks its finals need: 004 §5); a quarter when unknown. */
export function periodLength(scheme: string | undefined): PeriodLength {
  return LENGTHS[scheme ?? 'QUARTERS'] ?? 'quarter';
}

/** A recorded mark as finals count it: written when its kind of work is written, lab or practical (004 §5); pass/fail when it carries a pass/fail text. */
export function countedMark(mark: RecordedMark, workKinds: WrittenWorkKind[]): CountedMark {
  return {
    values: mark.values,
    weight: mark.weight,
    written: workKinds.find((kind) => kind.code === mark.workKind)?.written ?? false,
    passFail: mark.passFail !== '',
  };
}

/** The fewest marks a final of the period stands on, by the school's setting (004 §5 by default; a year as four quarters). */
export function minimumOf(length: PeriodLength, minimum: MinimumMarks = REGULATION_MINIMUM): { marks: number; written: number } {
  const marks = { quarter: minimum.quarter, trimester: minimum.trimester, 'half-year': minimum.halfYear, year: minimum.quarter * 4 }[length];
  return { marks, written: Math.min(minimum.written, marks) };
}

export interface FinalProposal {
  /** The weighted average, to two decimals; null without numeric marks. */
  average: number | null;
  /** The final mark the rounding rule gives; null without numeric marks. */
  proposed: number | null;
  /** How many marks count (a double mark counts twice; pass/fail never). */
  counted: number;
  /** Of the counted, written, laboratory or practical work. */
  written: number;
  notEnoughMarks: boolean;
  /** The minimum the school sets for the period: marks, and written work among them. */
  minimum: number;
  minimumWritten: number;
}

/**
 * The rounding rule of the school (004 §5 by default: 4.50–5.00 → 5, 3.50–4.49 → 4, 2.50–3.49 → 3,
 * below → 2). The average is compared at two decimals, so 4.495 is 4.50 and gives 5 (000 §9.1:
 * mathematical rounding).
 */
export function roundFinal(average: number, rules: RoundingRules): number {
  const shown = toHundredths(average);
  if (shown >= rules.rounding.fiveFrom) return 5;
  if (shown >= rules.rounding.fourFrom) return 4;
  if (shown >= rules.rounding.threeFrom) return 3;
  return Math.max(rules.lowestMark, 2);
}

/**
 * The system's proposal for a period final (000 §9.1, 004 §4.2.5): the weighted average of the marks,
 * a double mark counting as two marks of the same weight, pass/fail marks never averaged, and a flag
 * when fewer marks than the period needs (004 §5).
 */
export function proposeFinal(marks: CountedMark[], length: PeriodLength, rules: FinalRules): FinalProposal {
  const numeric = marks.filter((mark) => !mark.passFail);
  const counted = numeric.reduce((sum, mark) => sum + mark.values.length, 0);
  const written = numeric.filter((mark) => mark.written).reduce((sum, mark) => sum + mark.values.length, 0);
  const minimum = minimumOf(length, rules.minimumMarks);
  const notEnoughMarks = counted < minimum.marks || written < minimum.written;
  const average = weightedAverage(numeric);
  if (average === null) return { average: null, proposed: null, counted: 0, written: 0, notEnoughMarks: true, minimum: minimum.marks, minimumWritten: minimum.written };
  return { average, proposed: roundFinal(average, rules), counted, written, notEnoughMarks, minimum: minimum.marks, minimumWritten: minimum.written };
}

/** A year final proposed from the period finals (their plain average, rounded by the same rule). */
export function proposeYearFinal(periodFinals: number[], rules: RoundingRules): number | null {
  if (periodFinals.length === 0) return null;
  return roundFinal(periodFinals.reduce((sum, value) => sum + value, 0) / periodFinals.length, rules);
}

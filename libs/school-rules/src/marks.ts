/** A mark as an average counts it: its values (two for a double mark «4/5»), its weight, pass/fail or not. */
export interface AveragedMark {
  values: number[];
  weight: number;
  /** A pass/fail mark («зачёт») is never averaged; any truthy value says it is one. */
  passFail?: unknown;
  /** A removed mark counts for nothing. */
  removed?: boolean;
}

/** To two decimals, half up, without the binary noise of the division (4.495 → 4.5; 000 §9.1: mathematical rounding). */
export function toHundredths(value: number): number {
  return Math.round(Number((value * 100).toPrecision(12))) / 100;
}

/**
 * The weighted average of numeric marks, to two decimals (000 §9.1, 004 §4.2.5): a double mark counts as
 * two marks of its weight, pass/fail and removed marks never; null without numeric marks. The one rule
 * the teacher's journal and the family's diary both show.
 */
export function weightedAverage(marks: AveragedMark[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const mark of marks) {
    if (mark.removed || mark.passFail) continue;
    for (const value of mark.values) {
      sum += value * mark.weight;
      weights += mark.weight;
    }
  }
  return weights === 0 ? null : toHundredths(sum / weights);
}

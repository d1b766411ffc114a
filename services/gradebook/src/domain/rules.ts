/**
 * The school's rules the gradebook applies, as curriculum publishes them (curriculum.school.settings-changed).
 */
export interface WorkKind {
  code: string;
  name: string;
  weight: number;
  written: boolean;
  markingDays: number;
  workingDays: boolean;
}

export interface JournalRules {
  lowestMark: number;
  highestMark: number;
  workKinds: WorkKind[];
  rounding: { fiveFrom: number; fourFrom: number; threeFrom: number };
  workingWeekdays: number[];
  holidays: Array<{ startsOn: string; endsOn: string }>;
  markCorrectionMinutes: number;
}

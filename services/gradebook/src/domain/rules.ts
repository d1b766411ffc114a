import type { curriculumV1 } from '@ejournal/contracts';

/** A kind of work with its weight and marking deadline, as curriculum's settings carry it. */
export type WorkKind = curriculumV1.WorkKind__Output;

/**
 * The school's rules the gradebook applies, as curriculum publishes them (curriculum.school.settings-changed).
 */
export interface JournalRules {
  lowestMark: number;
  highestMark: number;
  workKinds: WorkKind[];
  rounding: { fiveFrom: number; fourFrom: number; threeFrom: number };
  workingWeekdays: number[];
  holidays: Array<{ startsOn: string; endsOn: string }>;
  markCorrectionMinutes: number;
}

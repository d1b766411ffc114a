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
  /** 004 §5 as the school sets it: the fewest marks for a period final, of them written, lab or practical work. */
  minimumMarks?: MinimumMarks;
  /** IANA time zone of the school ("today", the lessons' times). */
  timeZone?: string;
  /**
   * How the subject at hand is marked, by the approved curriculum (000 §9.1): on the school's scale, or
   * pass/fail (зачёт/незачёт). Absent when no approved curriculum says: either is accepted.
   */
  scale?: 'marks' | 'pass-fail';
}

export interface MinimumMarks {
  quarter: number;
  trimester: number;
  halfYear: number;
  written: number;
}

/** 004 §5: 3 marks for a quarter, 6 for a half-year (and a trimester), at least one of them written, lab or practical. */
export const REGULATION_MINIMUM: MinimumMarks = { quarter: 3, trimester: 6, halfYear: 6, written: 1 };

/** 000 §9.1, 004 §5: mathematical rounding of the average — what a school's settings mean when they name no other. */
export const MATHEMATICAL_ROUNDING: JournalRules['rounding'] = { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 };

/** The rules the journal applies, from the school's settings as curriculum publishes them. */
export function rulesFromSettings(settings: curriculumV1.SchoolSettings__Output): JournalRules {
  return {
    lowestMark: settings.lowestMark,
    highestMark: settings.highestMark,
    workKinds: settings.workKinds,
    rounding: settings.rounding ?? MATHEMATICAL_ROUNDING,
    workingWeekdays: settings.workingWeekdays,
    holidays: settings.holidays,
    markCorrectionMinutes: settings.markCorrectionMinutes,
    minimumMarks: settings.minimumMarks ?? undefined,
    timeZone: settings.timeZone || undefined,
  };
}

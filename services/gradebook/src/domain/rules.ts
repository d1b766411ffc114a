import type { curriculumV1 } from '@ejournal/contracts';
import { MATHEMATICAL_ROUNDING, type MinimumMarks, type Rounding } from '@ejournal/school-rules';

/** A kind of work with its weight and marking deadline, as curriculum's settings carry it. */
export type WorkKind = curriculumV1.WorkKind__Output;

/**
 * The school's rules the gradebook applies, as curriculum publishes them (curriculum.school.settings-changed).
 */
export interface JournalRules {
  lowestMark: number;
  highestMark: number;
  workKinds: WorkKind[];
  rounding: Rounding;
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

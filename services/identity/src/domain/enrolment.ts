/** Where a student is placed over one school year, as curriculum's roster says (curriculum.enrolment.changed). */
export interface YearEnrolment {
  yearId: string;
  /** The roster's version the placements come from: an older one arriving late changes nothing. */
  version: number;
  placements: Array<{ classId: string; groupId: string; from: string; until: string }>;
}

/** The years' enrolments with this one applied; null when it is not newer than the one kept. */
export function withEnrolment(enrolments: YearEnrolment[], next: YearEnrolment): YearEnrolment[] | null {
  const current = enrolments.find((enrolment) => enrolment.yearId === next.yearId);
  if (current && current.version >= next.version) return null;
  return [...enrolments.filter((enrolment) => enrolment !== current), next];
}

/**
 * The student's class (curriculum's id): the one they are in today; before the year begins, the one
 * they will be in; '' when they are in none (expelled, gone to another school, graduated).
 */
export function currentClass(enrolments: YearEnrolment[], today: string): string {
  const places = enrolments.flatMap((enrolment) => enrolment.placements).filter((placement) => placement.groupId === '');
  const now = places.find((placement) => placement.from <= today && (placement.until === '' || today < placement.until));
  if (now) return now.classId;
  const upcoming = places.filter((placement) => placement.from > today).sort((a, b) => a.from.localeCompare(b.from))[0];
  return upcoming?.classId ?? '';
}

/** Movements after which the student no longer belongs to the school (their diary access ends). */
export const LEAVING_MOVEMENTS = ['EXPEL', 'TRANSFER_OUT', 'GRADUATE'];

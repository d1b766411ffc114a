import { addDays, DEFAULT_TIME_ZONE, localDateTime } from '@ejournal/school-rules';

/**
 * Correspondence and notices are kept for the school year they belong to plus a configurable period,
 * then deleted by a scheduled pass (the local server has no TTL indexes). The term is stored as the
 * month it ends in (YYYY-MM), so that the pass finds what is due by equality on an indexed field.
 */
export function keptUntilMonth(at: Date, retentionDays: number, timeZone = DEFAULT_TIME_ZONE): string {
  // The school's own date: a message of 00:30 on 1 September belongs to the new school year.
  const { date } = localDateTime(at, timeZone);
  const year = Number(date.slice(0, 4));
  const schoolYearEnds = Number(date.slice(5, 7)) >= 9 ? `${year + 1}-08-31` : `${year}-08-31`;
  // Kept until the end of the month the period ends in: the month after it is the first that may delete.
  return addDays(schoolYearEnds, retentionDays).slice(0, 7);
}

/** The months whose terms have ended by `at` (the last `lookBack` of them): what the pass deletes. */
export function expiredMonths(at: Date, lookBack = 48): string[] {
  const months: string[] = [];
  let year = at.getUTCFullYear();
  let month = at.getUTCMonth(); // the month before the current one (0-based current → 1-based previous)
  for (let index = 0; index < lookBack; index++) {
    if (month === 0) {
      year -= 1;
      month = 12;
    }
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month -= 1;
  }
  return months;
}

/**
 * How often families opened a school's diary in a week (from diary.openings.counted: cumulative counts,
 * the newest version wins), for the region's monitoring (002 §3.6 «процент участия родителей и обучающихся»).
 */
export interface WeekOpenings {
  /** `schoolId:week`. */
  _id: string;
  version: number;
  schoolId: string;
  week: string;
  openings: number;
  pupilsOpened: number;
  countVersion: number;
}

export const blankWeekOpenings = (id: string, schoolId: string, week: string): WeekOpenings => ({ _id: id, version: 0, schoolId, week, openings: 0, pupilsOpened: 0, countVersion: 0 });

/** A newer count replaces the one kept; the same or an older one (redelivered, late) changes nothing (null). */
export function withCountedOpenings(kept: WeekOpenings, counted: { openings: number; pupilsOpened: number }, countVersion: number): WeekOpenings | null {
  if (kept.countVersion >= countVersion) return null;
  return { ...kept, openings: counted.openings, pupilsOpened: counted.pupilsOpened, countVersion };
}

/** A school's openings over the weeks of an interval: the total, and per week on average (pupils too). */
export function openingsOver(weeks: WeekOpenings[], weekCount: number): { openings: number; openingsPerWeek: number; pupilsPerWeek: number } {
  const openings = weeks.reduce((sum, week) => sum + week.openings, 0);
  const pupils = weeks.reduce((sum, week) => sum + week.pupilsOpened, 0);
  const per = (value: number) => (weekCount > 0 ? Math.round((value / weekCount) * 10) / 10 : 0);
  return { openings, openingsPerWeek: per(openings), pupilsPerWeek: per(pupils) };
}

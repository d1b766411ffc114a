/**
 * Families and the diary, for the region's monitoring (001 §9, 002 §3.6 «процент участия родителей и
 * обучающихся»): how often they opened it, week by week, and how many pupils have a parent connected.
 *
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

/** A school's pupils and those with a parent connected (from identity.families.counted; the newest version wins). */
export interface SchoolFamilies {
  /** The school. */
  _id: string;
  version: number;
  pupils: number;
  pupilsWithParents: number;
  countVersion: number;
}

export const blankSchoolFamilies = (schoolId: string): SchoolFamilies => ({ _id: schoolId, version: 0, pupils: 0, pupilsWithParents: 0, countVersion: 0 });

/** A newer count replaces the one kept; the same or an older one changes nothing (null). */
export function withCountedFamilies(kept: SchoolFamilies, counted: { pupils: number; pupilsWithParents: number }, countVersion: number): SchoolFamilies | null {
  if (kept.countVersion >= countVersion) return null;
  return { ...kept, pupils: counted.pupils, pupilsWithParents: counted.pupilsWithParents, countVersion };
}

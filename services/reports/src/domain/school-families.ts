/**
 * How many of a school's pupils have a parent connected to the diary, for the region's monitoring (001 §9,
 * 002 §3.6 «процент участия родителей и обучающихся»).
 */

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

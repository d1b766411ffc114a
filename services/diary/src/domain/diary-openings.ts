/**
 * How often families opened the diary in a school in a week (002 §3.6: «процент участия родителей и
 * обучающихся в работе с электронным журналом»), for the region's monitoring: the openings and the pupils
 * whose diary was opened (by their pseudonymous keys, never their ids), added up as the counts are written.
 */
export interface SchoolWeekOpenings {
  /** `schoolId:week`. */
  _id: string;
  version: number;
  schoolId: string;
  /** The week's Monday. */
  week: string;
  openings: number;
  pupilKeys: string[];
}

export const schoolWeekId = (schoolId: string, week: string) => `${schoolId}:${week}`;

export const blankSchoolWeek = (schoolId: string, week: string): SchoolWeekOpenings => ({ _id: schoolWeekId(schoolId, week), version: 0, schoolId, week, openings: 0, pupilKeys: [] });

/** Counts gathered since the last write, added: openings sum up, pupils are counted once. */
export function withOpenings(week: SchoolWeekOpenings, openings: number, pupilKeys: Iterable<string>): SchoolWeekOpenings {
  const pupils = new Set(week.pupilKeys);
  for (const key of pupilKeys) pupils.add(key);
  return { ...week, openings: week.openings + openings, pupilKeys: [...pupils].sort() };
}

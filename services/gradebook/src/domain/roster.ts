/** A class's students over the year: each student's places (class and groups) from curriculum's enrolment events. */
export interface ClassRoster {
  _id: string;
  version: number;
  students: Array<{ studentId: string; rosterVersion: number; placements: Array<{ groupId: string; from: string; until: string }> }>;
}

/** Students of the class — or of one of its groups — on a date. */
export function studentsOn(roster: ClassRoster | null, date: string, groupId = ''): string[] {
  if (!roster) return [];
  return roster.students
    .filter((student) => student.placements.some((placement) => placement.groupId === groupId && placement.from <= date && (placement.until === '' || date < placement.until)))
    .map((student) => student.studentId)
    .sort();
}

/** Students on the roster at any time between two dates. */
export function studentsBetween(roster: ClassRoster | null, from: string, to: string, groupId = ''): string[] {
  if (!roster) return [];
  return roster.students
    .filter((student) => student.placements.some((placement) => placement.groupId === groupId && placement.from <= to && (placement.until === '' || from < placement.until)))
    .map((student) => student.studentId)
    .sort();
}

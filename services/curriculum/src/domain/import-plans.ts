import { DomainError, type CsvLineError } from '@ejournal/kit';
import type { AcademicYear } from './academic-year';
import type { Room, Subject } from './catalogue';
import type { RosterLine, TimetableLine } from './imports';
import { recordMovement, type Movement, type Roster } from './roster';
import { className, validateClass, type SchoolClass } from './school-class';
import type { SchoolSettings } from './settings';
import { planWeeklyTimetable, timetableProblems, type TimetableEntry, type WeeklyTimetable } from './timetable';

// What an imported file means for the school, decided before anything is written: every line's
// problem is found (and reported by its line number), and nothing is applied while one remains.

/**
 * The classes a roster file names that the year does not have yet (checked as if made by hand), and
 * a class named with two different class teachers is a problem of the later line.
 */
export function classesToCreate(lines: RosterLine[], existing: SchoolClass[], settings: SchoolSettings, year: AcademicYear, newId: () => string): { created: Map<string, SchoolClass>; errors: CsvLineError[] } {
  const created = new Map<string, SchoolClass>();
  const errors: CsvLineError[] = [];
  for (const line of lines) {
    const name = className(line.grade, line.letter);
    if (existing.some((schoolClass) => schoolClass.name === name)) continue;
    const already = created.get(name);
    if (already) {
      if (line.classTeacherId && already.classTeacherId && line.classTeacherId !== already.classTeacherId) errors.push({ line: line.line, message: `у ${name} в файле разные классные руководители` });
      continue;
    }
    try {
      const fields = validateClass({ grade: line.grade, letter: line.letter, classTeacherId: line.classTeacherId, shift: line.shift }, settings, year);
      created.set(name, { _id: newId(), schoolId: year.schoolId, yearId: year._id, ...fields, groups: [], previousClassId: '', version: 1 });
    } catch (error) {
      errors.push({ line: line.line, message: (error as Error).message });
    }
  }
  return { created, errors };
}

/** The roster after enrolling each line's student in its class (001 §3.1 rules of movement); a refused line is a problem of its line. */
export function enrolFromImport(roster: Roster, lines: RosterLine[], year: AcademicYear, classes: SchoolClass[], by: string): { roster: Roster; movements: Movement[]; errors: CsvLineError[] } {
  const movements: Movement[] = [];
  const errors: CsvLineError[] = [];
  for (const line of lines) {
    const target = classes.find((schoolClass) => schoolClass.name === className(line.grade, line.letter));
    if (!target) continue;
    try {
      const applied = recordMovement(roster, year, classes, { kind: 'ENROL', studentId: line.studentId, classId: target._id, date: line.date, orderNumber: line.orderNumber }, by);
      roster = applied.roster;
      movements.push(applied.movement);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ line: line.line, message: error.message });
    }
  }
  return { roster, movements, errors };
}

/** Lines naming a student or class teacher the school does not have (identity's answer). */
export function strangersOfRoster(lines: RosterLine[], unknownStudents: Set<string>, unknownStaff: Set<string>): CsvLineError[] {
  return lines.flatMap((line) => [
    ...(unknownStudents.has(line.studentId) ? [{ line: line.line, message: 'в школе нет такого обучающегося' }] : []),
    ...(unknownStaff.has(line.classTeacherId) ? [{ line: line.line, message: 'в школе нет такого сотрудника (классный руководитель)' }] : []),
  ]);
}

/**
 * Each class's weekly timetable from a timetable file: lines of a class or group the year does not
 * have, of a teacher the school does not have, and entries the timetable's rules refuse are problems
 * of their lines; classes without problems get their timetable.
 */
export function timetablesFromImport(
  lines: TimetableLine[],
  context: { settings: SchoolSettings; year: AcademicYear; classes: SchoolClass[]; subjects: Subject[]; rooms: Room[]; unknownTeachers: Set<string> },
  validity: { validFrom?: string; validTo?: string },
): { planned: Map<SchoolClass, WeeklyTimetable>; errors: CsvLineError[] } {
  const errors: CsvLineError[] = [];
  const perClass = new Map<SchoolClass, Array<{ line: number; entry: TimetableEntry }>>();
  for (const line of lines) {
    const schoolClass = context.classes.find((candidate) => candidate.name === className(line.grade, line.letter));
    if (!schoolClass) {
      errors.push({ line: line.line, message: `класса ${className(line.grade, line.letter)} нет в ${context.year.name}` });
      continue;
    }
    const group = line.groupName ? schoolClass.groups.find((candidate) => candidate.subjectId === line.subjectId && candidate.name.toLowerCase() === line.groupName.toLowerCase()) : undefined;
    if (line.groupName && !group) {
      errors.push({ line: line.line, message: `в ${schoolClass.name} нет группы «${line.groupName}» по этому предмету` });
      continue;
    }
    const entry: TimetableEntry = { weekday: line.weekday, lessonNumber: line.lessonNumber, subjectId: line.subjectId, groupId: group?.id ?? '', teacherId: line.teacherId, roomId: line.roomId };
    perClass.set(schoolClass, [...(perClass.get(schoolClass) ?? []), { line: line.line, entry }]);
  }
  for (const line of lines) if (context.unknownTeachers.has(line.teacherId)) errors.push({ line: line.line, message: 'в школе нет такого учителя' });
  const planned = new Map<SchoolClass, WeeklyTimetable>();
  for (const [schoolClass, entries] of perClass) {
    const classContext = { settings: context.settings, year: context.year, schoolClass, subjects: context.subjects, rooms: context.rooms };
    const problems = timetableProblems(entries.map(({ entry }) => entry), classContext);
    for (const problem of problems) errors.push({ line: entries[problem.index].line, message: problem.message });
    if (problems.length > 0) continue;
    try {
      planned.set(schoolClass, planWeeklyTimetable({ ...validity, entries: entries.map(({ entry }) => entry) }, classContext));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push({ line: 0, message: error.message });
    }
  }
  return { planned, errors };
}

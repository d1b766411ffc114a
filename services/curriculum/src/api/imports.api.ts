import { randomUUID } from 'node:crypto';
import type { CurriculumServiceHandlers } from '@ejournal/contracts';
import { DomainError, FailedPrecondition, type AsyncHandlers, type CsvLineError } from '@ejournal/kit';
import { parseRosterImport, parseTimetableImport } from '../domain/imports';
import { emptyRoster, recordMovement, type Movement, type Roster } from '../domain/roster';
import { className, validateClass, type SchoolClass } from '../domain/school-class';
import { planWeeklyTimetable, timetableProblems, type TimetableEntry } from '../domain/timetable';
import { classChanged, enrolmentChanged } from '../events/curriculum-events';
import { setTimetable } from '../store/timetable.store';
import { allow, requiredId } from './access';
import { rosterOf, settingsOf, YEAR_MISSING, yearOf, type Stores } from './stores';

type Handlers = Pick<AsyncHandlers<CurriculumServiceHandlers>, 'ImportRosters' | 'ImportTimetable'>;

const report = (lines: number, errors: CsvLineError[], counts: { classesCreated?: number; studentsEnrolled?: number; timetablesSet?: number } = {}) => ({
  lines,
  classesCreated: counts.classesCreated ?? 0,
  studentsEnrolled: counts.studentsEnrolled ?? 0,
  timetablesSet: counts.timetablesSet ?? 0,
  errors: [...errors].sort((a, b) => a.line - b.line),
  applied: errors.length === 0,
});

const lineCount = (csv: string) => Math.max(0, csv.split(/\r?\n/).filter((line) => line.trim()).length - 1);

export function importHandlers(stores: Stores): Handlers {
  const { classes, rosters, timetables, catalogues } = stores;

  return {
    /** Classes and rosters from one file, all or nothing: every line is checked before anything is written. */
    async ImportRosters(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'movement.manage', { schoolId: year.schoolId }, YEAR_MISSING);
      allow(principal, 'schedule.manage', { schoolId: year.schoolId }, YEAR_MISSING);
      const settings = await settingsOf(stores, year.schoolId);
      const { lines, errors } = parseRosterImport(request.csv);
      const existing = await classes.findWhere({ yearId: year._id });
      const created = new Map<string, SchoolClass>();
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
          created.set(name, { _id: randomUUID(), schoolId: year.schoolId, yearId: year._id, ...fields, groups: [], previousClassId: '', version: 1 });
        } catch (error) {
          errors.push({ line: line.line, message: (error as Error).message });
        }
      }
      const allClasses = [...existing, ...created.values()];
      const enrol = (roster: Roster, collect: CsvLineError[]) => {
        const movements: Movement[] = [];
        for (const line of lines) {
          const target = allClasses.find((schoolClass) => schoolClass.name === className(line.grade, line.letter));
          if (!target) continue;
          try {
            const applied = recordMovement(roster, year, allClasses, { kind: 'ENROL', studentId: line.studentId, classId: target._id, date: line.date, orderNumber: line.orderNumber }, principal.subject);
            roster = applied.roster;
            movements.push(applied.movement);
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            collect.push({ line: line.line, message: error.message });
          }
        }
        return { roster, movements };
      };
      const strangers = await stores.people.unknown(year.schoolId, 'student', lines.map((line) => line.studentId));
      const strangeTeachers = await stores.people.unknown(year.schoolId, 'staff', lines.map((line) => line.classTeacherId));
      for (const line of lines) {
        if (strangers.has(line.studentId)) errors.push({ line: line.line, message: 'в школе нет такого обучающегося' });
        if (strangeTeachers.has(line.classTeacherId)) errors.push({ line: line.line, message: 'в школе нет такого сотрудника (классный руководитель)' });
      }
      enrol(await rosterOf(stores, year), errors);
      if (errors.length > 0) return report(lineCount(request.csv), errors);

      for (const schoolClass of created.values()) await classes.insert(schoolClass, [classChanged(schoolClass)], `класс ${schoolClass.name} уже создан`);
      const enrolled = await rosters.change(
        year._id,
        (current) => {
          const late: CsvLineError[] = [];
          const { roster, movements } = enrol(current, late);
          if (late.length > 0) throw new FailedPrecondition(`контингент изменился во время импорта, ничего не записано: ${late.map((line) => `строка ${line.line}: ${line.message}`).join('; ')}`);
          return { next: roster, events: (stored) => movements.map((movement) => enrolmentChanged(stored, movement)), result: movements.length };
        },
        () => emptyRoster(year),
      );
      return report(lineCount(request.csv), [], { classesCreated: created.size, studentsEnrolled: enrolled });
    },

    /** A weekly timetable per class from one file; every line is checked before anything is written. */
    async ImportTimetable(request, { principal }) {
      const year = await yearOf(stores, requiredId(request.yearId, 'yearId', YEAR_MISSING));
      allow(principal, 'schedule.manage', { schoolId: year.schoolId }, YEAR_MISSING);
      const [settings, catalogue, yearClasses] = await Promise.all([settingsOf(stores, year.schoolId), catalogues.of(year.schoolId), classes.findWhere({ yearId: year._id })]);
      const { lines, errors } = parseTimetableImport(request.csv, catalogue.subjects, catalogue.rooms);
      const perClass = new Map<SchoolClass, Array<{ line: number; entry: TimetableEntry }>>();
      for (const line of lines) {
        const schoolClass = yearClasses.find((candidate) => candidate.name === className(line.grade, line.letter));
        if (!schoolClass) {
          errors.push({ line: line.line, message: `класса ${className(line.grade, line.letter)} нет в ${year.name}` });
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
      const planned = new Map<SchoolClass, ReturnType<typeof planWeeklyTimetable>>();
      const strangers = await stores.people.unknown(year.schoolId, 'staff', lines.map((line) => line.teacherId));
      for (const line of lines) if (strangers.has(line.teacherId)) errors.push({ line: line.line, message: 'в школе нет такого учителя' });
      for (const [schoolClass, entries] of perClass) {
        const context = { settings, year, schoolClass, subjects: catalogue.subjects, rooms: catalogue.rooms };
        const problems = timetableProblems(entries.map(({ entry }) => entry), context);
        for (const problem of problems) errors.push({ line: entries[problem.index].line, message: problem.message });
        if (problems.length === 0) {
          try {
            planned.set(schoolClass, planWeeklyTimetable({ validFrom: request.validFrom, validTo: request.validTo, entries: entries.map(({ entry }) => entry) }, context));
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            errors.push({ line: 0, message: error.message });
          }
        }
      }
      if (errors.length > 0) return report(lineCount(request.csv), errors);
      for (const [schoolClass, timetable] of planned) await setTimetable(timetables, schoolClass, timetable, principal.subject);
      return report(lineCount(request.csv), [], { timetablesSet: planned.size });
    },
  };
}

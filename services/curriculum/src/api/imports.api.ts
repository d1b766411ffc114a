import { randomUUID } from 'node:crypto';
import type { CurriculumServiceHandlers } from '@ejournal/contracts';
import { FailedPrecondition, type AsyncHandlers, type CsvLineError } from '@ejournal/kit';
import { classesToCreate, enrolFromImport, strangersOfRoster, timetablesFromImport } from '../domain/import-plans';
import { parseRosterImport, parseTimetableImport } from '../domain/imports';
import { emptyRoster } from '../domain/roster';
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
      const { lines, errors } = parseRosterImport(request.csv);
      const [settings, existing, unknownStudents, unknownStaff, roster] = await Promise.all([
        settingsOf(stores, year.schoolId),
        classes.findWhere({ yearId: year._id }),
        stores.people.unknown(year.schoolId, 'student', lines.map((line) => line.studentId)),
        stores.people.unknown(year.schoolId, 'staff', lines.map((line) => line.classTeacherId)),
        rosterOf(stores, year),
      ]);
      const { created, errors: classErrors } = classesToCreate(lines, existing, settings, year, randomUUID);
      const allClasses = [...existing, ...created.values()];
      const problems = [...errors, ...classErrors, ...strangersOfRoster(lines, unknownStudents, unknownStaff), ...enrolFromImport(roster, lines, year, allClasses, principal.subject).errors];
      if (problems.length > 0) return report(lineCount(request.csv), problems);

      for (const schoolClass of created.values()) await classes.insert(schoolClass, [classChanged(schoolClass)], `класс ${schoolClass.name} уже создан`);
      const enrolled = await rosters.change(
        year._id,
        (current) => {
          const { roster: next, movements, errors: late } = enrolFromImport(current, lines, year, allClasses, principal.subject);
          if (late.length > 0) throw new FailedPrecondition(`контингент изменился во время импорта, ничего не записано: ${late.map((line) => `строка ${line.line}: ${line.message}`).join('; ')}`);
          return { next, events: (stored) => movements.map((movement) => enrolmentChanged(stored, movement)), result: movements.length };
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
      const unknownTeachers = await stores.people.unknown(year.schoolId, 'staff', lines.map((line) => line.teacherId));
      const { planned, errors: planErrors } = timetablesFromImport(lines, { settings, year, classes: yearClasses, subjects: catalogue.subjects, rooms: catalogue.rooms, unknownTeachers }, { validFrom: request.validFrom, validTo: request.validTo });
      if (errors.length + planErrors.length > 0) return report(lineCount(request.csv), [...errors, ...planErrors]);
      for (const [schoolClass, timetable] of planned) await setTimetable(timetables, schoolClass, timetable, principal.subject);
      return report(lineCount(request.csv), [], { timetablesSet: planned.size });
    },
  };
}

import type { reportsV1 } from '@ejournal/contracts';
import { authorize, InvalidArgument, NotFound, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { studentsBetween } from '@ejournal/read-models';
import { addDays, localDateTime } from '@ejournal/school-rules';
import { mondayOf } from '../domain/class-week';
import { fillingFigures, onTimeShares, pupilsByMarkCount, weeksBetween, type FillingTally } from '../domain/filling';
import { periodOn, subjectNames } from '../domain/school-facts';
import type { Names } from '../peers';
import type { ReportsStore } from '../store/reports.store';
import { formatOf, latest, reportFile, TALLY_COLUMNS } from './report-files';
import { reportRange } from './report-dates';

type Handlers = Pick<AsyncHandlers<reportsV1.ReportsServiceHandlers>, 'GetFillingControl'>;

export const SCHOOL_MISSING = 'школа не найдена';

/** The whole school's figures, or only the caller's own lessons (a teacher), or nothing (not theirs: as if not there). */
export function fillingScope(principal: Principal, schoolId: string): 'school' | 'own' | null {
  if (authorize(principal, 'reports.filling', { schoolId })) return 'school';
  if (principal.personId && authorize(principal, 'reports.filling', { schoolId, teacherId: principal.personId })) return 'own';
  return null;
}

const tallyMessage = (tally: FillingTally) => ({ lessonsHeld: tally.lessonsHeld, withoutTopic: tally.withoutTopic, withoutHomework: tally.withoutHomework, recordedLate: tally.recordedLate });

/**
 * Filling control (002 §3.6, 003 §3.5, 003 §4.2): from the class weeks of the interval, per teacher and
 * per class × subject; pupils with no or one mark in the period the interval ends in.
 */
export function fillingControlApi(store: ReportsStore, names: Names): Handlers {
  return {
    async GetFillingControl(request, { principal }) {
      if (!request.schoolId) throw new InvalidArgument('не указана школа', { schoolId: 'обязательное поле' });
      const format = formatOf(request.format);
      const scope = fillingScope(principal, request.schoolId);
      const school = scope ? await store.schools.find(request.schoolId) : null;
      if (!scope || !school || !school.nameVersion) throw new NotFound(SCHOOL_MISSING);
      const timeZone = school.timeZone || undefined;
      const now = new Date();
      const range = reportRange(request.from, request.to, localDateTime(now, timeZone).date);
      const weeks = await store.weeksOfSchool(school._id, weeksBetween(range.from, range.to, mondayOf, addDays));
      const seen = scope === 'own' ? weeks.map((week) => ({ ...week, lessons: week.lessons.filter((line) => line.teacherId === principal.personId) })) : weeks;
      const figures = fillingFigures(seen, range, now, timeZone);

      // Pupils with no or one mark, in the period the interval ends in (002 §3.6).
      const years = await store.schoolYears(school._id);
      const current = periodOn(years, range.to);
      const counts = new Map<string, Map<string, number>>();
      if (current) {
        for (const count of await store.markCounts(school._id, current.period.id)) {
          const page = `${count.classId}|${count.subjectId}`;
          if (!counts.has(page)) counts.set(page, new Map());
          counts.get(page)!.set(count.studentId, count.counted);
        }
      }
      const classes = new Map((await store.classes.findWhere({ schoolId: school._id })).map((item) => [item._id, item]));
      const rosters = new Map<string, Awaited<ReturnType<ReportsStore['rosters']['find']>>>();
      for (const classId of new Set([...figures.byClassSubject.values()].map((line) => line.classId))) rosters.set(classId, await store.rosters.find(classId));
      const subjectName = subjectNames(school);
      const teacherIds = [...figures.byTeacher.keys(), ...figures.openLessons.map((open) => open.line.teacherId)];
      const teacherName = await names.of(school._id, teacherIds);

      const byClassSubject = [...figures.byClassSubject.values()].map((line) => {
        const pupils = current ? studentsBetween(rosters.get(line.classId) ?? null, current.period.startsOn, range.to < current.period.endsOn ? range.to : current.period.endsOn, line.groupId) : [];
        const marks = pupilsByMarkCount(pupils, counts.get(`${line.classId}|${line.subjectId}`) ?? new Map());
        return {
          classId: line.classId,
          className: classes.get(line.classId)?.name ?? '',
          groupId: line.groupId,
          subjectId: line.subjectId,
          subjectName: subjectName.get(line.subjectId) ?? line.subjectId,
          ...tallyMessage(line),
          pupilsWithoutMarks: marks.withoutMarks,
          pupilsWithOneMark: marks.withOneMark,
        };
      }).sort((a, b) => a.className.localeCompare(b.className, 'ru') || a.subjectName.localeCompare(b.subjectName, 'ru'));
      const byTeacher = [...figures.byTeacher.entries()].map(([teacherId, tally]) => ({ teacherId, teacherName: teacherName.get(teacherId) ?? '', ...tallyMessage(tally) })).sort((a, b) => b.withoutTopic - a.withoutTopic || a.teacherName.localeCompare(b.teacherName, 'ru'));
      const openLessons = figures.openLessons.map((open) => ({ lessonId: open.line.lessonId, date: open.line.date, className: classes.get(open.classId)?.name ?? '', subjectName: subjectName.get(open.line.subjectId) ?? open.line.subjectId, teacherId: open.line.teacherId, teacherName: teacherName.get(open.line.teacherId) ?? '', missing: open.missing }));
      const currentTo = latest([school.asOf, ...weeks.map((week) => week.asOf), ...years.map((year) => year.asOf)]);
      const file = await reportFile(format, `kontrol-zapolneniya-${range.from}-${range.to}`, () => ({
        title: `Контроль заполнения журнала: ${school.shortName || school.name}`,
        currentTo,
        columns: [
          { key: 'className', header: 'Класс' },
          { key: 'subjectName', header: 'Предмет' },
          ...TALLY_COLUMNS,
          { key: 'pupilsWithoutMarks', header: 'Учеников без отметок', kind: 'number' },
          { key: 'pupilsWithOneMark', header: 'Учеников с одной отметкой', kind: 'number' },
        ],
        rows: byClassSubject,
      }));
      return {
        schoolId: school._id,
        from: range.from,
        to: range.to,
        currentTo,
        byTeacher,
        byClassSubject,
        openLessons,
        weeks: onTimeShares(figures),
        file,
      };
    },
  };
}

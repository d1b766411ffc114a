import type { reportsV1 } from '@ejournal/contracts';
import { authorize, InvalidArgument, NotFound, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { studentsBetween } from '@ejournal/read-models';
import { localDateTime, mondaysBetween } from '@ejournal/school-rules';
import { openRequestCounts } from '../domain/change-requests';
import { fillingFigures, onTimeShares, pupilsByMarkCount, type FillingTally } from '../domain/filling';
import { latest } from '../domain/moments';
import { programProgress } from '../domain/program';
import { subjectNames } from '../domain/school-facts';
import type { Names } from '../peers';
import { lineChartSvg } from '../renderings/chart';
import type { ReportsStore } from '../store/reports.store';
import { formatOf, reportFile, TALLY_COLUMNS } from './report-files';
import { reportRange, yearsSpan } from './report-dates';

type Handlers = Pick<AsyncHandlers<reportsV1.ReportsServiceHandlers>, 'GetFillingControl' | 'GetFillingChart'>;

const SCHOOL_MISSING = 'школа не найдена';

/** The whole school's figures, or only the caller's own lessons (a teacher), or nothing (not theirs: as if not there). */
function fillingScope(principal: Principal, schoolId: string): 'school' | 'own' | null {
  if (authorize(principal, 'reports.filling', { schoolId })) return 'school';
  if (principal.personId && authorize(principal, 'reports.filling', { schoolId, teacherId: principal.personId })) return 'own';
  return null;
}

const tallyMessage = (tally: FillingTally) => ({ lessonsHeld: tally.lessonsHeld, withoutTopic: tally.withoutTopic, withoutHomework: tally.withoutHomework, recordedLate: tally.recordedLate });

/**
 * Filling control (002 §3.6, 003 §3.5, 003 §4.2): from the class weeks of the interval, per teacher and
 * per class × subject; pupils with no or one mark in the period of the page's last lesson in the interval;
 * program completion against the КТП over the interval's years (their weeks are read whole); requests to
 * change marks still open (004 §4.1), per teacher and per page, as they stand now.
 */
export function fillingControlApi(store: ReportsStore, names: Names): Handlers {
  /** The school as the caller may see it (the whole, or their own lessons), or the 404 a missing school gets. */
  async function schoolInScope(request: { schoolId: string }, principal: Principal) {
    if (!request.schoolId) throw new InvalidArgument('не указана школа', { schoolId: 'обязательное поле' });
    const scope = fillingScope(principal, request.schoolId);
    const school = scope ? await store.schools.find(request.schoolId) : null;
    if (!scope || !school || !school.nameVersion) throw new NotFound(SCHOOL_MISSING);
    return { scope, school };
  }

  return {
    async GetFillingChart(request, { principal }) {
      const { scope, school } = await schoolInScope(request, principal);
      const timeZone = school.timeZone || undefined;
      const now = new Date();
      const range = reportRange(request.from, request.to, localDateTime(now, timeZone).date);
      const weeks = await store.weeksOfSchool(school._id, mondaysBetween(range.from, range.to));
      const seen = scope === 'own' ? weeks.map((week) => ({ ...week, lessons: week.lessons.filter((line) => line.teacherId === principal.personId) })) : weeks;
      const shares = new Map(onTimeShares(fillingFigures(seen, range, now, timeZone)).map((week) => [week.week, week]));
      const svg = await lineChartSvg({
        title: `Учителя, заполнившие журнал вовремя: ${school.shortName || school.name}`,
        yLabel: 'доля учителей, %',
        xLabel: 'неделя (понедельник)',
        yDomain: [0, 100],
        // A week without held lessons is a gap, not a zero.
        series: [{ name: 'вовремя', points: mondaysBetween(range.from, range.to).map((week) => ({ x: week, y: shares.has(week) && shares.get(week)!.teachers > 0 ? Math.round(shares.get(week)!.share * 1000) / 10 : null })) }],
      });
      return { contentType: 'image/svg+xml', fileName: `kontrol-zapolneniya-${range.from}-${range.to}.svg`, content: Buffer.from(svg, 'utf8') };
    },

    async GetFillingControl(request, { principal }) {
      const format = formatOf(request.format);
      const { scope, school } = await schoolInScope(request, principal);
      const timeZone = school.timeZone || undefined;
      const now = new Date();
      const range = reportRange(request.from, request.to, localDateTime(now, timeZone).date);
      const [years, schoolClasses, plans, openRequests] = await Promise.all([store.schoolYears(school._id), store.classes.findWhere({ schoolId: school._id }), store.planHours.findWhere({ schoolId: school._id }), store.changeRequests.findWhere({ schoolId: school._id, state: 'open' })]);
      const requests = openRequestCounts(openRequests);
      // The weeks of the interval and of its years whole: program completion counts the year's lessons.
      const span = yearsSpan(years, range);
      const weeks = await store.weeksOfSchool(school._id, mondaysBetween(span.from, span.to));
      const seen = scope === 'own' ? weeks.map((week) => ({ ...week, lessons: week.lessons.filter((line) => line.teacherId === principal.personId) })) : weeks;
      const figures = fillingFigures(seen, range, now, timeZone);
      const weeksOfClass = new Map<string, typeof seen>();
      for (const week of seen) weeksOfClass.set(week.classId, [...(weeksOfClass.get(week.classId) ?? []), week]);
      const planOf = new Map(plans.map((plan) => [plan._id, plan]));
      const pages = [...figures.byClassSubject.values()];

      // Pupils with no or one mark (002 §3.6), each page in the period of its last lesson in the interval
      // (a school's classes may keep quarters and half-years side by side).
      const periods = new Map(years.flatMap((year) => year.periods).map((period) => [period.id, period]));
      const periodIds = [...new Set(pages.map((page) => page.periodId))].filter((id) => periods.has(id));
      const classIds = [...new Set(pages.map((page) => page.classId))];
      const [markCounts, rosterList, teacherName] = await Promise.all([
        Promise.all(periodIds.map((periodId) => store.markCounts(school._id, periodId).then((list) => list.map((count) => ({ ...count, periodId }))))),
        Promise.all(classIds.map((classId) => store.rosters.find(classId))),
        names.of(school._id, [...figures.byTeacher.keys(), ...figures.openLessons.map((open) => open.line.teacherId)]),
      ]);
      const counts = new Map<string, Map<string, number>>();
      const lateCounts = new Map<string, Map<string, number>>();
      for (const count of markCounts.flat()) {
        const page = `${count.classId}|${count.subjectId}|${count.periodId}`;
        if (!counts.has(page)) [counts, lateCounts].forEach((map) => map.set(page, new Map()));
        counts.get(page)!.set(count.studentId, count.counted);
        lateCounts.get(page)!.set(count.studentId, count.late ?? 0);
      }
      const rosters = new Map(classIds.map((classId, index) => [classId, rosterList[index]]));
      const classes = new Map(schoolClasses.map((item) => [item._id, item]));
      const subjectName = subjectNames(school);

      const byClassSubject = pages.map((line) => {
        const period = periods.get(line.periodId);
        const pupils = period ? studentsBetween(rosters.get(line.classId) ?? null, period.startsOn, range.to < period.endsOn ? range.to : period.endsOn, line.groupId) : [];
        const page = `${line.classId}|${line.subjectId}|${line.periodId}`;
        const marks = pupilsByMarkCount(pupils, counts.get(page) ?? new Map());
        const late = lateCounts.get(page);
        const klass = classes.get(line.classId);
        const program = programProgress(line, weeksOfClass.get(line.classId) ?? [], planOf, { yearId: klass?.yearId, grade: klass?.grade }, range.to, now, timeZone);
        return {
          classId: line.classId,
          className: classes.get(line.classId)?.name ?? '',
          groupId: line.groupId,
          subjectId: line.subjectId,
          subjectName: subjectName.get(line.subjectId) ?? line.subjectId,
          ...tallyMessage(line),
          pupilsWithoutMarks: marks.withoutMarks,
          pupilsWithOneMark: marks.withOneMark,
          marksLate: pupils.reduce((sum, studentId) => sum + (late?.get(studentId) ?? 0), 0),
          planHours: program.planHours,
          lessonsGiven: program.given,
          lessonsLeft: program.left,
          lessonsShort: program.short,
          openChangeRequests: requests.byPage.get(`${line.classId}|${line.groupId}|${line.subjectId}`) ?? 0,
        };
      }).sort((a, b) => a.className.localeCompare(b.className, 'ru') || a.subjectName.localeCompare(b.subjectName, 'ru'));
      const byTeacher = [...figures.byTeacher.entries()].map(([teacherId, tally]) => ({ teacherId, teacherName: teacherName.get(teacherId) ?? '', ...tallyMessage(tally), openChangeRequests: requests.byTeacher.get(teacherId) ?? 0 })).sort((a, b) => b.withoutTopic - a.withoutTopic || a.teacherName.localeCompare(b.teacherName, 'ru'));
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
          { key: 'marksLate', header: 'Отметок выставлено с опозданием', kind: 'number' },
          { key: 'openChangeRequests', header: 'Запросов на исправление ждут решения', kind: 'number' },
          { key: 'planHours', header: 'Часов по КТП на год', kind: 'number' },
          { key: 'lessonsGiven', header: 'Проведено уроков с начала года', kind: 'number' },
          { key: 'lessonsLeft', header: 'Осталось уроков по расписанию', kind: 'number' },
          { key: 'lessonsShort', header: 'Не хватает уроков до КТП', kind: 'number' },
        ],
        rows: byClassSubject,
      }), timeZone);
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

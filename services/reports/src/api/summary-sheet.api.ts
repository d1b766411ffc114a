import type { reportsV1 } from '@ejournal/contracts';
import { NotFound, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { studentsBetween } from '@ejournal/read-models';
import { localDateTime, mondaysBetween } from '@ejournal/school-rules';
import { monthsBetween, classMonthId } from '../domain/absences';
import { attendanceSheet } from '../domain/attendance-sheet';
import { classWeekId } from '../domain/class-week';
import { latest } from '../domain/moments';
import { defaultPeriod, schemeOfGrade, sheetRulesOf, subjectNames } from '../domain/school-facts';
import { averageByWeek, classLessonsHeld, summarySheet } from '../domain/summary-sheet';
import type { Names } from '../peers';
import { lineChartSvg } from '../renderings/chart';
import type { ReportsStore } from '../store/reports.store';
import { readableClass } from './class-access';
import { formatOf, reportFile } from './report-files';

type Handlers = Pick<AsyncHandlers<reportsV1.ReportsServiceHandlers>, 'GetSummarySheet' | 'GetAverageChart'>;

/**
 * The class teacher's reports (003 §4.1, 004 §4.2.4): the period's summary sheet, and the class's
 * average by week as a chart. The class teacher of the class and the school's administration; anyone
 * else is told the class is not there.
 */
export function summarySheetApi(store: ReportsStore, names: Names): Handlers {
  async function classPeriod(classId: string, periodId: string, principal: Principal) {
    const found = await readableClass(store, classId, principal);
    const [school, year] = await Promise.all([store.schools.find(found.schoolId), store.years.find(found.yearId)]);
    const today = localDateTime(new Date(), school?.timeZone || undefined).date;
    const period = periodId ? year?.periods.find((item) => item.id === periodId) : defaultPeriod(year, today, schemeOfGrade(school, found.grade));
    if (!period) throw new NotFound(periodId ? 'учебный период не найден' : 'у класса нет учебных периодов');
    return { found, school, year, period, today };
  }

  return {
    async GetSummarySheet(request, { principal }) {
      const format = formatOf(request.format);
      const { found, school, year, period, today } = await classPeriod(request.classId, request.periodId, principal);
      const until = period.endsOn < today ? period.endsOn : today;
      const [docs, roster, months, weeks] = await Promise.all([
        store.pupilMarks.findWhere({ classId: found._id, periodId: period.id }),
        store.rosters.find(found._id),
        Promise.all(monthsBetween(period.startsOn, until).map((month) => store.classMonths.find(classMonthId(found._id, `${month}-01`)))),
        Promise.all(mondaysBetween(period.startsOn, until).map((week) => store.classWeeks.find(classWeekId(found._id, week)))),
      ]);
      const pupils = studentsBetween(roster, period.startsOn, period.endsOn);
      const subjectName = subjectNames(school);
      const subjects = [...new Set(docs.map((doc) => doc.subjectId))].sort((a, b) => (subjectName.get(a) ?? a).localeCompare(subjectName.get(b) ?? b, 'ru'));
      // Lessons missed as the attendance sheet counts them (a late arrival is none).
      const absences = new Map(attendanceSheet(months, { from: period.startsOn, to: period.endsOn }, pupils).pupils.map((pupil) => [pupil.studentId, pupil.total]));
      const lessonsHeld = classLessonsHeld(weeks, period, new Date(), school?.timeZone || undefined);
      const sheet = summarySheet({ pupils, subjects, docs, rules: sheetRulesOf(school), scheme: period.scheme, absences, lessonsHeld, today, subjectNames: subjectName });
      const pupilName = await names.of(found.schoolId, pupils);
      const currentTo = latest([...docs.map((doc) => doc.asOf), ...months.map((month) => month?.asOf ?? ''), year?.asOf ?? '']);
      const rows = sheet.pupils.map((pupil) => ({ ...pupil, name: pupilName.get(pupil.studentId) ?? '' })).sort((a, b) => a.name.localeCompare(b.name, 'ru'));
      const file = await reportFile(format, `svodnaya-vedomost-${found.name}-${period.number}`, () => ({
        title: `Сводная ведомость: ${found.name} класс, ${period.name}`,
        currentTo,
        columns: [
          { key: 'name', header: 'Ученик' },
          ...subjects.flatMap((subjectId) => [
            { key: `${subjectId}:average`, header: `${subjectName.get(subjectId) ?? subjectId}: средний балл`, kind: 'number' as const },
            { key: `${subjectId}:final`, header: `${subjectName.get(subjectId) ?? subjectId}: итог`, kind: 'number' as const },
          ]),
          { key: 'absences', header: 'Пропущено уроков', kind: 'number' },
          { key: 'risks', header: 'Риски' },
        ],
        rows: rows.map((pupil) => ({
          name: pupil.name,
          ...Object.fromEntries(pupil.cells.flatMap((cell) => [[`${cell.subjectId}:average`, cell.average || null], [`${cell.subjectId}:final`, cell.final || cell.proposed || null]])),
          absences: pupil.absences,
          risks: pupil.risks.join('; '),
        })),
      }), school?.timeZone || undefined);
      return {
        schoolId: found.schoolId,
        classId: found._id,
        className: found.name,
        periodId: period.id,
        periodName: period.name,
        currentTo,
        subjects: subjects.map((subjectId) => ({ subjectId, name: subjectName.get(subjectId) ?? subjectId })),
        pupils: rows.map((pupil) => ({ studentId: pupil.studentId, name: pupil.name, cells: pupil.cells, absences: pupil.absences, risks: pupil.risks })),
        withTwo: sheet.lists.withTwo,
        withOneThree: sheet.lists.withOneThree,
        excellent: sheet.lists.excellent,
        atRisk: sheet.lists.atRisk,
        file,
      };
    },

    async GetAverageChart(request, { principal }) {
      const { found, school, period, today } = await classPeriod(request.classId, request.periodId, principal);
      const docs = (await store.pupilMarks.findWhere({ classId: found._id, periodId: period.id })).filter((doc) => !request.subjectId || doc.subjectId === request.subjectId);
      const weeks = mondaysBetween(period.startsOn, period.endsOn < today ? period.endsOn : today);
      const subjectName = subjectNames(school);
      const series = [...new Set(docs.map((doc) => doc.subjectId))].sort().map((subjectId) => ({
        name: subjectName.get(subjectId) ?? subjectId,
        points: averageByWeek(docs.filter((doc) => doc.subjectId === subjectId), weeks).map((point) => ({ x: point.week, y: point.average })),
      }));
      const svg = await lineChartSvg({ title: `Динамика среднего балла: ${found.name} класс, ${period.name}`, xLabel: 'Неделя', yLabel: 'Средний балл', series, yDomain: [2, 5] });
      return { contentType: 'image/svg+xml', fileName: `dinamika-${found.name}-${period.number}.svg`, content: Buffer.from(svg, 'utf8') };
    },
  };
}

import type { reportsV1 } from '@ejournal/contracts';
import { NotFound, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { studentsBetween } from '@ejournal/read-models';
import { addDays, localDateTime, MATHEMATICAL_ROUNDING } from '@ejournal/school-rules';
import { monthsBetween, classMonthId } from '../domain/absences';
import { classWeekId, mondayOf } from '../domain/class-week';
import { lessonStates, weeksBetween } from '../domain/filling';
import { subjectNames, type KeptPeriod, type SheetRules } from '../domain/school-facts';
import { averageByWeek, summarySheet } from '../domain/summary-sheet';
import type { Names } from '../peers';
import { lineChartSvg } from '../renderings/chart';
import type { ReportsStore } from '../store/reports.store';
import { readableClass } from './class-access';
import { formatOf, latest, reportFile } from './report-files';

type Handlers = Pick<AsyncHandlers<reportsV1.ReportsServiceHandlers>, 'GetSummarySheet' | 'GetAverageChart'>;

/** A school that set no rules yet: the regulation's (004 §5, 000 §9.1). */
const DEFAULT_RULES: SheetRules = { lowestMark: 2, rounding: MATHEMATICAL_ROUNDING, workKinds: [] };

/**
 * The class teacher's reports (003 §4.1, 004 §4.2.4): the period's summary sheet, and the class's
 * average by week as a chart. The class teacher of the class and the school's administration; anyone
 * else is told the class is not there.
 */
export function summarySheetApi(store: ReportsStore, names: Names): Handlers {
  async function classPeriod(classId: string, periodId: string, principal: Principal) {
    const found = await readableClass(store, classId, principal);
    const school = await store.schools.find(found.schoolId);
    const year = await store.years.find(found.yearId);
    const today = localDateTime(new Date(), school?.timeZone || undefined).date;
    const period: KeptPeriod | undefined = periodId ? year?.periods.find((item) => item.id === periodId) : (year?.periods.find((item) => item.startsOn <= today && today <= item.endsOn) ?? year?.periods.filter((item) => item.endsOn < today).at(-1) ?? year?.periods[0]);
    if (!period) throw new NotFound(periodId ? 'учебный период не найден' : 'у класса нет учебных периодов');
    return { found, school, year, period, today };
  }

  return {
    async GetSummarySheet(request, { principal }) {
      const format = formatOf(request.format);
      const { found, school, year, period, today } = await classPeriod(request.classId, request.periodId, principal);
      const docs = await store.pupilMarks.findWhere({ classId: found._id, periodId: period.id });
      const pupils = studentsBetween(await store.rosters.find(found._id), period.startsOn, period.endsOn);
      const subjectName = subjectNames(school);
      const subjects = [...new Set(docs.map((doc) => doc.subjectId))].sort((a, b) => (subjectName.get(a) ?? a).localeCompare(subjectName.get(b) ?? b, 'ru'));
      const until = period.endsOn < today ? period.endsOn : today;
      const months = await Promise.all(monthsBetween(period.startsOn, until).map((month) => store.classMonths.find(classMonthId(found._id, `${month}-01`))));
      const absences = new Map<string, number>();
      for (const month of months) for (const absence of month?.absences ?? []) if (absence.code && absence.date >= period.startsOn && absence.date <= period.endsOn) absences.set(absence.studentId, (absences.get(absence.studentId) ?? 0) + 1);
      const weeks = await Promise.all(weeksBetween(period.startsOn, until, mondayOf, addDays).map((week) => store.classWeeks.find(classWeekId(found._id, week))));
      const now = new Date();
      const stateOf = lessonStates(now, school?.timeZone || undefined);
      const lessonsHeld = weeks.flatMap((week) => week?.lessons ?? []).filter((line) => line.groupId === '' && line.date >= period.startsOn && line.date <= period.endsOn && stateOf(line).held).length;
      const sheet = summarySheet({ pupils, subjects, docs, rules: school?.rules ?? DEFAULT_RULES, scheme: period.scheme, absences, lessonsHeld });
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
      }));
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
      const weeks = weeksBetween(period.startsOn, period.endsOn < today ? period.endsOn : today, mondayOf, addDays);
      const subjectName = subjectNames(school);
      const series = [...new Set(docs.map((doc) => doc.subjectId))].sort().map((subjectId) => ({
        name: subjectName.get(subjectId) ?? subjectId,
        points: averageByWeek(docs.filter((doc) => doc.subjectId === subjectId), weeks, mondayOf).map((point) => ({ x: point.week, y: point.average })),
      }));
      const svg = await lineChartSvg({ title: `Динамика среднего балла: ${found.name} класс, ${period.name}`, xLabel: 'Неделя', yLabel: 'Средний балл', series, yDomain: [2, 5] });
      return { contentType: 'image/svg+xml', fileName: `dinamika-${found.name}-${period.number}.svg`, content: Buffer.from(svg, 'utf8') };
    },
  };
}

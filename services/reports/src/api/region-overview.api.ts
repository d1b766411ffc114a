import type { reportsV1 } from '@ejournal/contracts';
import { authorize, NotFound, type AsyncHandlers } from '@ejournal/kit';
import { addDays, localDateTime } from '@ejournal/school-rules';
import { mondayOf } from '../domain/class-week';
import { filledShare, fillingFigures, weeksBetween } from '../domain/filling';
import { unclosedPeriods } from '../domain/school-facts';
import type { ReportsStore } from '../store/reports.store';
import { formatOf, latest, reportFile, TALLY_COLUMNS } from './report-files';
import { reportRange } from './report-dates';

type Handlers = Pick<AsyncHandlers<reportsV1.ReportsServiceHandlers>, 'GetRegionOverview'>;

/**
 * The region's data-quality view (001 §9, 002 §3.6): every school's filling figures over the interval,
 * the periods it has let end without closing, and the same by municipality. Figures only, no pupils.
 */
export function regionOverviewApi(store: ReportsStore): Handlers {
  return {
    async GetRegionOverview(request, { principal }) {
      if (!authorize(principal, 'reports.region')) throw new NotFound('нет такого отчёта');
      const format = formatOf(request.format);
      const now = new Date();
      const range = reportRange(request.from, request.to, localDateTime(now).date);
      const schools = (await store.allSchools()).filter((school) => school.nameVersion > 0 && (!request.municipality || school.municipality === request.municipality));
      const years = await store.allYears();
      const weeks = await store.weeksOfRegion(weeksBetween(range.from, range.to, mondayOf, addDays));
      const weeksOf = new Map<string, typeof weeks>();
      for (const week of weeks) weeksOf.set(week.schoolId, [...(weeksOf.get(week.schoolId) ?? []), week]);
      const rows = schools.map((school) => {
        const timeZone = school.timeZone || undefined;
        const today = localDateTime(now, timeZone).date;
        const { total } = fillingFigures(weeksOf.get(school._id) ?? [], range, now, timeZone);
        const unclosed = years.filter((year) => year.schoolId === school._id).flatMap((year) => unclosedPeriods(year, today)).map((period) => period.name);
        return { schoolId: school._id, name: school.shortName || school.name, municipality: school.municipality, ...total, filledShare: filledShare(total), unclosedPeriods: unclosed };
      }).sort((a, b) => a.municipality.localeCompare(b.municipality, 'ru') || a.filledShare - b.filledShare || a.name.localeCompare(b.name, 'ru'));
      const municipalities = [...new Set(rows.map((row) => row.municipality))].map((municipality) => {
        const of = rows.filter((row) => row.municipality === municipality);
        const held = of.reduce((sum, row) => sum + row.lessonsHeld, 0);
        const withoutTopic = of.reduce((sum, row) => sum + row.withoutTopic, 0);
        return { municipality, schools: of.length, lessonsHeld: held, withoutTopic, filledShare: filledShare({ lessonsHeld: held, withoutTopic, withoutHomework: 0, recordedLate: 0 }), schoolsWithUnclosedPeriods: of.filter((row) => row.unclosedPeriods.length > 0).length };
      });
      const currentTo = latest([...schools.map((school) => school.asOf), ...weeks.map((week) => week.asOf), ...years.map((year) => year.asOf)]);
      const file = await reportFile(format, `monitoring-${range.from}-${range.to}`, () => ({
        title: 'Мониторинг заполнения журналов школ региона',
        currentTo,
        columns: [
          { key: 'municipality', header: 'Муниципалитет' },
          { key: 'name', header: 'Школа' },
          ...TALLY_COLUMNS,
          { key: 'filledShare', header: 'Доля заполненных уроков', kind: 'percent' },
          { key: 'unclosed', header: 'Не закрыты периоды' },
        ],
        rows: rows.map(({ unclosedPeriods: periods, ...row }) => ({ ...row, unclosed: periods.join(', ') })),
      }));
      return { from: range.from, to: range.to, currentTo, schools: rows, municipalities, file };
    },
  };
}

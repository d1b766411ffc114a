import type { reportsV1 } from '@ejournal/contracts';
import { authorize, NotFound, SharedAnswers, type AsyncHandlers } from '@ejournal/kit';
import { localDateTime, mondaysBetween } from '@ejournal/school-rules';
import type { ClassWeek } from '../domain/class-week';
import { openingsOver, type WeekOpenings } from '../domain/diary-openings';
import { byMunicipality, filledShare, fillingFigures } from '../domain/filling';
import { latest } from '../domain/moments';
import type { SchoolFamilies } from '../domain/school-families';
import { unclosedPeriods, type YearFacts } from '../domain/school-facts';
import type { ReportsStore } from '../store/reports.store';
import { formatOf, reportFile, TALLY_COLUMNS, type ReportFormat } from './report-files';
import { reportRange } from './report-dates';

type Handlers = Pick<AsyncHandlers<reportsV1.ReportsServiceHandlers>, 'GetRegionOverview'>;

/**
 * The region's data-quality view (001 §9, 002 §3.6): every school's filling figures over the interval,
 * the periods it has let end without closing, how often its families opened the diary, how many pupils
 * have no parent connected, and the same by
 * municipality. Figures only, no pupils.
 */
export function regionOverviewApi(store: ReportsStore): Handlers {
  // Operators asking for the same view at once share one reading of the region (it reads every school's weeks).
  const shared = new SharedAnswers<reportsV1.RegionOverview>();
  return {
    async GetRegionOverview(request, { principal }) {
      if (!authorize(principal, 'reports.region')) throw new NotFound('нет такого отчёта');
      const format = formatOf(request.format);
      const range = reportRange(request.from, request.to, localDateTime(new Date()).date);
      return shared.answer(JSON.stringify([range.from, range.to, request.municipality ?? '', format]), () => regionOverview(store, range, request.municipality ?? '', format));
    },
  };
}

/** The region's view over a range, for one municipality or all. */
async function regionOverview(store: ReportsStore, range: { from: string; to: string }, municipality: string, format: ReportFormat): Promise<reportsV1.RegionOverview> {
  const now = new Date();
  const mondays = mondaysBetween(range.from, range.to);
  const [allSchools, years, weeks, openings, families] = await Promise.all([store.allSchools(), store.allYears(), store.weeksOfRegion(mondays), store.openingsOfRegion(mondays), store.schoolFamilies.findWhere({})]);
  const familiesOf = new Map(families.map((count) => [count._id, count]));
  const schools = allSchools.filter((school) => school.nameVersion > 0 && (!municipality || school.municipality === municipality));
  const weeksOf = groupBySchool(weeks);
  const yearsOf = groupBySchool(years);
  const openingsOf = groupBySchool(openings);
  const rows = schools
    .map((school) => {
      const timeZone = school.timeZone || undefined;
      const today = localDateTime(now, timeZone).date;
      const { total } = fillingFigures(weeksOf.get(school._id) ?? [], range, now, timeZone);
      const unclosed = (yearsOf.get(school._id) ?? []).flatMap((year) => unclosedPeriods(year, today)).map((period) => period.name);
      const diary = openingsOver(openingsOf.get(school._id) ?? [], mondays.length);
      return { schoolId: school._id, name: school.shortName || school.name, municipality: school.municipality, ...total, filledShare: filledShare(total), unclosedPeriods: unclosed, diaryOpenings: diary.openings, diaryOpeningsPerWeek: diary.openingsPerWeek, pupilsOpenedPerWeek: diary.pupilsPerWeek, ...pupilsOf(familiesOf.get(school._id)) };
    })
    .sort((a, b) => a.municipality.localeCompare(b.municipality, 'ru') || a.filledShare - b.filledShare || a.name.localeCompare(b.name, 'ru'));
  const municipalities = byMunicipality(rows);
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
      { key: 'pupils', header: 'Учеников', kind: 'number' },
      { key: 'pupilsWithoutParents', header: 'Учеников без подключённых родителей', kind: 'number' },
      { key: 'diaryOpenings', header: 'Открытий дневника за интервал', kind: 'number' },
      { key: 'diaryOpeningsPerWeek', header: 'Открытий дневника в неделю', kind: 'number' },
      { key: 'pupilsOpenedPerWeek', header: 'Учеников, чей дневник открывали, в неделю', kind: 'number' },
    ],
    rows: rows.map(({ unclosedPeriods: periods, ...row }) => ({ ...row, unclosed: periods.join(', ') })),
  }));
  return { from: range.from, to: range.to, currentTo, schools: rows, municipalities, file };
}

/** A school's pupils and those without a parent connected (none counted yet: zeros). */
const pupilsOf = (count: SchoolFamilies | undefined) => ({ pupils: count?.pupils ?? 0, pupilsWithoutParents: count ? count.pupils - count.pupilsWithParents : 0 });

function groupBySchool<T extends ClassWeek | YearFacts | WeekOpenings>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.schoolId) ?? [];
    group.push(item);
    groups.set(item.schoolId, group);
  }
  return groups;
}

import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { queryString, type RegionOverview, type ReportAccess } from '../api/reports';
import { fullDate, percent, tenths } from '../format';
import { DataAsOf, IntervalPicker, ProblemCell, ReportDownloads, ReportFailure, ReportTabs, useInterval, ScrollArea } from './report-parts';

/**
 * The region's data-quality view for the operator (001 §9, 002 §3.6): per municipality and per school,
 * lessons held, without topic or homework, recorded late, the share of lessons filled, and the periods
 * that have ended but are not closed; a school's name opens its filling control.
 */
export function RegionReport({ access }: { access: ReportAccess }) {
  const [search, setSearch] = useSearchParams();
  const interval = useInterval();
  const municipality = search.get('municipality') ?? '';
  const range = { from: interval.from, to: interval.to };
  // The whole region once; the chosen municipality is a view of it (and of the file downloaded).
  const report = useQuery({ queryKey: ['report-region', interval.from, interval.to], queryFn: () => api<RegionOverview>(`/reports/region${queryString(range)}`), enabled: interval.valid });
  const chooseMunicipality = (value: string) =>
    setSearch((before) => {
      const next = new URLSearchParams(before);
      if (value) next.set('municipality', value);
      else next.delete('municipality');
      return next;
    });
  const municipalities = report.data?.municipalities ?? [];
  const shownMunicipalities = municipalities.filter((entry) => !municipality || entry.municipality === municipality);
  const schools = (report.data?.schools ?? []).filter((school) => !municipality || school.municipality === municipality);

  return (
    <section aria-labelledby="region-title">
      <ReportTabs access={access} />
      <h1 id="region-title">Мониторинг заполнения журналов школ региона</h1>
      <IntervalPicker interval={interval} />
      {municipalities.length > 1 && (
        <label className="inline no-print">
          Муниципалитет
          <select value={municipality} onChange={(event) => chooseMunicipality(event.target.value)}>
            <option value="">все муниципалитеты</option>
            {municipalities.map((entry) => (
              <option key={entry.municipality} value={entry.municipality}>
                {entry.municipality}
              </option>
            ))}
          </select>
        </label>
      )}
      {report.isPending && interval.valid && <p>Загрузка…</p>}
      {report.isError && <ReportFailure error={report.error} />}
      {report.data && (
        <>
          <DataAsOf currentTo={report.data.currentTo} />
          <p>
            Интервал: {fullDate(report.data.from)} — {fullDate(report.data.to)}. «Заполнено» — доля проведённых уроков с записанной темой; выделены незакрытые периоды и уроки без темы.
          </p>
          {report.data.schools.length === 0 ? (
            <p>Школ в регионе пока нет: зарегистрируйте их в разделе «Школы».</p>
          ) : (
            <>
              <h2 id="municipalities-title">По муниципалитетам</h2>
              <ScrollArea label="По муниципалитетам">
                <table className="report" aria-labelledby="municipalities-title">
                  <thead>
                    <tr>
                      <th scope="col">Муниципалитет</th>
                      <th scope="col">Школ</th>
                      <th scope="col">Проведено уроков</th>
                      <th scope="col">Без темы</th>
                      <th scope="col">Заполнено</th>
                      <th scope="col">Школ с незакрытыми периодами</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shownMunicipalities.map((entry) => (
                      <tr key={entry.municipality}>
                        <th scope="row">{entry.municipality || 'Без муниципалитета'}</th>
                        <td className="num">{entry.schools}</td>
                        <td className="num">{entry.lessonsHeld}</td>
                        <ProblemCell value={entry.withoutTopic} what="уроки без темы после срока" />
                        <td className="num">{entry.lessonsHeld > 0 ? percent(entry.filledShare) : '—'}</td>
                        <ProblemCell value={entry.schoolsWithUnclosedPeriods} what="школы с незакрытыми периодами" />
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>

              <h2 id="region-schools-title">По школам</h2>
              <ScrollArea label="По школам">
                <table className="report" aria-labelledby="region-schools-title">
                  <thead>
                    <tr>
                      <th scope="col">Школа</th>
                      <th scope="col">Муниципалитет</th>
                      <th scope="col">Проведено уроков</th>
                      <th scope="col">Без темы</th>
                      <th scope="col">
                        Без <abbr title="домашнего задания">д/з</abbr>
                      </th>
                      <th scope="col">Тема с опозданием</th>
                      <th scope="col">Заполнено</th>
                      <th scope="col">Не закрыты периоды</th>
                      <th scope="col">Учеников без подключённых родителей</th>
                      <th scope="col">Открытий дневника в неделю</th>
                      <th scope="col">Учеников в неделю</th>
                    </tr>
                  </thead>
                  <tbody>
                    {schools.map((school) => (
                      <tr key={school.schoolId}>
                        <th scope="row">
                          <Link to={`/reports/filling${queryString({ school: school.schoolId, ...range })}`} title="Контроль заполнения журнала школы">
                            {school.name}
                          </Link>
                        </th>
                        <td>{school.municipality}</td>
                        {school.lessonsHeld > 0 ? (
                          <td className="num">{school.lessonsHeld}</td>
                        ) : (
                          // No lesson held in the interval: the journal is not kept there at all — the worst case, not a full one.
                          <td className="num problem" title="за интервал в журнале нет ни одного проведённого урока">
                            нет уроков
                          </td>
                        )}
                        <ProblemCell value={school.withoutTopic} what="уроки без темы после срока" />
                        <ProblemCell value={school.withoutHomework} what="уроки без домашнего задания" />
                        <ProblemCell value={school.recordedLate} what="тема записана с опозданием" />
                        <td className="num">{school.lessonsHeld > 0 ? percent(school.filledShare) : '—'}</td>
                        {school.unclosedPeriods.length > 0 ? (
                          <td className="problem">
                            <span className="visually-hidden">не закрыты: </span>
                            {school.unclosedPeriods.join(', ')}
                          </td>
                        ) : (
                          <td>нет</td>
                        )}
                        <ProblemCell value={school.pupilsWithoutParents ?? 0} what={`ученики без подключённых родителей (всего учеников: ${school.pupils ?? 0})`} />
                        {(school.diaryOpenings ?? 0) > 0 ? (
                          <td className="num">{tenths(school.diaryOpeningsPerWeek ?? 0)}</td>
                        ) : (
                          // Nobody opened a diary of the school in the interval: the families are not reached.
                          <td className="num problem" title="за интервал дневник не открыли ни разу">
                            ни разу
                          </td>
                        )}
                        <td className="num">{tenths(school.pupilsOpenedPerWeek ?? 0)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollArea>
              <p className="hint">«Открытий дневника в неделю» — сколько раз родители, ученики и заинтересованные лица открывали дневник учеников школы, в среднем за неделю интервала; «Учеников в неделю» — у скольких разных учеников открывали дневник, тоже в среднем за неделю. «Ни разу» — семьи школы дневником не пользуются. «Учеников без подключённых родителей» — ни у одного родителя ученика нет учётной записи с доступом к его дневнику: школе нужно выдать семье код.</p>
            </>
          )}
        </>
      )}
      <ReportDownloads path={`/reports/region${queryString({ ...range, municipality })}`} fallbackName={`monitoring-${interval.from}-${interval.to}`} disabled={!interval.valid} />
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { queryString, type MovementList, type ReportAccess } from '../api/reports';
import { fullDate, today } from '../format';
import { ClassChoiceStatus, ClassPickers, DataAsOf, IntervalPicker, monthStart, ReportDownloads, ReportFailure, ReportTabs, useClassChoice, useInterval, type QuickInterval, ScrollArea } from './report-parts';

/** Each period of the class's year (those not begun cannot be chosen), then «Этот месяц». */
function quickIntervals(periods: Array<{ name: string; startsOn: string; endsOn: string }>): QuickInterval[] {
  const day = today();
  return [
    ...periods.map((period) => ({ label: period.name, from: period.startsOn, to: period.endsOn, unavailable: period.startsOn > day ? `Период ещё не начался (начало ${fullDate(period.startsOn)})` : '' })),
    { label: 'Этот месяц', from: monthStart(day), to: day },
  ];
}

/**
 * «Движение учащихся» (004 §4.2.4) for the class teacher and the school's administration: who arrived in
 * the class and who left it over a period (by default the one going on), when, from or to which class, by
 * which order; how many pupils there were at its start and end; as CSV or XLSX, or printed.
 */
export function MovementReport({ access }: { access: ReportAccess }) {
  const choice = useClassChoice(access);
  const interval = useInterval((to) => choice.periods.find((period) => period.startsOn <= to && to <= period.endsOn)?.startsOn ?? monthStart(to));
  const { classId } = choice;
  const path = `/classes/${classId}/reports/movements${queryString({ from: interval.from, to: interval.to })}`;
  const report = useQuery({
    queryKey: ['report-movements', classId, interval.from, interval.to],
    queryFn: () => api<MovementList>(path),
    enabled: classId !== '' && interval.valid,
  });

  return (
    <section aria-labelledby="movements-title">
      <ReportTabs access={access} />
      <h1 id="movements-title">Движение учащихся{report.data ? `: ${report.data.className} класс` : ''}</h1>
      <div className="toolbar no-print">
        <ClassPickers choice={choice} />
      </div>
      <IntervalPicker interval={interval} quick={quickIntervals(choice.periods)} />
      <ClassChoiceStatus choice={choice} />
      {classId && interval.valid && report.isPending && <p>Загрузка…</p>}
      {report.isError && <ReportFailure error={report.error} />}
      {report.data && (
        <>
          <MovementBody list={report.data} />
          <ReportDownloads path={`/classes/${report.data.classId}/reports/movements${queryString({ from: report.data.from, to: report.data.to })}`} fallbackName={`dvizhenie-${report.data.from}-${report.data.to}`} />
          <button type="button" className="no-print" onClick={() => window.print()}>
            Распечатать
          </button>
        </>
      )}
    </section>
  );
}

function MovementBody({ list }: { list: MovementList }) {
  const period = `${fullDate(list.from)} — ${fullDate(list.to)}`;
  return (
    <>
      <DataAsOf currentTo={list.currentTo} />
      <dl className="figures">
        <div>
          <dt>На начало ({fullDate(list.from)})</dt>
          <dd>{list.onStart}</dd>
        </div>
        <div>
          <dt>Прибыло</dt>
          <dd>{list.arrived}</dd>
        </div>
        <div>
          <dt>Выбыло</dt>
          <dd>{list.left}</dd>
        </div>
        <div>
          <dt>На конец ({fullDate(list.to)})</dt>
          <dd>{list.onEnd}</dd>
        </div>
      </dl>
      {list.movements.length === 0 ? (
        <p>За интервал {period} никто не прибыл в класс и не выбыл из него. Движение вносят в разделе «Люди школы» приказом о зачислении, переводе или выбытии.</p>
      ) : (
        <ScrollArea label="Движение учащихся">
          <table className="report movements">
            <caption>
              {list.className} класс, {period}: прибывшие и выбывшие
            </caption>
            <thead>
              <tr>
                <th scope="col">Дата</th>
                <th scope="col">Ученик</th>
                <th scope="col">Прибыл / выбыл</th>
                <th scope="col">Вид движения</th>
                <th scope="col">Откуда / куда</th>
                <th scope="col">Приказ</th>
              </tr>
            </thead>
            <tbody>
              {list.movements.map((line) => (
                <tr key={`${line.date}-${line.studentId}-${line.arrival}`}>
                  <td>{fullDate(line.date)}</td>
                  <th scope="row">{line.name || 'Ученик'}</th>
                  <td>{line.arrival ? 'прибыл' : 'выбыл'}</td>
                  <td>{line.kindName}</td>
                  <td>{line.otherClassName ? `${line.otherClassName} класс` : line.kind === 'TRANSFER_IN' || line.kind === 'TRANSFER_OUT' ? 'другая школа' : '—'}</td>
                  <td>{line.orderNumber || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <p className="hint">На начало — ученики класса накануне первого дня интервала; на конец — в его последний день. Номер приказа — из книги движения учащихся.</p>
    </>
  );
}

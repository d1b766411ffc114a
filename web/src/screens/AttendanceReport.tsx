import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { queryString, type AttendanceSheet, type ReportAccess, type SubjectCount } from '../api/reports';
import { addDays, fullDate, today } from '../format';
import { ClassChoiceStatus, ClassPickers, DataAsOf, IntervalPicker, monthStart, ProblemCell, ReportDownloads, ReportFailure, ReportTabs, useClassChoice, useInterval, type QuickInterval, ScrollArea } from './report-parts';

/** The reasons of an absence as the regulation names them (the journal writes one letter). */
const REASONS: Record<string, string> = {
  Н: 'без уважительной причины',
  Б: 'по болезни',
  У: 'по уважительной причине',
  О: 'опоздание',
};

/** The usual columns, shown even when nobody has missed a lesson yet. */

const reasonOf = (code: string) => REASONS[code] ?? `отметка «${code}»`;

/** «Этот месяц», «Прошлый месяц», then each period of the class's year (those not begun cannot be chosen). */
function quickIntervals(periods: Array<{ name: string; startsOn: string; endsOn: string }>): QuickInterval[] {
  const day = today();
  const lastMonthEnd = addDays(monthStart(day), -1);
  return [
    { label: 'Этот месяц', from: monthStart(day), to: day },
    { label: 'Прошлый месяц', from: monthStart(lastMonthEnd), to: lastMonthEnd },
    ...periods.map((period) => ({ label: period.name, from: period.startsOn, to: period.endsOn, unavailable: period.startsOn > day ? `Период ещё не начался (начало ${fullDate(period.startsOn)})` : '' })),
  ];
}

/**
 * The class's attendance (003 §4.1) for the class teacher and the school's administration: over an
 * interval (by default the current month up to today), pupils × reasons of absence (Н, Б, У, …), the
 * total, and per pupil the subjects missed; the class's totals; the sheet as CSV or XLSX.
 */
export function AttendanceReport({ access }: { access: ReportAccess }) {
  const choice = useClassChoice(access);
  const interval = useInterval(monthStart);
  const { classId } = choice;
  const path = `/classes/${classId}/reports/attendance${queryString({ from: interval.from, to: interval.to })}`;
  const report = useQuery({
    queryKey: ['report-attendance', classId, interval.from, interval.to],
    queryFn: () => api<AttendanceSheet>(path),
    enabled: classId !== '' && interval.valid,
  });

  return (
    <section aria-labelledby="attendance-title">
      <ReportTabs access={access} />
      <h1 id="attendance-title">Посещаемость{report.data ? `: ${report.data.className} класс` : ''}</h1>
      <div className="toolbar no-print">
        <ClassPickers choice={choice} />
      </div>
      <IntervalPicker interval={interval} quick={quickIntervals(choice.periods)} />
      <ClassChoiceStatus choice={choice} />
      {classId && interval.valid && report.isPending && <p>Загрузка…</p>}
      {report.isError && <ReportFailure error={report.error} />}
      {report.data && (
        <>
          <AttendanceBody sheet={report.data} />
          <ReportDownloads path={`/classes/${report.data.classId}/reports/attendance${queryString({ from: report.data.from, to: report.data.to })}`} fallbackName={`poseshchaemost-${report.data.from}-${report.data.to}`} />
          <button type="button" className="no-print" onClick={() => window.print()}>
            Распечатать
          </button>
        </>
      )}
    </section>
  );
}

/** «Математика: 3 · Русский язык: 2», most missed first; «—» without absences. */
function SubjectList({ counts }: { counts: SubjectCount[] }) {
  const shown = counts.filter((entry) => entry.count > 0).sort((a, b) => b.count - a.count || a.subjectName.localeCompare(b.subjectName, 'ru'));
  if (shown.length === 0) return <>—</>;
  return (
    <ul className="by-subject">
      {shown.map((entry) => (
        <li key={entry.subjectId}>
          {entry.subjectName || 'предмет'}: {entry.count}
        </li>
      ))}
    </ul>
  );
}

/** A count of one reason: absences without a good reason stand out when there are any. */
function CodeCell({ code, count, pupil }: { code: string; count: number; pupil: string }) {
  if (code === 'Н') return <ProblemCell value={count} what="пропуски без уважительной причины" />;
  return (
    <td className="num" title={`${pupil}, ${reasonOf(code)}: ${count}`}>
      {count}
    </td>
  );
}

function AttendanceBody({ sheet }: { sheet: AttendanceSheet }) {
  // The reasons in the service's order, the usual ones always, any other met in the figures after them.
  // The server names Н, Б, У always and every other reason that occurs, in the regulation's order.
  const codes = sheet.codes;
  const countOf = (entries: Array<{ code: string; count: number }>, code: string) => entries.find((entry) => entry.code === code)?.count ?? 0;
  const total = sheet.pupils.reduce((sum, pupil) => sum + pupil.total, 0);
  // The class's absences by subject: the pupils' added up.
  const classBySubject = new Map<string, SubjectCount>();
  for (const entry of sheet.pupils.flatMap((pupil) => pupil.bySubject)) {
    const before = classBySubject.get(entry.subjectId);
    classBySubject.set(entry.subjectId, { ...entry, count: (before?.count ?? 0) + entry.count });
  }
  const period = `${fullDate(sheet.from)} — ${fullDate(sheet.to)}`;

  return (
    <>
      <DataAsOf currentTo={sheet.currentTo} />
      <p>Интервал: {period}. Считаются пропущенные уроки; выделены пропуски без уважительной причины.</p>
      {sheet.pupils.length === 0 ? (
        <p>В классе нет учеников за этот интервал: проверьте список класса (раздел «Люди школы») или выберите другой интервал.</p>
      ) : (
        <>
          {total === 0 && <p>За этот интервал пропусков нет: все ученики были на уроках (или отсутствия ещё не отмечены в журнале).</p>}
          <ScrollArea label="Пропуски по ученикам">
            <table className="report attendance">
              <caption>
                {sheet.className} класс, {period}: пропущено уроков по причинам
              </caption>
              <thead>
                <tr>
                  <th scope="col">№</th>
                  <th scope="col">Ученик</th>
                  {codes.map((code) => (
                    <th scope="col" className="num" key={code} title={`${code} — ${reasonOf(code)}`}>
                      <abbr title={reasonOf(code)}>{code}</abbr>
                      <span className="visually-hidden"> — {reasonOf(code)}</span>
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Всего
                  </th>
                  <th scope="col">По предметам</th>
                </tr>
              </thead>
              <tbody>
                {sheet.pupils.map((pupil, index) => (
                  <tr key={pupil.studentId}>
                    <td className="num">{index + 1}</td>
                    <th scope="row">{pupil.name || 'Ученик'}</th>
                    {codes.map((code) => (
                      <CodeCell key={code} code={code} count={countOf(pupil.byCode, code)} pupil={pupil.name || 'Ученик'} />
                    ))}
                    <td className="num total">{pupil.total}</td>
                    <td className="subjects">
                      <SubjectList counts={pupil.bySubject} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td />
                  <th scope="row">Итого по классу</th>
                  {codes.map((code) => (
                    <td className="num" key={code} title={`Класс, ${reasonOf(code)}: ${countOf(sheet.totals, code)}`}>
                      {countOf(sheet.totals, code)}
                    </td>
                  ))}
                  <td className="num total">{total}</td>
                  <td className="subjects">
                    <SubjectList counts={[...classBySubject.values()]} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </ScrollArea>
        </>
      )}
      <p className="hint">
        {codes.map((code) => `${code} — ${reasonOf(code)}`).join('; ')}. «Всего» — уроков пропущено за интервал (опоздание «О» не считается пропуском); «По предметам» — сколько уроков каждого предмета пропущено.
      </p>
    </>
  );
}

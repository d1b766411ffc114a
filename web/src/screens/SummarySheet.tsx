import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, imageFromApi } from '../api/client';
import { queryString, type ReportAccess, type SummaryCell, type SummarySheet as Sheet } from '../api/reports';
import { average } from '../format';
import { failureText } from '../api/outcome';
import { ClassChoiceStatus, ClassPickers, currentPeriod, DataAsOf, ReportDownloads, ReportFailure, ReportTabs, useClassChoice, ScrollArea } from './report-parts';

/**
 * The summary sheet of a class's period (003 §4.1, 004 §4.2.4) for the class teacher and the school's
 * administration: pupils × subjects with the final set (else the proposal, «предв.») and the average,
 * too few marks, absences and risks; the lists of pupils with «2», with one «3», excellent, at risk; the
 * class's average by week as a chart; the sheet as CSV or XLSX.
 */
export function SummarySheet({ access }: { access: ReportAccess }) {
  const [search, setSearch] = useSearchParams();
  const choice = useClassChoice(access);
  const { classId, periods, periodsPending, periodsFailed } = choice;
  const askedPeriod = search.get('period') ?? '';
  const periodId = periods.some((period) => period.id === askedPeriod) ? askedPeriod : (currentPeriod(periods)?.id ?? '');
  const sheetPath = `/classes/${classId}/reports/summary${queryString({ periodId })}`;
  const sheet = useQuery({
    queryKey: ['report-summary', classId, periodId],
    queryFn: () => api<Sheet>(sheetPath),
    // Without the year's periods (not readable), the service takes the period going on.
    enabled: classId !== '' && (periodId !== '' || (!periodsPending && (periodsFailed || periods.length === 0))),
  });
  const choosePeriod = (value: string) =>
    setSearch((before) => {
      const next = new URLSearchParams(before);
      next.set('period', value);
      return next;
    });

  return (
    <section aria-labelledby="summary-title">
      <ReportTabs access={access} />
      <h1 id="summary-title">Сводная ведомость успеваемости{sheet.data ? `: ${sheet.data.className} класс, ${sheet.data.periodName}` : ''}</h1>
      <div className="toolbar no-print">
        <ClassPickers choice={choice} />
        {periods.length > 0 && (
          <label className="inline">
            Учебный период
            <select value={periodId} onChange={(event) => choosePeriod(event.target.value)}>
              {periods.map((period) => (
                <option key={period.id} value={period.id}>
                  {period.name}
                  {period.closedOn ? ' (закрыт)' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <ClassChoiceStatus choice={choice} />
      {classId && sheet.isPending && <p>Загрузка…</p>}
      {sheet.isError && <ReportFailure error={sheet.error} />}
      {sheet.data && (
        <>
          <SheetBody sheet={sheet.data} />
          {sheet.data.subjects.length > 0 && <AverageChart sheet={sheet.data} />}
          <ReportDownloads path={`/classes/${sheet.data.classId}/reports/summary${queryString({ periodId: sheet.data.periodId })}`} fallbackName={`svodnaya-vedomost-${sheet.data.periodId}`} />
          <button type="button" className="no-print" onClick={() => window.print()}>
            Распечатать
          </button>
        </>
      )}
    </section>
  );
}

/** A cell's mark: the final set, else the proposal (marked «предв.»); «н/а» when not attested. */
function MarkCell({ cell, subject, pupil }: { cell: SummaryCell | undefined; subject: string; pupil: string }) {
  if (!cell) return <td className="mark-cell">—</td>;
  const value = cell.final || cell.proposed;
  const what = cell.notAttested ? 'не аттестован(а)' : cell.final ? `итоговая ${cell.final}` : cell.proposed ? `предварительная ${cell.proposed}` : 'отметок нет';
  const details = [what, cell.average ? `средний балл ${average(cell.average)}` : '', `отметок: ${cell.marks}`, cell.notEnoughMarks ? 'мало отметок для итоговой' : ''].filter(Boolean).join(', ');
  return (
    <td className={`mark-cell${value && !cell.notAttested ? ` m${value}` : ''}`} title={`${pupil}, ${subject}: ${details}`}>
      <span className="value">{cell.notAttested ? 'н/а' : value || '—'}</span>
      {!cell.notAttested && !cell.final && cell.proposed > 0 && <span className="pre"> предв.</span>}
      {cell.average > 0 && <small className="avg">{average(cell.average)}</small>}
      {cell.notEnoughMarks && <small className="few">мало отметок</small>}
    </td>
  );
}

function SheetBody({ sheet }: { sheet: Sheet }) {
  const nameOf = new Map(sheet.pupils.map((pupil) => [pupil.studentId, pupil.name || 'Ученик']));
  const risksOf = new Map(sheet.pupils.map((pupil) => [pupil.studentId, pupil.risks]));
  const lists: Array<[string, string[], string]> = [
    ['С «2»', sheet.withTwo, 'Учеников с «2» нет.'],
    ['С одной «3»', sheet.withOneThree, 'Учеников с одной «3» нет.'],
    ['Отличники', sheet.excellent, 'Отличников пока нет.'],
    ['Группа риска', sheet.atRisk, 'Учеников в группе риска нет.'],
  ];
  return (
    <>
      <DataAsOf currentTo={sheet.currentTo} />
      {sheet.pupils.length === 0 ? (
        <p>В классе нет учеников за этот период: проверьте список класса (раздел «Люди школы»).</p>
      ) : sheet.subjects.length === 0 ? (
        <p>Отметок за период пока нет: ведомость заполнится, когда учителя выставят отметки в журнале.</p>
      ) : null}
      {sheet.pupils.length > 0 && (
        <ScrollArea label="Сводная ведомость">
          <table className="journal sheet">
            <caption className="visually-hidden">
              {sheet.className} класс, {sheet.periodName}: итоговые отметки (без итоговой — предварительная, «предв.») и средний балл
            </caption>
            <thead>
              <tr>
                <th scope="col">№</th>
                <th scope="col">Ученик</th>
                {sheet.subjects.map((subject) => (
                  <th scope="col" key={subject.subjectId}>
                    {subject.name}
                  </th>
                ))}
                <th scope="col">Пропущено уроков</th>
                <th scope="col">Риски</th>
              </tr>
            </thead>
            <tbody>
              {sheet.pupils.map((pupil, index) => (
                <tr key={pupil.studentId}>
                  <td>{index + 1}</td>
                  <th scope="row">{pupil.name || 'Ученик'}</th>
                  {sheet.subjects.map((subject) => (
                    <MarkCell key={subject.subjectId} cell={pupil.cells.find((cell) => cell.subjectId === subject.subjectId)} subject={subject.name} pupil={pupil.name} />
                  ))}
                  <td className="num">{pupil.absences}</td>
                  <td className={pupil.risks.length > 0 ? 'risks problem' : 'risks'}>{pupil.risks.length > 0 ? pupil.risks.join('; ') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <p className="hint">Цифра — итоговая отметка; с пометкой «предв.» — предварительная по правилу школы (итоговая ещё не выставлена); под ней мелко — средневзвешенный балл; «н/а» — не аттестован(а); «мало отметок» — отметок меньше, чем нужно для итоговой.</p>
      <div className="report-lists">
        {lists.map(([title, ids, none], index) => (
          <section key={title} aria-labelledby={`summary-list-${index}`}>
            <h2 id={`summary-list-${index}`}>
              {title}: {ids.length}
            </h2>
            {ids.length === 0 ? (
              <p className="muted">{none}</p>
            ) : (
              <ul>
                {[...ids]
                  .sort((a, b) => (nameOf.get(a) ?? '').localeCompare(nameOf.get(b) ?? '', 'ru'))
                  .map((id) => (
                    <li key={id}>
                      {nameOf.get(id) ?? 'Выбывший ученик'}
                      {title === 'Группа риска' && (risksOf.get(id) ?? []).length > 0 && <span className="muted"> — {(risksOf.get(id) ?? []).join('; ')}</span>}
                    </li>
                  ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

/** «Динамика среднего балла» (003 §4.1): the server's SVG chart, shown as an image (it needs the caller's token). */
function AverageChart({ sheet }: { sheet: Sheet }) {
  const [subjectId, setSubjectId] = useState('');
  const subject = sheet.subjects.find((candidate) => candidate.subjectId === subjectId);
  const chart = useQuery({
    queryKey: ['report-chart', sheet.classId, sheet.periodId, subject?.subjectId ?? ''],
    queryFn: () => imageFromApi(`/classes/${sheet.classId}/reports/average-chart${queryString({ periodId: sheet.periodId, subjectId: subject?.subjectId ?? '' })}`),
    staleTime: 60_000,
  });
  return (
    <section aria-labelledby="chart-title">
      <h2 id="chart-title">Динамика среднего балла</h2>
      {sheet.subjects.length > 1 && (
        <label className="inline no-print">
          Предмет графика
          <select value={subject?.subjectId ?? ''} onChange={(event) => setSubjectId(event.target.value)}>
            <option value="">все предметы</option>
            {sheet.subjects.map((item) => (
              <option key={item.subjectId} value={item.subjectId}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {chart.isPending && <p>Загрузка графика…</p>}
      {chart.isError && (
        <p role="alert" className="error">
          График не получен: {failureText(chart.error, 'ошибка сервера')}. Таблица выше от этого не зависит; попробуйте обновить страницу позже.
        </p>
      )}
      {chart.data && <img className="chart" src={chart.data} alt={`Средний балл класса ${sheet.className} по неделям, ${sheet.periodName}${subject ? `, ${subject.name}` : ', все предметы'}`} />}
      <p className="hint">Средний балл класса считается по всем отметкам с начала периода до конца каждой недели.</p>
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, saveFromApi } from '../api/client';
import { queryString, type FillingControl as FillingReport, type FillingLine, type ReportAccess } from '../api/reports';
import { useSchoolClass } from '../api/school';
import { fullDate, percent, weekTitle } from '../format';
import { SchoolPicker } from './messaging-parts';
import { failureText } from '../api/outcome';
import { DataAsOf, IntervalPicker, ProblemCell, ReportDownloads, ReportFailure, ReportTabs, useInterval, ScrollArea } from './report-parts';

const MISSING: Record<string, string> = { topic: 'тема', homework: 'домашнее задание' };

function SchoolName({ schoolId }: { schoolId: string }) {
  const school = useQuery({ queryKey: ['school', schoolId], queryFn: () => api<{ shortName?: string; name?: string }>(`/schools/${schoolId}`), staleTime: 600_000, retry: false });
  return <>{school.data?.shortName || school.data?.name || ''}</>;
}

/** A group of the class (a subject taught in groups), by its name. */
function GroupName({ classId, groupId }: { classId: string; groupId: string }) {
  const found = useSchoolClass(classId);
  return <>, {found.data?.groups.find((group) => group.id === groupId)?.name ?? 'группа'}</>;
}

/** The figures every line shares: held, without topic, without homework, recorded late. */
/** A class × subject line's first cells: the class (and group) as the row's header, then the subject. */
function PageCells({ line }: { line: FillingLine }) {
  return (
    <>
      <th scope="row">
        {line.className || 'класс'}
        {line.groupId && <GroupName classId={line.classId} groupId={line.groupId} />}
      </th>
      <td>{line.subjectName}</td>
    </>
  );
}

function TallyCells({ line }: { line: FillingLine }) {
  return (
    <>
      <td className="num">{line.lessonsHeld}</td>
      <ProblemCell value={line.withoutTopic} what="уроки без темы после срока" />
      <ProblemCell value={line.withoutHomework} what="уроки без домашнего задания" />
      <ProblemCell value={line.recordedLate} what="тема записана с опозданием" />
    </>
  );
}

const TALLY_HEADERS = (
  <>
    <th scope="col">Проведено</th>
    <th scope="col">Без темы</th>
    <th scope="col">
      Без <abbr title="домашнего задания">д/з</abbr>
    </th>
    <th scope="col">Тема с опозданием</th>
  </>
);

/**
 * Filling control (002 §3.6, 003 §4.2) for the school's administration — and for a teacher, their own
 * lessons: over an interval, per class × subject and per teacher, lessons without a topic past the
 * deadline (the lesson's day, 21:00), without homework, recorded late, pupils with no or one mark; the
 * lessons still open; the weekly share of teachers on time. The operator reads any school's (?school=).
 */
export function FillingControl({ access }: { access: ReportAccess }) {
  const [search, setSearch] = useSearchParams();
  const interval = useInterval();
  const asked = search.get('school') ?? '';
  const schoolId = access.region || access.fillingSchools.includes(asked) ? asked || (access.fillingSchools[0] ?? '') : (access.fillingSchools[0] ?? '');
  const whole = access.region || access.managedSchools.includes(schoolId);
  const path = `/schools/${schoolId}/reports/filling${queryString({ from: interval.from, to: interval.to })}`;
  const report = useQuery({ queryKey: ['report-filling', schoolId, interval.from, interval.to], queryFn: () => api<FillingReport>(path), enabled: schoolId !== '' && interval.valid });
  const chooseSchool = (next: string) =>
    setSearch((before) => {
      const params = new URLSearchParams(before);
      params.set('school', next);
      return params;
    });

  return (
    <section aria-labelledby="filling-title">
      <ReportTabs access={access} />
      <h1 id="filling-title">Контроль заполнения журнала</h1>
      {schoolId && access.region && !access.fillingSchools.includes(schoolId) && (
        <p>
          Школа: <SchoolName schoolId={schoolId} />
        </p>
      )}
      {!access.region && <SchoolPicker schools={access.fillingSchools} value={schoolId} onChange={chooseSchool} />}
      {!schoolId ? (
        <p>
          Выберите школу в отчёте <Link to="/reports/region">«Мониторинг школ»</Link>: название школы открывает её контроль заполнения.
        </p>
      ) : (
        <>
          {!whole && <p className="muted">Показаны только ваши уроки.</p>}
          <IntervalPicker interval={interval} />
          {report.isPending && interval.valid && <p>Загрузка…</p>}
          {report.isError && <ReportFailure error={report.error} />}
          {report.data && <FillingBody report={report.data} whole={whole} />}
          <ReportDownloads path={path} fallbackName={`kontrol-zapolneniya-${interval.from}-${interval.to}`} disabled={!interval.valid} />
        </>
      )}
    </section>
  );
}

/**
 * Program completion (002 §3.6, 000 §9.1): per class × subject, the КТП's hours for the year against the
 * lessons given by the interval's end and those the timetable still has — what is short is highlighted:
 * the teacher corrects the working program, the deputy sees it before the year ends.
 */
function ProgramCompletion({ report }: { report: FillingReport }) {
  if (report.byClassSubject.length === 0) return null;
  return (
    <>
      <h2 id="program-title">Выполнение программы</h2>
      <p>С начала учебного года по {fullDate(report.to)}: часы по утверждённому КТП, проведённые уроки и уроки, оставшиеся в расписании.</p>
      <ScrollArea label="Выполнение программы">
        <table className="report" aria-labelledby="program-title">
          <thead>
            <tr>
              <th scope="col">Класс</th>
              <th scope="col">Предмет</th>
              <th scope="col">Часов по КТП</th>
              <th scope="col">Проведено</th>
              <th scope="col">Осталось по расписанию</th>
              <th scope="col">Не хватает уроков</th>
            </tr>
          </thead>
          <tbody>
            {report.byClassSubject.map((line) => (
              <tr key={`${line.classId}|${line.groupId}|${line.subjectId}`}>
                <PageCells line={line} />
                {line.planHours ? <td className="num">{line.planHours.toLocaleString('ru-RU')}</td> : <td className="problem">КТП не утверждено</td>}
                <td className="num">{line.lessonsGiven ?? 0}</td>
                <td className="num">{line.lessonsLeft ?? 0}</td>
                <ProblemCell value={line.lessonsShort ?? 0} what="уроков не хватает, чтобы пройти КТП" />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <p className="hint">«Не хватает уроков» — часы КТП, которые не покрыты ни проведёнными уроками, ни уроками, оставшимися в расписании до конца года: учителю нужно скорректировать рабочую программу или добавить уроки.</p>
    </>
  );
}

function FillingBody({ report, whole }: { report: FillingReport; whole: boolean }) {
  const openLessons = [...report.openLessons].sort((a, b) => a.date.localeCompare(b.date) || a.className.localeCompare(b.className, 'ru'));
  return (
    <>
      <DataAsOf currentTo={report.currentTo} />
      <p>
        Интервал: {fullDate(report.from)} — {fullDate(report.to)}. Выделены ячейки, где есть что исправить.
      </p>

      <h2 id="by-class-title">По классам и предметам</h2>
      {report.byClassSubject.length === 0 ? (
        <p>За этот интервал {whole ? 'в журнале школы' : 'у вас'} нет проведённых уроков. Выберите другой интервал или проверьте расписание.</p>
      ) : (
        <ScrollArea label="По классам и предметам">
          <table className="report" aria-labelledby="by-class-title">
            <thead>
              <tr>
                <th scope="col">Класс</th>
                <th scope="col">Предмет</th>
                {TALLY_HEADERS}
                <th scope="col">Без отметок</th>
                <th scope="col">С одной отметкой</th>
                <th scope="col">Отметки с опозданием</th>
                <th scope="col">Запросы на исправление</th>
              </tr>
            </thead>
            <tbody>
              {report.byClassSubject.map((line) => (
                <tr key={`${line.classId}|${line.groupId}|${line.subjectId}`}>
                  <PageCells line={line} />
                  <TallyCells line={line} />
                  <ProblemCell value={line.pupilsWithoutMarks} what="ученики без отметок в периоде" />
                  <ProblemCell value={line.pupilsWithOneMark} what="ученики с одной отметкой в периоде" />
                  <ProblemCell value={line.marksLate ?? 0} what="отметки, выставленные позже срока" />
                  <ProblemCell value={line.openChangeRequests ?? 0} what="запросы на исправление отметок ждут решения администрации" />
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}
      <p className="hint">
        «Без темы» — тема урока не записана до 21:00 дня урока; «Тема с опозданием» — записана после этого срока; «Без отметок» и «С одной отметкой» — ученики класса в учебном периоде, на который приходится конец интервала; «Отметки с опозданием» — отметки этого периода, выставленные позже срока для вида работы (письменные работы — в течение недели, контрольные, лабораторные и практические — 3 рабочих дня, сочинения — 5); «Запросы на исправление» — запросы учителя на исправление отметки после срока, которые ещё ждут решения администрации (сейчас, за любой период).
      </p>

      <ProgramCompletion report={report} />

      <h2 id="by-teacher-title">По учителям</h2>
      {report.byTeacher.length === 0 ? (
        <p>Уроков за интервал нет.</p>
      ) : (
        <ScrollArea label="По учителям">
          <table className="report" aria-labelledby="by-teacher-title">
            <thead>
              <tr>
                <th scope="col">Учитель</th>
                {TALLY_HEADERS}
                <th scope="col">Запросы на исправление</th>
              </tr>
            </thead>
            <tbody>
              {report.byTeacher.map((line) => (
                <tr key={line.teacherId}>
                  <th scope="row">{line.teacherName || 'Учитель без имени'}</th>
                  <TallyCells line={line} />
                  <ProblemCell value={line.openChangeRequests ?? 0} what="запросы на исправление отметок ждут решения администрации" />
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}

      <h2 id="open-title">Уроки без темы после срока</h2>
      {openLessons.length === 0 ? (
        <p>Таких уроков нет: все проведённые уроки заполнены.</p>
      ) : (
        <ScrollArea label="Уроки без темы после срока">
          <table className="report" aria-labelledby="open-title">
            <thead>
              <tr>
                <th scope="col">Дата</th>
                <th scope="col">Класс</th>
                <th scope="col">Предмет</th>
                <th scope="col">Учитель</th>
                <th scope="col">Не заполнено</th>
              </tr>
            </thead>
            <tbody>
              {openLessons.map((lesson) => (
                <tr key={lesson.lessonId}>
                  <td>{fullDate(lesson.date)}</td>
                  <td>{lesson.className}</td>
                  <td>{lesson.subjectName}</td>
                  <td>{lesson.teacherName}</td>
                  <td className="problem">{lesson.missing.map((what) => MISSING[what] ?? what).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollArea>
      )}

      <h2 id="weeks-title">Учителя, заполняющие журнал вовремя, по неделям</h2>
      {report.weeks.length === 0 ? (
        <p>Недель в интервале нет.</p>
      ) : (
        <ul className="bars" aria-labelledby="weeks-title">
          {report.weeks.map((week) => (
            <li key={week.week}>
              <span className="bar-label">{weekTitle(week.week)}</span>
              <span className="bar" aria-hidden="true">
                <span className="bar-fill" style={{ width: `${Math.round(Math.min(1, Math.max(0, week.share)) * 100)}%` }} />
              </span>
              <span className="bar-value">{week.teachers === 0 ? 'уроков не было' : `${percent(week.share)} — ${week.onTime} из ${week.teachers}`}</span>
            </li>
          ))}
        </ul>
      )}
      {report.weeks.length > 0 && <ChartDownload path={`/schools/${report.schoolId}/reports/filling-chart${queryString({ from: report.from, to: report.to })}`} fallbackName={`kontrol-zapolneniya-${report.from}-${report.to}.svg`} />}
    </>
  );
}

/** The same weeks as a chart to put in a report or a presentation: the server's SVG (002 §3.6). */
function ChartDownload({ path, fallbackName }: { path: string; fallbackName: string }) {
  const [state, setState] = useState<{ busy: boolean; saved: string; error: string }>({ busy: false, saved: '', error: '' });
  const download = async () => {
    setState({ busy: true, saved: '', error: '' });
    try {
      setState({ busy: false, saved: `Файл сохранён: ${await saveFromApi(path, fallbackName, { accept: 'image/svg+xml' })}`, error: '' });
    } catch (failure) {
      setState({ busy: false, saved: '', error: `График не скачан: ${failureText(failure, 'ошибка сервера')}.` });
    }
  };
  return (
    <div className="downloads no-print">
      <button type="button" onClick={() => void download()} disabled={state.busy}>
        {state.busy ? 'Готовится график…' : 'Скачать график (SVG)'}
      </button>
      <p role="status" className="status">
        {state.saved}
      </p>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
    </div>
  );
}

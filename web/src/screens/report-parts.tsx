// What the report screens share: the tabs between the reports the caller may read, the interval kept
// in the address (with its quick choices), the class of a class report and its year's periods, the
// moment the data is current to, and the CSV / XLSX downloads.
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, saveFromApi } from '../api/client';
import { mayReadAttendance, mayReadMovements, mayReadFilling, mayReadSummary, type ReportAccess } from '../api/reports';
import { useSchoolClass } from '../api/school';
import { addDays, fullDate, today } from '../format';
import { SchoolPicker } from './messaging-parts';
import { failureText } from '../api/outcome';

/** The reports the caller may read, the one shown marked. */
export function ReportTabs({ access }: { access: ReportAccess }) {
  const { pathname } = useLocation();
  const tabs: Array<[string, string]> = [];
  if (mayReadFilling(access)) tabs.push(['/reports/filling', 'Контроль заполнения']);
  if (mayReadSummary(access)) tabs.push(['/reports/summary', 'Сводная ведомость']);
  if (mayReadAttendance(access)) tabs.push(['/reports/attendance', 'Посещаемость']);
  if (mayReadMovements(access)) tabs.push(['/reports/movements', 'Движение учащихся']);
  if (access.region) tabs.push(['/reports/region', 'Мониторинг школ']);
  if (tabs.length < 2) return null;
  return (
    <nav className="tabs no-print" aria-label="Отчёты">
      {tabs.map(([to, title]) => (
        <Link key={to} to={to} aria-current={pathname === to ? 'page' : undefined}>
          {title}
        </Link>
      ))}
    </nav>
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first day of a date's month. */
export const monthStart = (date: string) => `${date.slice(0, 7)}-01`;

/** The last four weeks up to a day: the reports' usual interval. */
const fourWeeksBefore = (to: string) => addDays(to, -27);

/**
 * The report's interval, both days included, kept in the address (?from=&to=) so a report can be
 * reloaded, bookmarked or sent; by default up to today from `defaultFrom(to)` (the last four weeks).
 */
export function useInterval(defaultFrom: (to: string) => string = fourWeeksBefore) {
  const [search, setSearch] = useSearchParams();
  const askedTo = search.get('to') ?? '';
  const askedFrom = search.get('from') ?? '';
  const to = DATE.test(askedTo) ? askedTo : today();
  const from = DATE.test(askedFrom) ? askedFrom : defaultFrom(to);
  const change = (name: 'from' | 'to' | 'reset', value = '') =>
    setSearch((before) => {
      const next = new URLSearchParams(before);
      if (name === 'reset') {
        next.delete('from');
        next.delete('to');
      } else if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  /** Both ends at once; the default interval leaves the address clean (it moves on with the days). */
  const set = (nextFrom: string, nextTo: string) =>
    setSearch((before) => {
      const next = new URLSearchParams(before);
      const usual = nextTo === today() && nextFrom === defaultFrom(nextTo);
      for (const [name, value] of [
        ['from', nextFrom],
        ['to', nextTo],
      ] as const) {
        if (usual) next.delete(name);
        else next.set(name, value);
      }
      return next;
    });
  return { from, to, valid: from <= to, change, set };
}

/** A ready interval offered beside the dates: «Этот месяц», a period of the year… */
export interface QuickInterval {
  label: string;
  from: string;
  to: string;
  /** Why it cannot be chosen (a period not begun yet); empty when it can. */
  unavailable?: string;
}

/**
 * Two dates and the way back to the usual interval: the last four weeks, or the quick choices given
 * (the one shown now marked as pressed).
 */
export function IntervalPicker({ interval, quick }: { interval: ReturnType<typeof useInterval>; quick?: QuickInterval[] }) {
  return (
    <fieldset className="interval no-print">
      <legend>Интервал отчёта</legend>
      <label className="inline">
        С даты
        <input type="date" value={interval.from} max={interval.to} onChange={(event) => interval.change('from', event.target.value)} />
      </label>{' '}
      <label className="inline">
        По дату
        <input type="date" value={interval.to} min={interval.from} onChange={(event) => interval.change('to', event.target.value)} />
      </label>{' '}
      {quick ? (
        <div className="quick" role="group" aria-label="Быстрый выбор интервала">
          {quick.map((choice) => (
            <button
              key={`${choice.label}|${choice.from}`}
              type="button"
              className="link"
              aria-pressed={choice.from === interval.from && choice.to === interval.to}
              disabled={Boolean(choice.unavailable)}
              title={choice.unavailable || `${fullDate(choice.from)} — ${fullDate(choice.to)}`}
              onClick={() => interval.set(choice.from, choice.to)}
            >
              {choice.label}
            </button>
          ))}
        </div>
      ) : (
        <button type="button" className="link" onClick={() => interval.change('reset')}>
          Последние 4 недели
        </button>
      )}
      {!interval.valid && (
        <p role="alert" className="error">
          Начало интервала позже его конца: исправьте даты.
        </p>
      )}
    </fieldset>
  );
}

export interface Period {
  id: string;
  name: string;
  scheme: string;
  startsOn: string;
  endsOn: string;
  closedOn: string;
}

interface Year {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  status: string;
  periods: Period[];
}

interface SchoolClass {
  id: string;
  name: string;
  grade: number;
}

const useYears = (schoolId: string) => useQuery({ queryKey: ['years', schoolId], queryFn: () => api<{ years: Year[] }>(`/schools/${schoolId}/years`), enabled: schoolId !== '', staleTime: 300_000 });

/** The year going on today, else the latest one still open, else the latest. */
function currentYear(years: Year[]): Year | undefined {
  const day = today();
  const open = years.filter((year) => year.status !== 'transitioned');
  return years.find((year) => year.startsOn <= day && day <= year.endsOn) ?? open.at(-1) ?? years.at(-1);
}

/** The period going on today, else the last one ended, else the first (as the reports service chooses). */
export function currentPeriod(periods: Period[]): Period | undefined {
  const day = today();
  return periods.find((period) => period.startsOn <= day && day <= period.endsOn) ?? periods.filter((period) => period.endsOn < day).at(-1) ?? periods[0];
}

/**
 * The periods of a class's year that divide its grade (quarters, trimesters, half-years by the school's
 * settings); all of the year's periods when the settings say nothing of the grade.
 */
function useClassPeriods(classId: string) {
  const found = useSchoolClass(classId);
  const info = found.data;
  const schoolId = info?.schoolId ?? '';
  const years = useYears(schoolId);
  const settings = useQuery({
    queryKey: ['school-settings', schoolId],
    queryFn: () => api<{ periodSchemes?: Array<{ fromGrade: number; toGrade: number; scheme: string }> }>(`/schools/${schoolId}/settings`),
    enabled: schoolId !== '',
    staleTime: 600_000,
    retry: false,
  });
  const year = years.data?.years.find((candidate) => candidate.id === info?.yearId);
  const grade = info?.grade ?? 0;
  const scheme = settings.data?.periodSchemes?.find((entry) => entry.fromGrade <= grade && grade <= entry.toGrade)?.scheme;
  const all = [...(year?.periods ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const own = scheme ? all.filter((period) => period.scheme === scheme) : [];
  const periods = own.length > 0 ? own : all;
  return { periods, pending: found.isPending || years.isPending || (settings.isPending && schoolId !== ''), failed: found.isError || years.isError };
}

/** A class chosen from the list by its name (a kept class outside the year's list). */
function ClassOption({ classId }: { classId: string }) {
  const found = useSchoolClass(classId);
  return <option value={classId}>{found.data?.name ?? 'класс'}</option>;
}

/**
 * The class a class report shows (?class=), chosen among the school's classes of a year (the
 * administration) or the classes kept (the class teacher), and the periods of that class's year.
 */
export function useClassChoice(access: ReportAccess) {
  const [search, setSearch] = useSearchParams();
  const [schoolId, setSchoolId] = useState(access.managedSchools[0] ?? '');
  const years = useYears(schoolId);
  const [chosenYear, setChosenYear] = useState('');
  const yearList = [...(years.data?.years ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const year = yearList.find((candidate) => candidate.id === chosenYear) ?? currentYear(yearList);
  const classes = useQuery({ queryKey: ['year-classes', year?.id], queryFn: () => api<{ classes: SchoolClass[] }>(`/years/${year!.id}/classes`), enabled: Boolean(year), staleTime: 300_000 });
  const yearClasses = [...(classes.data?.classes ?? [])].sort((a, b) => a.grade - b.grade || a.name.localeCompare(b.name, 'ru'));
  const otherKept = access.keptClasses.filter((classId) => !yearClasses.some((item) => item.id === classId));
  // The class teacher lands on their class; the administration on the year's first class.
  const classId = search.get('class') || access.keptClasses[0] || yearClasses[0]?.id || '';
  const { periods, pending: periodsPending, failed: periodsFailed } = useClassPeriods(classId);
  /** Another class (its own periods: the period chosen for the one before is forgotten). */
  const chooseClass = (value: string) =>
    setSearch((before) => {
      const next = new URLSearchParams(before);
      next.set('class', value);
      next.delete('period');
      return next;
    });
  const chooseSchool = (next: string) => {
    setSchoolId(next);
    setChosenYear('');
  };
  const noClasses = !classId && schoolId !== '' && !years.isPending && (!year || !classes.isPending);
  return { access, schoolId, chooseSchool, years, yearList, year, chooseYear: setChosenYear, classes, yearClasses, otherKept, classId, chooseClass, periods, periodsPending, periodsFailed, noClasses };
}

export type ClassChoice = ReturnType<typeof useClassChoice>;

/** The school, year and class pickers of a class report (each shown only when there is a choice). */
export function ClassPickers({ choice }: { choice: ClassChoice }) {
  const { access, yearList, year, yearClasses, otherKept, classId } = choice;
  return (
    <>
      <SchoolPicker schools={access.managedSchools} value={choice.schoolId} onChange={choice.chooseSchool} />
      {yearList.length > 1 && (
        <label className="inline">
          Учебный год
          <select value={year?.id ?? ''} onChange={(event) => choice.chooseYear(event.target.value)}>
            {yearList.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {(yearClasses.length > 0 || access.keptClasses.length > 1) && (
        <label className="inline">
          Класс
          <select value={classId} onChange={(event) => choice.chooseClass(event.target.value)}>
            {otherKept.map((kept) => (
              <ClassOption key={kept} classId={kept} />
            ))}
            {yearClasses.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

/** What went wrong choosing the class, or that the year has no classes yet. */
export function ClassChoiceStatus({ choice }: { choice: ClassChoice }) {
  return (
    <>
      {choice.years.isError && <ReportFailure error={choice.years.error} />}
      {choice.classes.isError && <ReportFailure error={choice.classes.error} />}
      {choice.noClasses && <p>Классов в учебном году пока нет: их создают при настройке года (раздел «Учебный год»).</p>}
    </>
  );
}

const asOfFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** «Данные на 1 декабря 2026 г., 10:15»: the last event of the journal the report includes. */
export function DataAsOf({ currentTo }: { currentTo: string }) {
  const at = currentTo ? new Date(currentTo) : null;
  if (!at || Number.isNaN(at.getTime())) return <p className="muted">Данные на …: в отчёт ещё не поступили записи журнала — они появятся после первых уроков.</p>;
  return <p className="muted">Данные на {asOfFormat.format(at)}. Отчёт обновляется по мере записей в журнале.</p>;
}

/**
 * «Скачать CSV» / «Скачать XLSX»: the same report as a file (Russian headers), fetched with the caller's
 * token and saved under the name the server gives it.
 */
export function ReportDownloads({ path, fallbackName, disabled = false }: { path: string; fallbackName: string; disabled?: boolean }) {
  const [busy, setBusy] = useState<'' | 'csv' | 'xlsx'>('');
  const [saved, setSaved] = useState('');
  const [error, setError] = useState('');
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setSaved('');
    setError('');
    try {
      const accept = format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      const name = await saveFromApi(`${path}${path.includes('?') ? '&' : '?'}format=${format}`, `${fallbackName}.${format}`, { accept });
      setSaved(`Файл сохранён: ${name}`);
    } catch (failure) {
      setError(`Файл не скачан: ${failureText(failure, 'ошибка сервера')}.`);
    } finally {
      setBusy('');
    }
  };
  return (
    <div className="downloads no-print">
      <button type="button" onClick={() => void download('csv')} disabled={disabled || busy !== ''}>
        {busy === 'csv' ? 'Готовится CSV…' : 'Скачать CSV'}
      </button>{' '}
      <button type="button" onClick={() => void download('xlsx')} disabled={disabled || busy !== ''}>
        {busy === 'xlsx' ? 'Готовится XLSX…' : 'Скачать XLSX'}
      </button>
      <p role="status" className="status">
        {saved}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A count that is a problem when above zero: highlighted, and said so to screen readers. */
export function ProblemCell({ value, what }: { value: number; what: string }) {
  if (value <= 0) return <td className="num">0</td>;
  return (
    <td className="num problem" title={what}>
      {value}
      <span className="visually-hidden"> — {what}</span>
    </td>
  );
}

/** A failed request in the words of the screens: what happened and what to do. */
export function ReportFailure({ error }: { error: unknown }) {
  return (
    <p role="alert" className="error">
      Отчёт не получен: {failureText(error, 'ошибка сервера')}.
    </p>
  );
}

/** A wide table's scrolling box: reachable by keyboard (it scrolls with the arrow keys) and named for screen readers. */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

// What the report screens share: the tabs between the reports the caller may read, the interval kept
// in the address, the moment the data is current to, and the CSV / XLSX downloads.
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { saveFromApi } from '../api/client';
import { mayReadFilling, mayReadSummary, type ReportAccess } from '../api/reports';
import { addDays, today } from '../format';
import { failureText } from './messaging-parts';

/** The reports the caller may read, the one shown marked. */
export function ReportTabs({ access }: { access: ReportAccess }) {
  const { pathname } = useLocation();
  const tabs: Array<[string, string]> = [];
  if (mayReadFilling(access)) tabs.push(['/reports/filling', 'Контроль заполнения']);
  if (mayReadSummary(access)) tabs.push(['/reports/summary', 'Сводная ведомость']);
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

/**
 * The report's interval, both days included, kept in the address (?from=&to=) so a report can be
 * reloaded, bookmarked or sent; by default the last four weeks up to today.
 */
export function useInterval() {
  const [search, setSearch] = useSearchParams();
  const askedTo = search.get('to') ?? '';
  const askedFrom = search.get('from') ?? '';
  const to = DATE.test(askedTo) ? askedTo : today();
  const from = DATE.test(askedFrom) ? askedFrom : addDays(to, -27);
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
  return { from, to, valid: from <= to, change };
}

/** Two dates and the way back to the last four weeks. */
export function IntervalPicker({ interval }: { interval: ReturnType<typeof useInterval> }) {
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
      <button type="button" className="link" onClick={() => interval.change('reset')}>
        Последние 4 недели
      </button>
      {!interval.valid && (
        <p role="alert" className="error">
          Начало интервала позже его конца: исправьте даты.
        </p>
      )}
    </fieldset>
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

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { dayTitle } from '../format';
import { FormError } from './parts';

interface Period {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  closedOn: string;
}

interface AcademicYear {
  id: string;
  name: string;
  periods: Period[];
  status: string;
}

/**
 * The school's years and their periods for the administrator (004 §4.2.3): closing a period locks its
 * marks, records and finals (changes then go through requests); reopening needs a reason, kept in the
 * period's history.
 */
export function SchoolYears({ schoolId }: { schoolId: string }) {
  const queries = useQueryClient();
  const years = useQuery({ queryKey: ['years', schoolId], queryFn: () => api<{ years: AcademicYear[] }>(`/schools/${schoolId}/years`) });
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  const act = async (path: string, body: unknown) => {
    setError('');
    setMessage('');
    try {
      const closure = await api<{ effect: string }>(path, { method: 'POST', body });
      setMessage(closure.effect);
      await queries.invalidateQueries({ queryKey: ['years', schoolId] });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'не выполнено');
    }
  };
  const close = (year: AcademicYear, period: Period) => {
    if (window.confirm(`Закрыть «${period.name}» ${year.name}? Отметки, записи уроков и итоговые отметки периода будут меняться только через запросы.`)) void act(`/years/${year.id}/periods/${period.id}/close`, { confirm: true });
  };
  const reopen = (year: AcademicYear, period: Period) => {
    const reason = window.prompt(`Причина, по которой «${period.name}» открывается снова`);
    if (reason) void act(`/years/${year.id}/periods/${period.id}/reopen`, { reason });
  };

  return (
    <section aria-labelledby="years-title">
      <h1 id="years-title">Учебные годы и периоды</h1>
      <p role="status" className="status">
        {message}
      </p>
      <FormError error={error} />
      {years.isError && <p role="alert" className="error">{years.error.message}</p>}
      {years.data?.years.map((year) => (
        <article key={year.id} aria-labelledby={`year-${year.id}`}>
          <h2 id={`year-${year.id}`}>{year.name}</h2>
          <table className="report">
            <thead>
              <tr>
                <th scope="col">Период</th>
                <th scope="col">Даты</th>
                <th scope="col">Состояние</th>
              </tr>
            </thead>
            <tbody>
              {year.periods.map((period) => (
                <tr key={period.id}>
                  <th scope="row">{period.name}</th>
                  <td>
                    {dayTitle(period.startsOn)} — {dayTitle(period.endsOn)}
                  </td>
                  <td>
                    {period.closedOn ? `закрыт ${dayTitle(period.closedOn)} ` : 'открыт '}
                    {period.closedOn ? (
                      <button type="button" className="link" onClick={() => reopen(year, period)} aria-label={`Открыть снова: ${period.name}`}>
                        Открыть снова
                      </button>
                    ) : (
                      <button type="button" className="link" onClick={() => close(year, period)} aria-label={`Закрыть: ${period.name}`}>
                        Закрыть
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}

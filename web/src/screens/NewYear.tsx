import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useSettings } from '../api/setup';
import { today } from '../format';
import { FormError } from './parts';

const SCHEMES: Record<string, { name: string; periods: string[] }> = {
  QUARTERS: { name: 'Четверти', periods: ['1 четверть', '2 четверть', '3 четверть', '4 четверть'] },
  TRIMESTERS: { name: 'Триместры', periods: ['1 триместр', '2 триместр', '3 триместр'] },
  HALF_YEARS: { name: 'Полугодия', periods: ['1 полугодие', '2 полугодие'] },
};

/** The usual calendar of a school year beginning in `year` (the school changes the dates to its own). */
function usualPeriods(scheme: string, year: number, endsOn: string): Array<{ startsOn: string; endsOn: string }> {
  const next = year + 1;
  const dates: Record<string, string[][]> = {
    QUARTERS: [[`${year}-09-01`, `${year}-10-24`], [`${year}-11-05`, `${year}-12-27`], [`${next}-01-12`, `${next}-03-21`], [`${next}-04-01`, endsOn]],
    TRIMESTERS: [[`${year}-09-01`, `${year}-11-29`], [`${year}-12-01`, `${next}-02-28`], [`${next}-03-01`, endsOn]],
    HALF_YEARS: [[`${year}-09-01`, `${year}-12-27`], [`${next}-01-12`, endsOn]],
  };
  return dates[scheme].map(([startsOn, periodEnd]) => ({ startsOn, endsOn: periodEnd }));
}

/**
 * A new school year and its periods (000 §9.1): the dates of the year and, for each scheme the school's
 * grades use (its settings: quarters, trimesters, half-years), the dates of every period; the usual
 * calendar is offered and changed to the school's. Then the year's set-up opens.
 */
export function NewYear({ schoolId, onCancel }: { schoolId: string; onCancel: () => void }) {
  const settings = useSettings(schoolId);
  const navigate = useNavigate();
  const queries = useQueryClient();
  const day = today();
  const first = Number(day.slice(0, 4)) + (day.slice(5) > '06-30' ? 1 : 0);
  const [startsOn, setStartsOn] = useState(`${first}-09-01`);
  const [endsOn, setEndsOn] = useState(`${first + 1}-05-26`);
  const [edited, setEdited] = useState<Record<string, Array<{ startsOn: string; endsOn: string }>>>({});
  const [error, setError] = useState('');
  const schemes = [...new Set((settings.data?.periodSchemes ?? []).filter((range) => range.fromGrade <= (settings.data?.lastGrade ?? 11)).map((range) => range.scheme))].filter((scheme) => scheme in SCHEMES);
  const periodsOf = (scheme: string) => edited[scheme] ?? usualPeriods(scheme, Number(startsOn.slice(0, 4)), endsOn);
  const setPeriod = (scheme: string, index: number, side: 'startsOn' | 'endsOn', value: string) =>
    setEdited((before) => ({ ...before, [scheme]: periodsOf(scheme).map((period, at) => (at === index ? { ...period, [side]: value } : period)) }));

  const open = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      const year = await api<{ id: string }>(`/schools/${schoolId}/years`, { method: 'POST', body: { startsOn, endsOn, periodSets: schemes.map((scheme) => ({ scheme, periods: periodsOf(scheme) })) } });
      await queries.invalidateQueries({ queryKey: ['years', schoolId] });
      navigate(`/years/${year.id}/setup`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'год не открыт');
    }
  };

  return (
    <form onSubmit={(event) => void open(event)} aria-labelledby="new-year-title" className="new-year">
      <h2 id="new-year-title">Новый учебный год</h2>
      <label>
        Начало учебного года
        <input type="date" value={startsOn} onChange={(event) => setStartsOn(event.target.value)} required />
      </label>
      <label>
        Конец учебного года
        <input type="date" value={endsOn} onChange={(event) => setEndsOn(event.target.value)} required />
      </label>
      {settings.isPending && <p>Загрузка настроек школы…</p>}
      {settings.isError && <p role="alert" className="error">{settings.error.message}</p>}
      {schemes.map((scheme) => (
        <fieldset key={scheme}>
          <legend>{SCHEMES[scheme].name}</legend>
          {periodsOf(scheme).map((period, index) => (
            <div key={index} className="interval">
              <label>
                {SCHEMES[scheme].periods[index]}: с
                <input type="date" value={period.startsOn} onChange={(event) => setPeriod(scheme, index, 'startsOn', event.target.value)} />
              </label>
              <label>
                по
                <input type="date" aria-label={`${SCHEMES[scheme].periods[index]}: по`} value={period.endsOn} onChange={(event) => setPeriod(scheme, index, 'endsOn', event.target.value)} />
              </label>
            </div>
          ))}
        </fieldset>
      ))}
      <FormError error={error} />
      <div className="actions">
        <button type="submit" disabled={!settings.data}>
          Открыть учебный год
        </button>
        <button type="button" onClick={onCancel}>
          Отмена
        </button>
      </div>
    </form>
  );
}

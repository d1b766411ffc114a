import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useOutcome } from '../api/outcome';
import { useCatalogue } from '../api/school';
import { dayTitle, shortDate, today } from '../format';
import { NewYear } from './NewYear';
import { OutcomeLines } from './parts';

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

/** A journal page with something incomplete (the gradebook's answer). */
interface PageReadiness {
  pageId: string;
  classId: string;
  groupId: string;
  subjectId: string;
  lessonsWithoutTopic: number;
  datesWithoutTopic: string[];
  studentsWithoutFinal: string[];
  pendingMarkRequests: number;
  pendingFinalRequests: number;
}

interface ReadinessTotals {
  pages: number;
  incompletePages: number;
  lessonsWithoutTopic: number;
  studentsWithoutFinal: number;
  pendingChangeRequests: number;
}

interface ClosureReadiness {
  closed: boolean;
  pages: PageReadiness[];
  totals: ReadinessTotals;
}

interface SchoolClass {
  id: string;
  name: string;
  groups: Array<{ id: string; name: string }>;
}

type Act = (path: string, body: unknown, refresh?: unknown[]) => Promise<void>;

const LOCKS = 'Отметки, записи уроков и итоговые отметки периода будут меняться только через запросы.';

/** «Уроков без темы: 12 · Учеников без итоговой: 3 · Запросов на изменение: 1» */
const incompleteLine = (totals: ReadinessTotals) => `Уроков без темы: ${totals.lessonsWithoutTopic} · Учеников без итоговой: ${totals.studentsWithoutFinal} · Запросов на изменение: ${totals.pendingChangeRequests}`;
const isIncomplete = (totals: ReadinessTotals) => totals.lessonsWithoutTopic + totals.studentsWithoutFinal + totals.pendingChangeRequests > 0;
/** «четверть» of «1 четверть», «полугодие» of «2 полугодие». */
const periodNoun = (period: Period) => period.name.replace(/^\d+\s*/, '') || 'период';

/**
 * The school's years and their periods for the administrator (004 §4.2.3): closing a period locks its
 * marks, records and finals (changes then go through requests); before it, the screen shows what the
 * period's journal leaves incomplete and asks to confirm closing anyway. Reopening needs a reason,
 * kept in the period's history. The deputy director opens and sets up years; closing is the administrator's (`mayClose`).
 */
export function SchoolYears({ schoolId, mayClose }: { schoolId: string; mayClose: boolean }) {
  const queries = useQueryClient();
  const years = useQuery({ queryKey: ['years', schoolId], queryFn: () => api<{ years: AcademicYear[] }>(`/schools/${schoolId}/years`) });
  const outcome = useOutcome();
  const [opening, setOpening] = useState(false);

  const act: Act = async (path, body, refresh) => {
    await outcome.attempt(async () => {
      const closure = await api<{ effect: string }>(path, { method: 'POST', body });
      await queries.invalidateQueries({ queryKey: ['years', schoolId] });
      if (refresh) await queries.invalidateQueries({ queryKey: refresh });
      return closure;
    }, (closure) => closure.effect);
  };

  return (
    <section aria-labelledby="years-title">
      <h1 id="years-title">Учебные годы и периоды</h1>
      <OutcomeLines message={outcome.message} error={outcome.error} />
      {years.isPending && <p>Загрузка…</p>}
      {years.isError && <p role="alert" className="error">{years.error.message}</p>}
      {years.data?.years.length === 0 && <p className="muted">Учебных годов пока нет: откройте первый, с его периодами, и настройте его по шагам.</p>}
      {opening ? (
        <NewYear schoolId={schoolId} onCancel={() => setOpening(false)} />
      ) : (
        <button type="button" onClick={() => setOpening(true)}>
          Открыть новый учебный год
        </button>
      )}
      {years.data?.years.map((year) => (
        <article key={year.id} aria-labelledby={`year-${year.id}`}>
          <h2 id={`year-${year.id}`}>{year.name}</h2>
          {year.status !== 'transitioned' && (
            <p>
              <Link to={`/years/${year.id}/setup`}>Настройка года {year.name}: классы, учебный план, нагрузка, расписание, КТП, электронный инспектор</Link>
            </p>
          )}
          <table className="report">
            <thead>
              <tr>
                <th scope="col">Период</th>
                <th scope="col">Даты</th>
                <th scope="col">Состояние</th>
                {mayClose && <th scope="col">Заполнение журнала</th>}
              </tr>
            </thead>
            <tbody>
              {year.periods.map((period) => (
                mayClose ? <PeriodRow key={period.id} schoolId={schoolId} year={year} period={period} act={act} /> : <PeriodDates key={period.id} period={period} />
              ))}
            </tbody>
          </table>
        </article>
      ))}
    </section>
  );
}

/** A period: its dates, open or closed, and — while open and begun — what its journal leaves incomplete. */
function PeriodRow({ schoolId, year, period, act }: { schoolId: string; year: AcademicYear; period: Period; act: Act }) {
  const checked = !period.closedOn && period.startsOn <= today();
  const readinessKey = ['closure-readiness', schoolId, year.id, period.id];
  const readiness = useQuery({
    queryKey: readinessKey,
    queryFn: () => api<ClosureReadiness>(`/schools/${schoolId}/years/${year.id}/periods/${period.id}/readiness`),
    enabled: checked,
  });

  const close = () => {
    const totals = readiness.data?.totals;
    const question = totals
      ? isIncomplete(totals)
        ? `Закрыть ${periodNoun(period)}, несмотря на незаполненное?\n${incompleteLine(totals)}\n\n${LOCKS}`
        : `Закрыть «${period.name}» ${year.name}? Журнал за период заполнен. ${LOCKS}`
      : `Закрыть «${period.name}» ${year.name}? Заполнение журнала проверить не удалось. ${LOCKS}`;
    if (window.confirm(question)) void act(`/years/${year.id}/periods/${period.id}/close`, { confirm: true }, readinessKey);
  };
  const reopen = () => {
    const reason = window.prompt(`Причина, по которой «${period.name}» открывается снова`);
    if (reason) void act(`/years/${year.id}/periods/${period.id}/reopen`, { reason }, readinessKey);
  };

  return (
    <tr>
      <PeriodSpan period={period} />
      <td>
        {period.closedOn ? `закрыт ${dayTitle(period.closedOn)} ` : 'открыт '}
        {period.closedOn ? (
          <button type="button" className="link" onClick={reopen} aria-label={`Открыть снова: ${period.name}`}>
            Открыть снова
          </button>
        ) : (
          // The check comes first: while it runs the button waits.
          <button type="button" className="link" onClick={close} disabled={checked && readiness.isPending} aria-label={`Закрыть: ${period.name}`}>
            Закрыть
          </button>
        )}
      </td>
      <td>
        {period.closedOn ? (
          <span className="muted">период закрыт</span>
        ) : !checked ? (
          <span className="muted">период ещё не начался</span>
        ) : readiness.isPending ? (
          <span aria-live="polite">проверяется…</span>
        ) : readiness.isError ? (
          <span role="alert" className="error">
            Заполнение не проверено: {readiness.error.message}. Закрыть период всё равно можно.
          </span>
        ) : (
          <ReadinessSummary schoolId={schoolId} yearId={year.id} periodId={period.id} readiness={readiness.data} />
        )}
      </td>
    </tr>
  );
}

/** A period as those who do not close periods see it (the deputy director): its dates, open or closed. */
function PeriodDates({ period }: { period: Period }) {
  return (
    <tr>
      <PeriodSpan period={period} />
      <td>{period.closedOn ? `закрыт ${dayTitle(period.closedOn)}` : 'открыт'}</td>
    </tr>
  );
}

/** A period's name and dates: the first cells of its row. */
function PeriodSpan({ period }: { period: Period }) {
  return (
    <>
      <th scope="row">{period.name}</th>
      <td>
        {dayTitle(period.startsOn)} — {dayTitle(period.endsOn)}
      </td>
    </>
  );
}

/** The totals, and the pages with something incomplete behind a disclosure (class and subject by name). */
function ReadinessSummary({ schoolId, yearId, periodId, readiness }: { schoolId: string; yearId: string; periodId: string; readiness: ClosureReadiness }) {
  const incomplete = isIncomplete(readiness.totals);
  const classes = useQuery({ queryKey: ['classes', yearId], queryFn: () => api<{ classes: SchoolClass[] }>(`/years/${yearId}/classes`), enabled: incomplete, staleTime: 600_000 });
  const catalogue = useCatalogue(incomplete ? schoolId : '');
  if (!incomplete) return <span>Всё заполнено: уроков без темы, учеников без итоговой и нерассмотренных запросов нет.</span>;

  const classOf = (classId: string) => classes.data?.classes.find((candidate) => candidate.id === classId);
  const pageTitle = (page: PageReadiness) => {
    const schoolClass = classOf(page.classId);
    const group = page.groupId ? schoolClass?.groups.find((candidate) => candidate.id === page.groupId)?.name ?? 'группа' : '';
    const subject = catalogue.data?.subjects.find((candidate) => candidate.id === page.subjectId)?.name ?? 'предмет';
    return `${schoolClass?.name ?? 'класс'}${group ? `, ${group}` : ''} — ${subject}`;
  };
  const pages = [...readiness.pages].sort((a, b) => pageTitle(a).localeCompare(pageTitle(b), 'ru'));

  return (
    <>
      <p>{incompleteLine(readiness.totals)}</p>
      <details>
        <summary>
          По страницам журнала: {readiness.totals.incompletePages} из {readiness.totals.pages}
        </summary>
        {classes.isError && <p className="error">Названия классов не загрузились: {classes.error.message}</p>}
        <ul>
          {pages.map((page) => {
            const requests = page.pendingMarkRequests + page.pendingFinalRequests;
            const parts = [
              page.lessonsWithoutTopic > 0 && `уроков без темы: ${page.lessonsWithoutTopic} (${page.datesWithoutTopic.map(shortDate).join(', ')}${page.lessonsWithoutTopic > page.datesWithoutTopic.length ? ', …' : ''})`,
              page.studentsWithoutFinal.length > 0 && `без итоговой: ${page.studentsWithoutFinal.length}`,
              requests > 0 && `запросов на изменение: ${requests}`,
            ].filter(Boolean);
            return (
              <li key={page.pageId}>
                {page.groupId ? pageTitle(page) : <Link to={`/journal/${page.classId}/${page.subjectId}/${periodId}`}>{pageTitle(page)}</Link>}: {parts.join('; ')}
              </li>
            );
          })}
        </ul>
      </details>
    </>
  );
}

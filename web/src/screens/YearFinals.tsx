import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { useMe } from '../api/me';
import { useCatalogue, usePupilNames, useSchoolClass } from '../api/school';
import { ChangeRequests, type FinalChangeRequest } from './ChangeRequests';
import { FormActions, FormError } from './parts';

interface StudentYearFinals {
  studentId: string;
  periodFinals: Array<{ periodId: string; periodName: string; value: number }>;
  proposed: number;
  yearFinal: number;
  exam: number;
}

interface YearFinalsPage {
  students: StudentYearFinals[];
  closed: boolean;
  /** Requests to change a year or exam final once every period is closed (on the year's own page). */
  finalRequests: Array<FinalChangeRequest & { pageId: string }>;
}

interface Period {
  id: string;
  name: string;
  startsOn: string;
}

const KIND_NAMES = { year: 'годовая', exam: 'экзаменационная' } as const;
type Kind = keyof typeof KIND_NAMES;

/**
 * A class × subject's year (004 §5, 000 §9.1): each pupil's period finals, the year final they give by
 * the school's rounding, the year final set and the exam mark. The teacher sets the year final (another
 * value than the proposed one needs a reason) and the exam mark; once every period is closed they change
 * only through requests (004 §4.1): the teacher asks with a reason, the administrator decides here.
 */
export function YearFinals() {
  const { classId = '', subjectId = '' } = useParams();
  const queries = useQueryClient();
  const schoolClass = useSchoolClass(classId);
  const yearId = schoolClass.data?.yearId ?? '';
  const schoolId = schoolClass.data?.schoolId ?? '';
  const catalogue = useCatalogue(schoolId);
  const { nameOf } = usePupilNames(classId);
  const key = ['year-finals', classId, subjectId, yearId];
  const finals = useQuery({ queryKey: key, queryFn: () => api<YearFinalsPage>(`/classes/${classId}/subjects/${subjectId}/years/${yearId}/finals`), enabled: yearId !== '' });
  const year = useQuery({ queryKey: ['year', yearId], queryFn: () => api<{ periods: Period[] }>(`/years/${yearId}`), enabled: yearId !== '', staleTime: 600_000 });
  const [setting, setSetting] = useState<{ studentId: string; kind: Kind } | null>(null);
  const [message, setMessage] = useState('');
  const me = useMe();
  const decides = (me.data?.grants ?? []).some((grant) => grant.role === 'school_admin' && grant.schoolId === schoolId);

  if (finals.isError) return <p role="alert" className="error">{finals.error.message}</p>;
  if (!finals.data) return <p>Загрузка итогов года…</p>;
  const subjectName = catalogue.data?.subjects.find((subject) => subject.id === subjectId)?.name ?? subjectId;
  const periods = [...(year.data?.periods ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  // The periods the pupils have finals for, in the year's order (named by the finals themselves).
  const order = (periodId: string) => periods.findIndex((period) => period.id === periodId);
  const columns = [...new Map(finals.data.students.flatMap((student) => student.periodFinals).map((final) => [final.periodId, { id: final.periodId, name: final.periodName }])).values()].sort((a, b) => order(a.id) - order(b.id));
  const pupils = [...finals.data.students].sort((a, b) => nameOf(a.studentId).localeCompare(nameOf(b.studentId), 'ru'));
  const chosen = setting && pupils.find((student) => student.studentId === setting.studentId);

  return (
    <section aria-labelledby="year-finals-title">
      <h1 id="year-finals-title">
        Итоги года: {schoolClass.data?.name ?? ''} — {subjectName}
      </h1>
      {finals.data.closed && <p className="badge">Все периоды года закрыты: годовые и экзаменационные — через запросы администратору</p>}
      <p role="status" aria-live="polite" className="status">
        {message}
      </p>
      <table className="report">
        <caption className="visually-hidden">Итоговые отметки учеников за год</caption>
        <thead>
          <tr>
            <th scope="col">Ученик</th>
            {columns.map((period) => (
              <th scope="col" key={period.id}>
                {period.name}
              </th>
            ))}
            <th scope="col">Выходит</th>
            <th scope="col">Годовая</th>
            <th scope="col">Экзамен</th>
          </tr>
        </thead>
        <tbody>
          {pupils.map((student) => (
            <tr key={student.studentId}>
              <th scope="row">{nameOf(student.studentId)}</th>
              {columns.map((period) => (
                <td key={period.id} className="num">
                  {student.periodFinals.find((final) => final.periodId === period.id)?.value || '—'}
                </td>
              ))}
              <td className="num">{student.proposed || '—'}</td>
              {(['year', 'exam'] as const).map((kind) => {
                const value = kind === 'year' ? student.yearFinal : student.exam;
                return (
                  <td key={kind} className="num">
                    {finals.data.closed ? (
                      <>
                        {value || '—'}{' '}
                        {!decides && (
                          <button type="button" className="link" aria-label={`Запросить исправление — ${KIND_NAMES[kind]}: ${nameOf(student.studentId)}`} onClick={() => setSetting({ studentId: student.studentId, kind })}>
                            Запросить исправление
                          </button>
                        )}
                      </>
                    ) : (
                      <button type="button" className={value ? 'mark' : 'link'} aria-label={`${value || 'Поставить'} — ${KIND_NAMES[kind]}: ${nameOf(student.studentId)}`} onClick={() => setSetting({ studentId: student.studentId, kind })}>
                        {value || 'Поставить'}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to={`/journal/${classId}/${subjectId}/${periods.at(-1)?.id ?? ''}`}>К журналу</Link>
      </p>
      <ChangeRequests
        pageId={finals.data.finalRequests[0]?.pageId ?? ''}
        requests={[]}
        finalRequests={finals.data.finalRequests}
        markNow={() => ''}
        finalNow={(studentId, kind) => {
          const student = finals.data.students.find((candidate) => candidate.studentId === studentId);
          const value = kind === 'exam' ? student?.exam : student?.yearFinal;
          return value ? String(value) : '';
        }}
        lessonDate={() => ''}
        nameOf={nameOf}
        decides={decides}
        onDecided={(done) => {
          setMessage(done);
          void queries.invalidateQueries({ queryKey: key });
        }}
      />
      {setting && chosen && (
        <YearFinalForm
          key={`${setting.studentId}:${setting.kind}`}
          path={`/classes/${classId}/subjects/${subjectId}/years/${yearId}/${finals.data.closed ? 'final-change-requests' : 'finals'}/${setting.studentId}`}
          requested={finals.data.closed}
          kind={setting.kind}
          who={nameOf(setting.studentId)}
          proposed={setting.kind === 'year' ? chosen.proposed : 0}
          onDone={(done) => {
            setSetting(null);
            if (done) setMessage(done);
            void queries.invalidateQueries({ queryKey: key });
          }}
        />
      )}
    </section>
  );
}

/** A year or exam final set (while a period is open), or asked for with a reason once the year is closed. */
function YearFinalForm({ path, requested, kind, who, proposed, onDone }: { path: string; requested: boolean; kind: Kind; who: string; proposed: number; onDone: (message: string) => void }) {
  const [value, setValue] = useState(proposed ? String(proposed) : '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      if (requested) {
        if (!reason.trim()) return setError('Напишите причину: администратор решает по ней');
        await api(path, { method: 'POST', body: { kind, value: Number(value), reason: reason.trim() } });
        onDone(`Запрос отправлен администратору: ${KIND_NAMES[kind]} ${who} — ${value}`);
      } else {
        await api(path, { method: 'PUT', body: { kind, value: Number(value), ...(reason.trim() ? { reason: reason.trim() } : {}) } });
        onDone(`Поставлена ${KIND_NAMES[kind]}: ${who} — ${value}`);
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'не поставлена');
    }
  };
  return (
    <form className="record" onSubmit={submit} aria-labelledby="year-final-title">
      <h2 id="year-final-title">{requested ? `Запрос на исправление: ${KIND_NAMES[kind]} отметка, ${who}` : `${kind === 'year' ? 'Годовая отметка' : 'Экзаменационная отметка'}: ${who}`}</h2>
      {kind === 'year' && <p>{proposed ? `По отметкам за периоды выходит ${proposed}.` : 'Отметок за периоды нет.'}</p>}
      <label>
        Отметка
        <input autoFocus inputMode="numeric" value={value} onChange={(event) => setValue(event.target.value)} />
      </label>
      {(kind === 'year' || requested) && (
        <label>
          {requested ? 'Причина изменения (её увидит администратор)' : 'Причина (если отметка не та, что выходит)'}
          <input value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
        </label>
      )}
      <FormError error={error} />
      <FormActions submit={requested ? 'Отправить запрос' : 'Поставить'} onCancel={() => onDone('')} />
    </form>
  );
}

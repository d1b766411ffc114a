import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { ABSENCES, dayTitle, today } from '../format';
import { FormError } from './parts';

/** The child's finals: of each period, the year's and the exam's (001 §3.1), by subject. */
export function Finals({ studentId }: { studentId: string }) {
  const finals = useQuery({ queryKey: ['finals', studentId], queryFn: () => api<{ finals: Array<{ subjectId: string; subjectName: string; periodId: string; value: number; kind: string; notAttested: boolean }> }>(`/students/${studentId}/diary/finals`) });
  if (finals.isPending) return <p>Загрузка…</p>;
  if (finals.isError) return <p role="alert" className="error">{finals.error.message}</p>;
  const subjects = [...new Map(finals.data.finals.map((final) => [final.subjectId, final.subjectName || final.subjectId])).entries()];
  const periods = [...new Set(finals.data.finals.filter((final) => final.kind === 'period').map((final) => final.periodId))];
  const valueOf = (subjectId: string, matches: (final: { kind: string; periodId: string }) => boolean) => {
    const final = finals.data.finals.find((candidate) => candidate.subjectId === subjectId && matches(candidate));
    return final ? (final.notAttested ? 'н/а' : String(final.value)) : '—';
  };
  return (
    <section aria-labelledby="finals-title">
      <h2 id="finals-title">Итоговые отметки</h2>
      {subjects.length === 0 ? (
        <p>Итоговых отметок пока нет.</p>
      ) : (
        <table className="report">
          <thead>
            <tr>
              <th scope="col">Предмет</th>
              {periods.map((periodId, index) => (
                <th scope="col" key={periodId}>
                  Период {index + 1}
                </th>
              ))}
              <th scope="col">Годовая</th>
              <th scope="col">Экзамен</th>
            </tr>
          </thead>
          <tbody>
            {subjects.map(([subjectId, name]) => (
              <tr key={subjectId}>
                <th scope="row">{name}</th>
                {periods.map((periodId) => (
                  <td key={periodId}>{valueOf(subjectId, (final) => final.kind === 'period' && final.periodId === periodId)}</td>
                ))}
                <td>{valueOf(subjectId, (final) => final.kind === 'year')}</td>
                <td>{valueOf(subjectId, (final) => final.kind === 'exam')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The child's absences of a month by reason, and the lessons missed. */
export function Attendance({ studentId }: { studentId: string }) {
  const [month, setMonth] = useState(today().slice(0, 7));
  const summary = useQuery({
    queryKey: ['attendance-summary', studentId, month],
    queryFn: () => api<{ unexcused: number; illness: number; excused: number; late: number; missed: Array<{ date: string; subjectId: string; code: string }> }>(`/students/${studentId}/diary/attendance?month=${month}`),
  });
  return (
    <section aria-labelledby="attendance-title">
      <h2 id="attendance-title">Посещаемость</h2>
      <label className="inline">
        Месяц <input type="month" value={month} onChange={(event) => setMonth(event.target.value)} />
      </label>
      {summary.isError && <p role="alert" className="error">{summary.error.message}</p>}
      {summary.data && (
        <>
          <p>
            Без уважительной причины: {summary.data.unexcused}; по болезни: {summary.data.illness}; по уважительной причине: {summary.data.excused}; опозданий: {summary.data.late}.
          </p>
          {summary.data.missed.length > 0 && (
            <ul>
              {summary.data.missed.map((missed) => (
                <li key={`${missed.date}:${missed.subjectId}:${missed.code}`}>
                  {dayTitle(missed.date)}: {ABSENCES[missed.code] ?? missed.code}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** The child's teachers by subject (001 §3.1). */
export function Teachers({ studentId }: { studentId: string }) {
  const teachers = useQuery({ queryKey: ['teachers', studentId], queryFn: () => api<{ subjects: Array<{ subjectId: string; subjectName: string; teacherNames: string[] }> }>(`/students/${studentId}/diary/teachers`) });
  if (teachers.isPending) return <p>Загрузка…</p>;
  if (teachers.isError) return <p role="alert" className="error">{teachers.error.message}</p>;
  return (
    <section aria-labelledby="teachers-title">
      <h2 id="teachers-title">Учителя</h2>
      {teachers.data.subjects.length === 0 ? (
        <p>В ближайшие недели уроков нет.</p>
      ) : (
        <dl className="teachers">
          {teachers.data.subjects.map((subject) => (
            <div key={subject.subjectId}>
              <dt>{subject.subjectName || subject.subjectId}</dt>
              <dd>{subject.teacherNames.join(', ') || '—'}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** A parent names another person who may read the child's diary (001 §2): a code to hand them. */
export function InterestedPerson({ studentId }: { studentId: string }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const issue = async () => {
    setError('');
    try {
      setCode((await api<{ code: string }>('/invitations', { method: 'POST', body: { childId: studentId, role: 'interested_person' } })).code);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'код не выдан');
    }
  };
  return (
    <section aria-labelledby="interested-title">
      <h2 id="interested-title">Доступ для близких</h2>
      <p>Бабушка, дедушка или другой человек, которому вы доверяете, может читать дневник ребёнка. Дайте ему код: он войдёт с ним на странице входа.</p>
      <button type="button" onClick={() => void issue()}>
        Получить код
      </button>
      {code && (
        <p role="status">
          Код: <code>{code}</code>
        </p>
      )}
      <FormError error={error} />
    </section>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, openFromApi } from '../api/client';
import { ROLE_NAMES } from '../api/me';
import { usePupilNames, useSchoolClass } from '../api/school';
import { ABSENCES, addDays, mondayOf, shortDate, today } from '../format';
import { FormActions, FormError } from './parts';

interface Invitation {
  id: string;
  childId: string;
  role: string;
  code: string;
  expiresAt: string | null;
  redeemedAt: string | null;
}

interface MonthlySheet {
  lessons: Array<{ lessonId: string; date: string; number: number; subjectId: string }>;
  studentIds: string[];
  absences: Array<{ lessonId: string; studentId: string; code: string }>;
  totals: Array<{ studentId: string; unexcused: number; illness: number; excused: number; late: number }>;
}

const expires = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The class teacher's class (000 §9.2, 004 §3.2): the pupils, codes that let parents and pupils into the
 * diary (printable: a code is shown once), and the month's attendance sheet with corrections from documents.
 */
export function MyClass() {
  const { classId = '' } = useParams();
  const queries = useQueryClient();
  const schoolClass = useSchoolClass(classId);
  const { names, nameOf } = usePupilNames(classId);
  const schoolId = schoolClass.data?.schoolId ?? '';
  const invitations = useQuery({ queryKey: ['invitations', classId], queryFn: () => api<{ invitations: Invitation[] }>(`/schools/${schoolId}/classes/${classId}/invitations`), enabled: schoolId !== '' });
  const [month, setMonth] = useState(today().slice(0, 7));
  const sheet = useQuery({ queryKey: ['attendance', classId, month], queryFn: () => api<MonthlySheet>(`/classes/${classId}/attendance?month=${month}`) });
  const [issued, setIssued] = useState<Invitation[]>([]);
  const [error, setError] = useState('');
  const [correcting, setCorrecting] = useState<{ lessonId: string; studentId: string; code: string } | null>(null);


  const issue = async (childId: string, role: 'parent' | 'student') => {
    setError('');
    try {
      const invitation = await api<Invitation>('/invitations', { method: 'POST', body: { childId, role } });
      setIssued((before) => [...before, invitation]);
      await queries.invalidateQueries({ queryKey: ['invitations', classId] });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'код не выдан');
    }
  };

  return (
    <section aria-labelledby="class-title">
      <h1 id="class-title">Мой класс {schoolClass.data?.name ?? ''}</h1>
      <FormError error={error} />
      <h2>Ученики и коды для входа в дневник</h2>
      <table className="report">
        <thead>
          <tr>
            <th scope="col">Ученик</th>
            <th scope="col">Приглашения</th>
            <th scope="col" className="no-print">
              Выдать код
            </th>
          </tr>
        </thead>
        <tbody>
          {(names.data?.pupils ?? []).map((pupil) => {
            const own = (invitations.data?.invitations ?? []).filter((invitation) => invitation.childId === pupil.personId);
            return (
              <tr key={pupil.personId}>
                <th scope="row">
                  {pupil.lastName} {pupil.firstName}
                </th>
                <td>{own.length === 0 ? '—' : own.map((invitation) => `${ROLE_NAMES[invitation.role] ?? invitation.role}: ${invitation.redeemedAt ? 'код использован' : 'код не использован'}`).join('; ')}</td>
                <td className="no-print">
                  <button type="button" onClick={() => void issue(pupil.personId, 'parent')} aria-label={`Код родителю: ${pupil.lastName} ${pupil.firstName}`}>
                    родителю
                  </button>{' '}
                  <button type="button" onClick={() => void issue(pupil.personId, 'student')} aria-label={`Код ученику: ${pupil.lastName} ${pupil.firstName}`}>
                    ученику
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {issued.length > 0 && (
        <section aria-labelledby="codes-title" className="codes">
          <h2 id="codes-title">Выданные коды (показываются один раз — распечатайте)</h2>
          <button type="button" className="no-print" onClick={() => window.print()}>
            Распечатать
          </button>
          <ul>
            {issued.map((invitation) => (
              <li key={invitation.id} className="code-card">
                <strong>{nameOf(invitation.childId)}</strong> — {ROLE_NAMES[invitation.role] ?? invitation.role}
                <br />
                Код: <code>{invitation.code}</code>
                <br />
                Действует до {invitation.expiresAt ? expires.format(new Date(invitation.expiresAt)) : '—'}; на странице входа — «У меня есть код приглашения».
              </li>
            ))}
          </ul>
        </section>
      )}

      <ProgressLetters classId={classId} className={schoolClass.data?.name ?? ''} />

      <h2>Посещаемость за месяц</h2>
      <label className="inline no-print">
        Месяц <input type="month" value={month} onChange={(event) => setMonth(event.target.value)} />
      </label>
      {sheet.isError && <p role="alert" className="error">{sheet.error.message}</p>}
      {sheet.data && (
        <div className="grid-scroll">
          <table className="journal">
            <caption className="visually-hidden">Пропуски уроков по ученикам</caption>
            <thead>
              <tr>
                <th scope="col">Ученик</th>
                {sheet.data.lessons.map((lesson) => (
                  <th scope="col" key={lesson.lessonId}>
                    {shortDate(lesson.date)}
                    <br />
                    {lesson.number} ур.
                  </th>
                ))}
                <th scope="col">Н</th>
                <th scope="col">Б</th>
                <th scope="col">У</th>
                <th scope="col">О</th>
              </tr>
            </thead>
            <tbody>
              {[...sheet.data.studentIds].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'ru')).map((studentId) => {
                const total = sheet.data.totals.find((candidate) => candidate.studentId === studentId);
                return (
                  <tr key={studentId}>
                    <th scope="row">{nameOf(studentId)}</th>
                    {sheet.data.lessons.map((lesson) => {
                      const absence = sheet.data.absences.find((candidate) => candidate.lessonId === lesson.lessonId && candidate.studentId === studentId);
                      return (
                        <td key={lesson.lessonId}>
                          {absence && (
                            <button type="button" className="link" title={ABSENCES[absence.code]} aria-label={`${nameOf(studentId)}, ${shortDate(lesson.date)}: ${absence.code}, исправить`} onClick={() => setCorrecting({ lessonId: lesson.lessonId, studentId, code: absence.code })}>
                              {absence.code}
                            </button>
                          )}
                        </td>
                      );
                    })}
                    <td>{total?.unexcused ?? 0}</td>
                    <td>{total?.illness ?? 0}</td>
                    <td>{total?.excused ?? 0}</td>
                    <td>{total?.late ?? 0}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {correcting && (
        <AbsenceCorrection
          key={`${correcting.lessonId}:${correcting.studentId}`}
          absence={correcting}
          name={nameOf(correcting.studentId)}
          onDone={() => {
            setCorrecting(null);
            void queries.invalidateQueries({ queryKey: ['attendance', classId, month] });
          }}
        />
      )}
    </section>
  );
}

type LetterPeriod = 'this-week' | 'last-week' | 'this-month' | 'month';

/** The first and last day of a month «ГГГГ-ММ». */
function monthDays(month: string): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number);
  return { from: `${month}-01`, to: addDays(new Date(Date.UTC(year, number, 1)).toISOString().slice(0, 10), -1) };
}

function letterDays(period: LetterPeriod, month: string): { from: string; to: string } {
  const monday = mondayOf(today());
  if (period === 'this-week') return { from: monday, to: addDays(monday, 6) };
  if (period === 'last-week') return { from: addDays(monday, -7), to: addDays(monday, -1) };
  // A month not chosen yet (the field cleared) reads as this month; the button waits for one.
  return monthDays(period === 'this-month' || !month ? today().slice(0, 7) : month);
}

/**
 * 000 §9.2, 004 §4.2.4: the information letters for families without the electronic diary — a PDF,
 * one sheet per pupil (marks, absences, homework, a line for the parent's signature), for a week or a month.
 */
function ProgressLetters({ classId, className }: { classId: string; className: string }) {
  const [period, setPeriod] = useState<LetterPeriod>('this-week');
  const [month, setMonth] = useState(today().slice(0, 7));
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const { from, to } = letterDays(period, month);
  const download = async () => {
    setError('');
    setLoading(true);
    try {
      await openFromApi(`/classes/${classId}/progress-letters?from=${from}&to=${to}`, { saveAs: `Письма родителям ${className} ${from} — ${to}.pdf` });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'письма не сформированы');
    } finally {
      setLoading(false);
    }
  };
  return (
    <section aria-labelledby="letters-title" className="no-print">
      <h2 id="letters-title">Информационные письма родителям</h2>
      <p>Для семей без доступа к электронному дневнику: по листу на каждого ученика — отметки, пропуски, домашние задания и строка для подписи родителя.</p>
      {/* Named by the label alone (a label around a list takes its options' words into its name). */}
      <label className="inline" htmlFor="letters-period">
        Период писем
      </label>{' '}
      <select id="letters-period" value={period} onChange={(event) => setPeriod(event.target.value as LetterPeriod)}>
        <option value="this-week">эта неделя</option>
        <option value="last-week">прошлая неделя</option>
        <option value="this-month">этот месяц</option>
        <option value="month">месяц…</option>
      </select>{' '}
      {period === 'month' && (
        <label className="inline">
          Месяц писем <input type="month" value={month} onChange={(event) => setMonth(event.target.value)} required />
        </label>
      )}{' '}
      <span>
        {shortDate(from)} — {shortDate(to)}
      </span>{' '}
      <button type="button" onClick={() => void download()} disabled={loading || (period === 'month' && !month)}>
        {loading ? 'Формируются…' : 'Скачать письма (PDF)'}
      </button>
      <FormError error={error} />
    </section>
  );
}

/** 000 §9.2, 003 §4.2: the class teacher corrects the reason of an absence from a document (a doctor's note…). */
function AbsenceCorrection({ absence, name, onDone }: { absence: { lessonId: string; studentId: string; code: string }; name: string; onDone: () => void }) {
  const [code, setCode] = useState(absence.code);
  const [documentKind, setDocumentKind] = useState('справка');
  const [documentNumber, setDocumentNumber] = useState('');
  const [documentDate, setDocumentDate] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      await api(`/lessons/${absence.lessonId}/attendance/${absence.studentId}/correction`, { method: 'POST', body: { code, documentKind, documentNumber, ...(documentDate ? { documentDate } : {}), reason } });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'не исправлено');
    }
  };
  return (
    <form className="record no-print" onSubmit={submit} aria-labelledby="correction-title">
      <h2 id="correction-title">Исправить пропуск: {name}</h2>
      <label>
        Отметка
        <select autoFocus value={code} onChange={(event) => setCode(event.target.value)}>
          {Object.entries(ABSENCES).map(([value, meaning]) => (
            <option key={value} value={value}>
              {value} — {meaning}
            </option>
          ))}
        </select>
      </label>
      <label>
        Документ
        <input value={documentKind} onChange={(event) => setDocumentKind(event.target.value)} />
      </label>
      <label>
        Номер документа
        <input value={documentNumber} onChange={(event) => setDocumentNumber(event.target.value)} />
      </label>
      <label>
        Дата документа
        <input type="date" value={documentDate} onChange={(event) => setDocumentDate(event.target.value)} />
      </label>
      <label>
        Причина исправления
        <input value={reason} onChange={(event) => setReason(event.target.value)} required />
      </label>
      <FormError error={error} />
      <FormActions submit="Исправить" onCancel={onDone} />
    </form>
  );
}

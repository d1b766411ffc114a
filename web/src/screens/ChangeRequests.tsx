import { useState } from 'react';
import { api } from '../api/client';
import { dateTime, markText, shortDate } from '../format';

/** A request to change a mark after the correction window or in a closed period (004 §4.1), as the journal page carries it. */
export interface MarkChangeRequest {
  id: string;
  markId: string;
  lessonId: string;
  studentId: string;
  values: number[];
  passFail: string;
  removal: boolean;
  reason: string;
  requestedAt: string | null;
  status: 'pending' | 'approved' | 'rejected';
  decisionNote: string;
}

/** A request to change a period final of a closed period. */
export interface FinalChangeRequest {
  id: string;
  studentId: string;
  kind: string;
  value: number;
  reason: string;
  requestedAt: string | null;
  status: 'pending' | 'approved' | 'rejected';
  decisionNote: string;
}

const STATUS: Record<string, string> = { pending: 'ждёт решения', approved: 'одобрен', rejected: 'отклонён' };
const FINAL_KIND: Record<string, string> = { period: 'итоговая за период', year: 'годовая', exam: 'экзаменационная' };

interface Props {
  pageId: string;
  requests: MarkChangeRequest[];
  finalRequests: FinalChangeRequest[];
  /** The mark now, by its id ('' when it is gone). */
  markNow: (markId: string) => string;
  finalNow: (studentId: string, kind: string) => string;
  lessonDate: (lessonId: string) => string;
  nameOf: (studentId: string) => string;
  /** The school's administrator decides (004 §4.1); the teacher sees how their requests stand. */
  decides: boolean;
  onDecided: (message: string) => void;
}

/**
 * The journal page's requests to change marks and finals: the administrator approves or rejects each
 * one with a note; the teacher sees the pending ones and the decisions, with the administrator's note.
 */
export function ChangeRequests({ pageId, requests, finalRequests, markNow, finalNow, lessonDate, nameOf, decides, onDecided }: Props) {
  const lessonDay = (lessonId: string) => {
    const date = lessonDate(lessonId);
    return date ? shortDate(date) : 'урок вне страницы';
  };
  const pending = requests.filter((request) => request.status === 'pending');
  const pendingFinals = finalRequests.filter((request) => request.status === 'pending');
  const decided = [...requests, ...finalRequests].filter((request) => request.status !== 'pending');
  if (pending.length + pendingFinals.length + decided.length === 0) return null;
  return (
    <section aria-labelledby="change-requests-title" className="change-requests">
      <h2 id="change-requests-title">Запросы на исправление: ждут решения — {pending.length + pendingFinals.length}</h2>
      {pending.length + pendingFinals.length > 0 && (
        <table className="report">
          <caption className="visually-hidden">Запросы, ждущие решения администратора</caption>
          <thead>
            <tr>
              <th scope="col">Ученик</th>
              <th scope="col">Что</th>
              <th scope="col">Было → станет</th>
              <th scope="col">Причина</th>
              <th scope="col">Запрошено</th>
              {decides && <th scope="col">Решение</th>}
            </tr>
          </thead>
          <tbody>
            {pending.map((request) => (
              <tr key={request.id}>
                <th scope="row">{nameOf(request.studentId)}</th>
                <td>отметка за {lessonDay(request.lessonId)}</td>
                <td>
                  {markNow(request.markId) || '—'} → {request.removal ? 'удалить' : markText(request)}
                </td>
                <td>{request.reason}</td>
                <td>{request.requestedAt ? dateTime(request.requestedAt) : ''}</td>
                {decides && (
                  <td>
                    <Decision path={`/lessons/${request.lessonId}/change-requests/${request.id}/decision`} what={`отметка ${nameOf(request.studentId)} за ${lessonDay(request.lessonId)}`} onDecided={onDecided} />
                  </td>
                )}
              </tr>
            ))}
            {pendingFinals.map((request) => (
              <tr key={request.id}>
                <th scope="row">{nameOf(request.studentId)}</th>
                <td>{FINAL_KIND[request.kind] ?? 'итоговая'}</td>
                <td>
                  {finalNow(request.studentId, request.kind) || '—'} → {request.value === 0 ? 'н/а' : request.value}
                </td>
                <td>{request.reason}</td>
                <td>{request.requestedAt ? dateTime(request.requestedAt) : ''}</td>
                {decides && (
                  <td>
                    <Decision path={`/journal-pages/${pageId}/final-change-requests/${request.id}/decision`} what={`итоговая ${nameOf(request.studentId)}`} onDecided={onDecided} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {decided.length > 0 && (
        <details>
          <summary>Решённые запросы: {decided.length}</summary>
          <ul>
            {decided.map((request) => (
              <li key={request.id}>
                {nameOf(request.studentId)}, {'lessonId' in request ? `отметка за ${lessonDay(request.lessonId)}` : (FINAL_KIND[request.kind] ?? 'итоговая')}: {STATUS[request.status]}
                {request.decisionNote ? ` — «${request.decisionNote}»` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The administrator's decision on one request: a note (required to reject), then approve or reject. */
function Decision({ path, what, onDecided }: { path: string; what: string; onDecided: (message: string) => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const decide = async (approve: boolean) => {
    setError('');
    if (!approve && !note.trim()) return setError('Напишите, почему запрос отклонён: учитель увидит это');
    setBusy(true);
    try {
      await api(path, { method: 'POST', body: { approve, ...(note.trim() ? { note: note.trim() } : {}) } });
      onDecided(`${approve ? 'Одобрено' : 'Отклонено'}: ${what}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'решение не сохранено');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="decision">
      <label>
        Комментарий
        <input value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} aria-label={`Комментарий к решению: ${what}`} />
      </label>
      <button type="button" disabled={busy} onClick={() => void decide(true)} aria-label={`Одобрить: ${what}`}>
        Одобрить
      </button>{' '}
      <button type="button" disabled={busy} onClick={() => void decide(false)} aria-label={`Отклонить: ${what}`}>
        Отклонить
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

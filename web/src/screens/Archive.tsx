import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { api, openFromApi } from '../api/client';
import { FormError } from './parts';

// 002 §5, 003 §5: the archive of closed periods — each journal page and summary sheet as it stood at
// closure, signed with the school's key; a change approved later as a new record naming the old one.
// The administration checks, prints and downloads them, and holds one past its term for a legal reason.

interface RecordSummary {
  hash: string;
  kind: 'journal-page' | 'attendance-sheet' | 'summary-sheet';
  periodId: string;
  title: string;
  sequence: number;
  amends: string;
  archivedAt: string;
  retainUntil: string;
  legalHold: boolean;
  legalHoldReason: string;
}

interface Verification {
  valid: boolean;
  contentIntact: boolean;
  signatureValid: boolean;
  keyKnown: boolean;
  keyValidAtSigning: boolean;
  signer: string;
  signedAt: string | null;
  problem: string;
}

interface Archiving {
  id: string;
  periodName: string;
  status: 'pending' | 'done';
  records: number;
  requestedAt: string;
  finishedAt: string | null;
  lastError: string;
}

const dateTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const longDate = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const fingerprint = (hash: string) => `${hash.slice(0, 4)} ${hash.slice(4, 8)} … ${hash.slice(-4)}`;

/** What a check found, in the words of the one who asked. */
function VerificationResult({ verification }: { verification: Verification }) {
  if (verification.valid) {
    return (
      <p role="status" className="ok">
        Запись подлинная: содержимое не изменено, подпись верна — {verification.signer}
        {verification.signedAt ? `, ${dateTime.format(new Date(verification.signedAt))}` : ''}.
      </p>
    );
  }
  return (
    <p role="alert" className="error">
      Запись не подтверждена: {verification.problem}.
    </p>
  );
}

function RecordRow({ record, mayHold }: { record: RecordSummary; mayHold: boolean }) {
  const queries = useQueryClient();
  const [verification, setVerification] = useState<Verification>();
  const [holding, setHolding] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const check = useMutation({
    mutationFn: () => api<Verification>(`/archive/records/${record.hash}/verification`),
    onSuccess: setVerification,
    onError: (failure) => setError(failure.message),
  });
  const hold = useMutation({
    mutationFn: (body: { hold: boolean; reason?: string }) => api(`/archive/records/${record.hash}/hold`, { method: 'POST', body }),
    onSuccess: () => {
      setHolding(false);
      setReason('');
      void queries.invalidateQueries({ queryKey: ['archive-records'] });
    },
    onError: (failure) => setError(failure.message),
  });
  const download = (what: 'printout' | 'file') => {
    setError('');
    const path = what === 'printout' ? `/archive/records/${record.hash}/printout` : `/archive/records/${record.hash}`;
    openFromApi(path, { saveAs: `${record.title}${record.sequence > 0 ? ` (изменение ${record.sequence})` : ''}.${what === 'printout' ? 'pdf' : 'json'}`, accept: what === 'printout' ? 'application/pdf' : 'application/json' }).catch((failure: Error) => setError(failure.message));
  };
  const submitHold = (event: FormEvent) => {
    event.preventDefault();
    hold.mutate({ hold: true, reason });
  };
  return (
    <tr>
      <th scope="row">
        {record.title}
        {record.sequence > 0 && <div className="hint">изменение № {record.sequence} записи {fingerprint(record.amends)}</div>}
        {record.legalHold && <div className="hint">удерживается: {record.legalHoldReason}</div>}
      </th>
      <td>{dateTime.format(new Date(record.archivedAt))}</td>
      <td>{longDate.format(new Date(`${record.retainUntil}T00:00:00Z`))}</td>
      <td>
        <code title={record.hash}>{fingerprint(record.hash)}</code>
      </td>
      <td>
        <button type="button" onClick={() => check.mutate()} disabled={check.isPending}>
          Проверить
        </button>{' '}
        <button type="button" onClick={() => download('printout')}>
          Печать (PDF)
        </button>{' '}
        <button type="button" onClick={() => download('file')}>
          Файл записи
        </button>{' '}
        {mayHold && !record.legalHold && !holding && (
          <button type="button" onClick={() => setHolding(true)}>
            Удержать
          </button>
        )}
        {mayHold && record.legalHold && (
          <button type="button" onClick={() => hold.mutate({ hold: false })} disabled={hold.isPending}>
            Снять удержание
          </button>
        )}
        {holding && (
          <form onSubmit={submitHold} className="inline">
            <label>
              Основание удержания <input value={reason} onChange={(event) => setReason(event.target.value)} required maxLength={500} />
            </label>{' '}
            <button type="submit" disabled={hold.isPending}>
              Удержать запись
            </button>{' '}
            <button type="button" onClick={() => setHolding(false)}>
              Отмена
            </button>
          </form>
        )}
        {verification && <VerificationResult verification={verification} />}
        <FormError error={error} />
      </td>
    </tr>
  );
}

/** A record file someone holds (downloaded earlier, sent by another school), checked against the published keys. */
function FileCheck() {
  const [verification, setVerification] = useState<Verification>();
  const [error, setError] = useState('');
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    setVerification(undefined);
    setError('');
    const file = event.target.files?.[0];
    if (!file) return;
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setError('это не файл записи архива: он должен быть в формате JSON, как его скачивает кнопка «Файл записи»');
      return;
    }
    try {
      setVerification(await api<Verification>('/archive/verification', { method: 'POST', body }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'файл не проверен');
    }
  };
  return (
    <section aria-labelledby="file-check-title">
      <h2 id="file-check-title">Проверить файл записи</h2>
      <p>Файл записи можно проверить и без платформы: <code>node services/archive/dist/verify-cli.js файл.json ключи.json</code> (ключи: /api/v1/archive/keys).</p>
      <label>
        Файл записи (JSON) <input type="file" accept="application/json,.json" onChange={(event) => void choose(event)} />
      </label>
      {verification && <VerificationResult verification={verification} />}
      <FormError error={error} />
    </section>
  );
}

/** The school's archive: how each closed period was archived, and its records. */
export function Archive({ schoolId, mayHold }: { schoolId: string; mayHold: boolean }) {
  const [kind, setKind] = useState('');
  const archivings = useQuery({ queryKey: ['archive-archivings', schoolId], queryFn: () => api<{ archivings: Archiving[] }>(`/schools/${schoolId}/archive/archivings`), refetchInterval: (query) => (query.state.data?.archivings.some((entry) => entry.status === 'pending') ? 3_000 : false) });
  const records = useQuery({ queryKey: ['archive-records', schoolId, kind], queryFn: () => api<{ records: RecordSummary[] }>(`/schools/${schoolId}/archive/records${kind ? `?kind=${kind}` : ''}`) });
  return (
    <>
      <h1>Архив закрытых периодов</h1>
      <p>При закрытии периода каждая страница журнала и ведомость посещаемости каждого класса сохраняются в архив и подписываются ключом школы; по окончании года — сводные ведомости успеваемости. Изменение, одобренное после закрытия, сохраняется отдельной записью со ссылкой на прежнюю. Страницы журнала и ведомости посещаемости хранятся 5 лет, сводные ведомости успеваемости — 25 лет.</p>
      <section aria-labelledby="archivings-title">
        <h2 id="archivings-title">Архивация периодов</h2>
        {archivings.isPending && <p>Загрузка…</p>}
        {archivings.isError && <p role="alert" className="error">{archivings.error.message}</p>}
        {archivings.data && archivings.data.archivings.length === 0 && <p>Ни один период ещё не закрыт.</p>}
        <ul>
          {archivings.data?.archivings.map((entry) => (
            <li key={entry.id}>
              {entry.periodName}:{' '}
              {entry.status === 'done' ? `в архиве, записей добавлено: ${entry.records} (${dateTime.format(new Date(entry.finishedAt ?? entry.requestedAt))})` : entry.lastError ? `архивация повторится: ${entry.lastError}` : 'идёт архивация…'}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="records-title">
        <h2 id="records-title">Записи архива</h2>
        <label className="inline" htmlFor="archive-kind">
          Вид записей
        </label>{' '}
        <select id="archive-kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          <option value="">все</option>
          <option value="journal-page">страницы журнала</option>
          <option value="attendance-sheet">посещаемость классов</option>
          <option value="summary-sheet">сводные ведомости</option>
        </select>
        {records.isPending && <p>Загрузка…</p>}
        {records.isError && <p role="alert" className="error">{records.error.message}</p>}
        {records.data && records.data.records.length === 0 && <p>Записей пока нет: они появляются, когда администратор закрывает период.</p>}
        {records.data && records.data.records.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">Запись</th>
                <th scope="col">Сохранена</th>
                <th scope="col">Хранится до</th>
                <th scope="col">Отпечаток SHA-256</th>
                <th scope="col">Действия</th>
              </tr>
            </thead>
            <tbody>
              {records.data.records.map((record) => (
                <RecordRow key={record.hash} record={record} mayHold={mayHold} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      <FileCheck />
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { FormError } from './parts';

interface ImportReport {
  imported: boolean;
  people: number;
  accounts: number;
  errors: Array<{ line: number; message: string }>;
  created: Array<{ line: number; personId: string; login: string; temporaryPassword: string }>;
}

const COLUMNS = 'Фамилия, Имя, Отчество, Дата рождения, Тип (ученик, родитель, сотрудник), Класс, Дата зачисления, Логин, Телефон, Email, Ребёнок, Дата рождения ребёнка';

/**
 * The school's people from a CSV file (002 §3.3), all or nothing: the report names each line to fix;
 * when it is taken, the logins and temporary passwords to hand out (printable).
 */
export function PeopleImport({ schoolId }: { schoolId: string }) {
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setReport(null);
    setBusy(true);
    try {
      setReport(await api<ImportReport>(`/schools/${schoolId}/people/import`, { method: 'POST', csv, accepted: [422] }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'не загружено');
    } finally {
      setBusy(false);
    }
  };

  const readFile = async (file: File | undefined) => {
    if (file) setCsv(await file.text());
  };

  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">Загрузка людей из CSV</h1>
      <p className="muted">Столбцы: {COLUMNS}. Файл загружается целиком или не загружается совсем.</p>
      <form onSubmit={submit} className="no-print">
        <label>
          Файл CSV (UTF-8)
          <input type="file" accept=".csv,text/csv" onChange={(event) => void readFile(event.target.files?.[0])} />
        </label>
        <label>
          Содержимое файла
          <textarea name="csv" rows={8} value={csv} onChange={(event) => setCsv(event.target.value)} required />
        </label>
        <button type="submit" disabled={busy || !csv.trim()}>
          Загрузить
        </button>
      </form>
      <FormError error={error} />
      {report && !report.imported && (
        <div role="alert">
          <h2>Ничего не сохранено: исправьте строки файла</h2>
          <table className="report">
            <thead>
              <tr>
                <th scope="col">Строка</th>
                <th scope="col">Что не так</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((problem) => (
                <tr key={`${problem.line}:${problem.message}`}>
                  <td>{problem.line}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report?.imported && (
        <div role="status">
          <h2>
            Загружено: людей {report.people}, учётных записей {report.accounts}
          </h2>
          {report.created.some((person) => person.login) && (
            <>
              <p>Выдайте каждому его логин и временный пароль: при первом входе пароль нужно сменить.</p>
              <button type="button" className="no-print" onClick={() => window.print()}>
                Распечатать
              </button>
              <table className="report">
                <thead>
                  <tr>
                    <th scope="col">Строка</th>
                    <th scope="col">Логин</th>
                    <th scope="col">Временный пароль</th>
                  </tr>
                </thead>
                <tbody>
                  {report.created
                    .filter((person) => person.login)
                    .map((person) => (
                      <tr key={person.personId}>
                        <td>{person.line}</td>
                        <td>{person.login}</td>
                        <td>
                          <code>{person.temporaryPassword}</code>
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}

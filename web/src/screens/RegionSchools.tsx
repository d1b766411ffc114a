import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { FormActions, FormError, useFields } from './parts';

interface School {
  id: string;
  name: string;
  shortName: string;
  municipality: string;
  registeredAt: string;
}

const registered = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });

/** The regional operator's schools: registering one, and its first administrator (who then sets up the school). */
export function RegionSchools() {
  const queries = useQueryClient();
  const schools = useQuery({ queryKey: ['schools'], queryFn: () => api<{ schools: School[] }>('/schools') });
  const { fields: form, setFields: setForm, field } = useFields({ name: '', shortName: '', municipality: '' });
  const [error, setError] = useState('');
  const [admin, setAdmin] = useState<School | null>(null);

  const register = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      const school = await api<School>('/schools', { method: 'POST', body: form });
      setForm({ name: '', shortName: '', municipality: '' });
      await queries.invalidateQueries({ queryKey: ['schools'] });
      setAdmin(school);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'школа не зарегистрирована');
    }
  };

  return (
    <section aria-labelledby="schools-title">
      <h1 id="schools-title">Школы региона</h1>
      {schools.isError && <p role="alert" className="error">{schools.error.message}</p>}
      {schools.data && (
        <table className="report">
          <thead>
            <tr>
              <th scope="col">Школа</th>
              <th scope="col">Муниципалитет</th>
              <th scope="col">Зарегистрирована</th>
              <th scope="col">Администратор</th>
            </tr>
          </thead>
          <tbody>
            {schools.data.schools.map((school) => (
              <tr key={school.id}>
                <th scope="row" title={school.name}>
                  {school.shortName}
                </th>
                <td>{school.municipality}</td>
                <td>{registered.format(new Date(school.registeredAt))}</td>
                <td>
                  <button type="button" onClick={() => setAdmin(school)} aria-label={`Назначить администратора: ${school.shortName}`}>
                    Назначить
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {admin && <FirstAdministrator key={admin.id} school={admin} onClose={() => setAdmin(null)} />}
      <form onSubmit={register} className="record" aria-labelledby="register-title">
        <h2 id="register-title">Зарегистрировать школу</h2>
        <label>
          Полное наименование
          <input required maxLength={300} {...field('name')} />
        </label>
        <label>
          Краткое наименование
          <input required maxLength={100} {...field('shortName')} />
        </label>
        <label>
          Муниципалитет
          <input required maxLength={200} {...field('municipality')} />
        </label>
        <FormError error={error} />
        <button type="submit">Зарегистрировать</button>
      </form>
    </section>
  );
}

/** A school's first administrator: an account with a temporary password, changed at the first log-in. */
function FirstAdministrator({ school, onClose }: { school: School; onClose: () => void }) {
  const { fields: form, field } = useFields({ lastName: '', firstName: '', middleName: '', login: '' });
  const [made, setMade] = useState<{ login: string; temporaryPassword: string } | null>(null);
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      const created = await api<{ temporaryPassword: string }>('/people', { method: 'POST', body: { schoolId: school.id, kind: 'staff', ...form, grants: [{ role: 'school_admin', schoolId: school.id }] } });
      setMade({ login: form.login, temporaryPassword: created.temporaryPassword });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'учётная запись не создана');
    }
  };
  return (
    <form onSubmit={submit} className="record" aria-labelledby="admin-title">
      <h2 id="admin-title">Администратор школы: {school.shortName}</h2>
      <label>
        Фамилия
        <input required {...field('lastName')} />
      </label>
      <label>
        Имя
        <input required {...field('firstName')} />
      </label>
      <label>
        Отчество
        <input {...field('middleName')} />
      </label>
      <label>
        Логин
        <input required {...field('login')} />
      </label>
      <FormError error={error} />
      {made && (
        <p role="status">
          Учётная запись создана. Логин: <code>{made.login}</code>, временный пароль: <code>{made.temporaryPassword}</code> — передайте администратору; при первом входе пароль нужно сменить.
        </p>
      )}
      <FormActions submit="Создать учётную запись" cancel="Закрыть" onCancel={onClose} disabled={made !== null} />
    </form>
  );
}

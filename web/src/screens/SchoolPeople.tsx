import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, openFromApi } from '../api/client';
import { ROLE_NAMES } from '../api/me';
import { StaffRoles, type HeldGrant } from './StaffRoles';

interface Account {
  id: string;
  login: string;
  status: string;
  grants: HeldGrant[];
}

interface Person {
  id: string;
  kind: string;
  lastName: string;
  firstName: string;
  middleName: string;
  accounts: Account[];
}

const KINDS: Record<string, string> = { staff: 'сотрудник', student: 'ученик', parent: 'родитель' };

/**
 * The school's people and their accounts for the administrator (002 §3.3): found by name or login;
 * a forgotten password is reset with a sheet to print and hand over; an account that must stop is blocked;
 * a member of staff's roles are given and taken back.
 */
export function SchoolPeople({ schoolId }: { schoolId: string }) {
  const queries = useQueryClient();
  const [typed, setTyped] = useState('');
  // The list follows the search a moment after the typing stops, not at every letter.
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const [kind, setKind] = useState('');
  const [message, setMessage] = useState('');
  const [rolesOf, setRolesOf] = useState('');
  const people = useQuery({
    queryKey: ['people', schoolId, query, kind],
    placeholderData: keepPreviousData,
    queryFn: () => api<{ people: Person[] }>(`/schools/${schoolId}/people?limit=200${query ? `&query=${encodeURIComponent(query)}` : ''}${kind ? `&kind=${kind}` : ''}`),
  });

  // The sheet is a page of its own (HTML from the server), opened to print; the old password stops working.
  const resetPassword = async (account: Account, name: string) => {
    setMessage('');
    try {
      await openFromApi(`/accounts/${account.id}/password-reset`, { method: 'POST' });
      setMessage(`Пароль ${name} сброшен: распечатайте лист с кодом и передайте лично`);
    } catch (failure) {
      setMessage(failure instanceof Error ? `Пароль не сброшен: ${failure.message}` : 'Пароль не сброшен');
    }
  };

  const block = async (account: Account, name: string) => {
    const reason = window.prompt(`Причина блокировки учётной записи ${account.login} (${name})`);
    if (!reason) return;
    try {
      await api(`/accounts/${account.id}/revoke`, { method: 'POST', body: { reason } });
      setMessage(`Учётная запись ${account.login} заблокирована`);
      await queries.invalidateQueries({ queryKey: ['people', schoolId] });
    } catch (failure) {
      setMessage(failure instanceof Error ? failure.message : 'не заблокирована');
    }
  };

  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">Люди школы</h1>
      <div className="toolbar">
        <label className="inline">
          Поиск <input type="search" value={typed} placeholder="фамилия или логин" onChange={(event) => setTyped(event.target.value)} />
        </label>
        <label className="inline">
          Кто{' '}
          <select value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value="">все</option>
            {Object.entries(KINDS).map(([value, title]) => (
              <option key={value} value={value}>
                {title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" className="status">
        {message}
      </p>
      {people.isError && <p role="alert" className="error">{people.error.message}</p>}
      {people.data && (
        <table className="report">
          <thead>
            <tr>
              <th scope="col">ФИО</th>
              <th scope="col">Кто</th>
              <th scope="col">Учётная запись и роли</th>
            </tr>
          </thead>
          <tbody>
            {people.data.people.map((person) => {
              const name = `${person.lastName} ${person.firstName}`;
              return (
                <tr key={person.id}>
                  <th scope="row">
                    {person.lastName} {person.firstName} {person.middleName}
                  </th>
                  <td>{KINDS[person.kind] ?? person.kind}</td>
                  <td>
                    {person.accounts.length === 0 && 'нет учётной записи'}
                    {person.accounts.map((account) => (
                      <div key={account.id}>
                        <code>{account.login}</code>
                        {account.status === 'blocked' ? ' — заблокирована' : ''}: {[...new Set(account.grants.map((grant) => ROLE_NAMES[grant.role] ?? grant.role))].join(', ') || 'без ролей'}{' '}
                        {account.status !== 'blocked' && (
                          <>
                            <button type="button" className="link" onClick={() => void resetPassword(account, name)} aria-label={`Сбросить пароль: ${name}`}>
                              Сбросить пароль
                            </button>{' '}
                            <button type="button" className="link" onClick={() => void block(account, name)} aria-label={`Заблокировать: ${name}`}>
                              Заблокировать
                            </button>
                            {person.kind === 'staff' && (
                              <>
                                {' '}
                                <button type="button" className="link" aria-expanded={rolesOf === account.id} onClick={() => setRolesOf(rolesOf === account.id ? '' : account.id)} aria-label={`Роли: ${name}`}>
                                  Роли
                                </button>
                              </>
                            )}
                          </>
                        )}
                        {rolesOf === account.id && (
                          <StaffRoles
                            schoolId={schoolId}
                            accountId={account.id}
                            name={name}
                            grants={account.grants}
                            onChanged={(done) => {
                              setMessage(done);
                              void queries.invalidateQueries({ queryKey: ['people', schoolId] });
                            }}
                          />
                        )}
                      </div>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

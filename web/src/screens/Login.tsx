import { useState, type FormEvent } from 'react';
import { api, ApiError, sessions, type Session } from '../api/client';

/** Log-in with the login and password; a temporary password is changed here before the first log-in. */
export function Login() {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [mustChange, setMustChange] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setBusy(true);
    try {
      if (mustChange) {
        await api('/password', { method: 'POST', anonymous: true, body: { login, currentPassword: password, newPassword } });
        setPassword(newPassword);
        setMustChange(false);
      }
      const session = await api<Session>('/sessions', { method: 'POST', anonymous: true, body: { login, password: mustChange ? newPassword : password } });
      sessions.save(session);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 409 && /временный пароль/.test(failure.message)) {
        setMustChange(true);
        setError('Это временный пароль: придумайте свой, не короче 12 символов.');
      } else setError(failure instanceof Error ? failure.message : 'не удалось войти');
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <h1>Электронный журнал и дневник</h1>
      <form onSubmit={submit} aria-describedby={error ? 'login-error' : undefined}>
        <label>
          Логин
          <input name="login" autoComplete="username" value={login} onChange={(event) => setLogin(event.target.value)} required />
        </label>
        <label>
          {mustChange ? 'Временный пароль' : 'Пароль'}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
        </label>
        {mustChange && (
          <label>
            Новый пароль
            <input name="newPassword" type="password" autoComplete="new-password" minLength={12} value={newPassword} onChange={(event) => setNewPassword(event.target.value)} required />
          </label>
        )}
        {error && (
          <p id="login-error" role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {mustChange ? 'Сменить пароль и войти' : 'Войти'}
        </button>
      </form>
    </main>
  );
}

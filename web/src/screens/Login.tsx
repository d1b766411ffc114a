import { useState, type FormEvent } from 'react';
import { api, ApiError, sessions, type Session } from '../api/client';
import { FormError, useFields } from './parts';
import { SignOnLink } from './SignOn';

/** Log-in with the login and password; a temporary password is changed here before the first log-in. */
export function Login() {
  const [way, setWay] = useState<'password' | 'invitation' | 'reset'>('password');
  if (way === 'invitation') return <Redeem onBack={() => setWay('password')} />;
  if (way === 'reset') return <ResetWithCode onBack={() => setWay('password')} />;
  return <PasswordLogin onCode={() => setWay('invitation')} onReset={() => setWay('reset')} />;
}

/** A new password with the one-time code from the sheet the administrator printed (the old one no longer works). */
function ResetWithCode({ onBack }: { onBack: () => void }) {
  const { fields, field } = useFields({ login: '', code: '', newPassword: '' });
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      await api('/password/reset', { method: 'POST', anonymous: true, body: fields });
      sessions.save(await api<Session>('/sessions', { method: 'POST', anonymous: true, body: { login: fields.login, password: fields.newPassword } }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'пароль не сменён');
    }
  };
  return (
    <main className="login">
      <h1>Новый пароль по коду</h1>
      <form onSubmit={submit}>
        <label>
          Логин
          <input name="login" autoComplete="username" required {...field('login')} />
        </label>
        <label>
          Одноразовый код с листа
          <input name="code" autoComplete="one-time-code" required {...field('code')} />
        </label>
        <label>
          Новый пароль (не короче 12 символов)
          <input name="newPassword" type="password" autoComplete="new-password" minLength={12} required {...field('newPassword')} />
        </label>
        <FormError error={error} />
        <button type="submit">Сменить пароль и войти</button>
      </form>
      <p>
        <button type="button" className="link" onClick={onBack}>
          Назад ко входу
        </button>
      </p>
    </main>
  );
}

/** The first entry of a parent or pupil: the code from the class teacher, and the login and password they choose (004 §3.2). */
function Redeem({ onBack }: { onBack: () => void }) {
  const { fields, field } = useFields({ code: '', lastName: '', firstName: '', login: '', password: '' });
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    try {
      sessions.save(await api<Session>('/invitations/redeem', { method: 'POST', anonymous: true, body: fields }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'код не принят');
    }
  };
  return (
    <main className="login">
      <h1>Вход по коду приглашения</h1>
      <form onSubmit={submit}>
        <label>
          Код из приглашения
          <input name="code" autoComplete="one-time-code" required {...field('code')} />
        </label>
        <label>
          Ваша фамилия
          <input name="lastName" autoComplete="family-name" required {...field('lastName')} />
        </label>
        <label>
          Ваше имя
          <input name="firstName" autoComplete="given-name" required {...field('firstName')} />
        </label>
        <label>
          Придумайте логин
          <input name="login" autoComplete="username" required {...field('login')} />
        </label>
        <label>
          Придумайте пароль (не короче 12 символов)
          <input name="password" type="password" autoComplete="new-password" minLength={12} required {...field('password')} />
        </label>
        <FormError error={error} />
        <button type="submit">Войти</button>
      </form>
      <p>
        <button type="button" className="link" onClick={onBack}>
          У меня уже есть логин и пароль
        </button>
      </p>
    </main>
  );
}

function PasswordLogin({ onCode, onReset }: { onCode: () => void; onReset: () => void }) {
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
      <SignOnLink />
      <p>
        <button type="button" className="link" onClick={onCode}>
          У меня есть код приглашения
        </button>
      </p>
      <p>
        <button type="button" className="link" onClick={onReset}>
          Сбросить пароль по коду
        </button>
      </p>
    </main>
  );
}

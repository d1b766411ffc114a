// The regional sign-on (the regional portal, ESIA in production) in the browser: the way in on the
// log-in page, the page the portal sends the browser back to, and linking one's own account to it.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, sessions, type Session } from '../api/client';
import { ROLE_NAMES, type Me } from '../api/me';

/** Whether the region has set the portal up (asked once; the log-in page offers it only then). */
export const useSignOn = () => useQuery({ queryKey: ['sign-on'], queryFn: () => api<{ enabled: boolean }>('/sign-on', { anonymous: true }), staleTime: Number.POSITIVE_INFINITY, retry: false });

/** The portal's button on the log-in page: a plain link, the browser leaves for the portal. */
export function SignOnLink() {
  const signOn = useSignOn();
  if (!signOn.data?.enabled) return null;
  return (
    <p>
      <a className="button-link" href="/api/v1/sso/login">
        Войти через региональный портал
      </a>
    </p>
  );
}

// One completion per address: a code and its state are good once (React may run an effect twice).
const completions = new Map<string, Promise<Session>>();

/**
 * Where the portal sends the browser back (through the gateway's callback): the code and state in the
 * address complete the sign-on (POST /api/v1/sso/session) and the session is kept as a password log-in
 * keeps it; the address is then replaced, so the code is not left in the history.
 */
export function SignOnReturn() {
  const navigate = useNavigate();
  const [error, setError] = useState('');
  useEffect(() => {
    const search = new URLSearchParams(window.location.search);
    const body = { code: search.get('code') ?? '', state: search.get('state') ?? '' };
    const key = `${body.code}|${body.state}`;
    if (!completions.has(key)) completions.set(key, api<Session>('/sso/session', { method: 'POST', anonymous: true, body }));
    completions.get(key)!.then(
      (session) => {
        sessions.save(session);
        navigate('/', { replace: true });
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : 'вход через портал не завершён'),
    );
  }, [navigate]);
  return (
    <main className="login">
      <h1>Вход через региональный портал</h1>
      {error ? (
        <>
          <p role="alert" className="error">
            {error}
          </p>
          <p>
            <a href="/">На страницу входа</a>
          </p>
        </>
      ) : (
        <p aria-live="polite">Завершаем вход…</p>
      )}
    </main>
  );
}

/**
 * The signed-in person's account: their roles, and — where the region has the portal — linking their
 * own account to their identity there (only the account holder does it; nobody links another's), after which the
 * portal's button signs them in.
 */
export function Account({ me }: { me: Me }) {
  const signOn = useSignOn();
  const [error, setError] = useState('');
  const link = async () => {
    setError('');
    try {
      const { authorizationUrl } = await api<{ authorizationUrl: string }>('/sso/link', { method: 'POST' });
      window.location.assign(authorizationUrl);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'привязка не начата');
    }
  };
  const roles = [...new Set(me.grants.map((grant) => ROLE_NAMES[grant.role] ?? grant.role))];
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">Учётная запись</h1>
      <p>Роли: {roles.join(', ') || 'нет'}</p>
      {signOn.data?.enabled && (
        <>
          <h2>Вход через региональный портал</h2>
          <p>Привяжите свою учётную запись к порталу, чтобы входить без пароля: портал спросит ваш вход, и журнал запомнит, кто вы там.</p>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="button" onClick={() => void link()}>
            Привязать вход через портал
          </button>
        </>
      )}
      <p>
        <Link to="/">На главную</Link>
      </p>
    </section>
  );
}

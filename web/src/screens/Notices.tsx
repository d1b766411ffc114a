import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { diaryChildren, type Me } from '../api/me';
import { MANAGING_ROLES, STAFF_ROLES } from '../api/messaging';
import { deliveryText, EmailFailure, KIND_TITLES, moment, FAMILY_KINDS, NOTICE_KINDS, PersonName, STAFF_KINDS, usePreferences, type NoticeList, type NoticePreferences } from './messaging-parts';
import { failureText, useOutcome } from '../api/outcome';
import { OutcomeLines } from './parts';

function NoticeTabs({ current }: { current: 'list' | 'settings' }) {
  return (
    <nav className="tabs" aria-label="Разделы уведомлений">
      <Link to="/notices" aria-current={current === 'list' ? 'page' : undefined}>
        Все уведомления
      </Link>
      <Link to="/notices/settings" aria-current={current === 'settings' ? 'page' : undefined}>
        Настройки
      </Link>
    </nav>
  );
}

/**
 * The caller's notices, newest first (the in-app inbox is where every notice arrives): unread ones
 * marked, and where each one's e-mail stands (sent, waiting for the quiet hours or the digest, failed).
 */
export function Notices({ me }: { me: Me }) {
  const queries = useQueryClient();
  const notices = useInfiniteQuery({
    queryKey: ['notices'],
    queryFn: ({ pageParam }) => api<NoticeList>(`/notices?limit=30${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor || undefined,
    refetchInterval: 60_000,
  });
  const preferences = usePreferences();
  const outcome = useOutcome();
  // A parent of several children is told whose notice it is.
  const severalChildren = diaryChildren(me).length > 1;
  const list = notices.data?.pages.flatMap((page) => page.notices) ?? [];
  const unread = notices.data?.pages[0]?.unread ?? 0;

  const markAll = () =>
    outcome.attempt(
      async () => {
        await api<NoticeList>('/notices/read', { method: 'POST', body: {} });
        await queries.invalidateQueries({ queryKey: ['notices'] });
        void queries.invalidateQueries({ queryKey: ['unread-counts'] });
      },
      'Все уведомления отмечены прочитанными',
      'уведомления не отмечены',
    );

  return (
    <section aria-labelledby="notices-title">
      <h1 id="notices-title">Уведомления</h1>
      <NoticeTabs current="list" />
      <EmailFailure preferences={preferences.data} />
      <div className="toolbar">
        <span>{notices.data ? (unread > 0 ? `Непрочитанных: ${unread}` : 'Все прочитаны') : ''}</span>
        <button type="button" onClick={() => void markAll()} disabled={outcome.busy || unread === 0}>
          Отметить все прочитанными
        </button>
      </div>
      <OutcomeLines message={outcome.message} error={outcome.error} />
      {notices.isPending && <p>Загрузка…</p>}
      {notices.isError && <p role="alert" className="error">{failureText(notices.error, 'уведомления не загружены')}</p>}
      {notices.data && list.length === 0 && <p>Уведомлений пока нет. Здесь появятся новые отметки, пропуски, домашние задания, изменения в расписании и сообщения; как они приходят на почту — в разделе «Настройки».</p>}
      {list.length > 0 && (
        <ol className="notices">
          {list.map((notice) => (
            <li key={notice.noticeId} className={notice.read ? undefined : 'unread'}>
              <p className="notice-head">
                {!notice.read && <span className="badge">новое</span>} <strong>{notice.title}</strong>
              </p>
              <p className="text">{notice.text}</p>
              <p className="muted">
                {moment(notice.createdAt)} · {KIND_TITLES[notice.kind] ?? 'уведомление'}
                {severalChildren && notice.studentId && (
                  <>
                    {' '}
                    · <PersonName personId={notice.studentId} fallback="ребёнок" />
                  </>
                )}
                {notice.deliveries.length > 0 && ` · ${notice.deliveries.map((delivery) => deliveryText(delivery)).join('; ')}`}
              </p>
            </li>
          ))}
        </ol>
      )}
      {notices.hasNextPage && (
        <button type="button" onClick={() => void notices.fetchNextPage()} disabled={notices.isFetchingNextPage}>
          Ещё
        </button>
      )}
    </section>
  );
}

type Channel = 'inbox' | 'email' | 'digest';
const CHANNELS: Array<[Channel, string]> = [
  ['inbox', 'только в дневнике'],
  ['email', 'на почту сразу'],
  ['digest', 'в сводку'],
];
const WEEKDAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];
/** Every half hour of the day, «00:00»…«23:30». */
const HALF_HOURS = Array.from({ length: 48 }, (_, index) => `${String(Math.floor(index / 2)).padStart(2, '0')}:${index % 2 ? '30' : '00'}`);

/** A time of day, always 24-hour (a browser's own time field may show AM/PM); a saved time off the half-hours stays a choice. */
function TimeSelect({ value, onChange }: { value: string; onChange: (time: string) => void }) {
  const times = value && !HALF_HOURS.includes(value) ? [...HALF_HOURS, value].sort() : HALF_HOURS;
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)}>
      {times.map((time) => (
        <option key={time} value={time}>
          {time}
        </option>
      ))}
    </select>
  );
}

const channelOf = (choice: { email: boolean; digest: boolean } | undefined): Channel => (choice?.email ? 'email' : choice?.digest ? 'digest' : 'inbox');

/** How notices reach the caller by e-mail: per kind, the quiet hours and the digest; the address is the school's to keep. */
export function NoticeSettings({ me }: { me: Me }) {
  const preferences = usePreferences();
  // Reports of messages go to the school's administration only: nobody else chooses how they come.
  const administration = me.grants.some((grant) => MANAGING_ROLES.includes(grant.role));
  const staff = me.grants.some((grant) => STAFF_ROLES.includes(grant.role));
  return (
    <section aria-labelledby="notice-settings-title">
      <h1 id="notice-settings-title">Уведомления</h1>
      <NoticeTabs current="settings" />
      {preferences.isPending && <p>Загрузка…</p>}
      {preferences.isError && <p role="alert" className="error">{failureText(preferences.error, 'настройки не загружены')}</p>}
      {preferences.data && <PreferencesForm saved={preferences.data} kinds={NOTICE_KINDS.filter(([kind]) => (kind === 'message-reported' ? administration : STAFF_KINDS.includes(kind) ? staff : FAMILY_KINDS.includes(kind) ? !staff : true))} />}
    </section>
  );
}

function PreferencesForm({ saved, kinds: shown }: { saved: NoticePreferences; kinds: typeof NOTICE_KINDS }) {
  const queries = useQueryClient();
  const [channels, setChannels] = useState<Record<string, Channel>>(() => Object.fromEntries(NOTICE_KINDS.map(([kind]) => [kind, channelOf(saved.kinds.find((entry) => entry.kind === kind))])));
  const [quietFrom, setQuietFrom] = useState(saved.quietFrom);
  const [quietUntil, setQuietUntil] = useState(saved.quietUntil);
  const [digest, setDigest] = useState(saved.digest || 'daily');
  const [digestHour, setDigestHour] = useState(saved.digestHour >= 0 ? saved.digestHour : 19);
  const [digestWeekday, setDigestWeekday] = useState(saved.digestWeekday >= 1 ? saved.digestWeekday : 5);
  const outcome = useOutcome();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const kinds = NOTICE_KINDS.map(([kind]) => ({ kind, email: channels[kind] === 'email', digest: channels[kind] === 'digest' }));
    const answer = await outcome.attempt(() => api<NoticePreferences>('/notices/preferences', { method: 'PUT', body: { kinds, quietFrom, quietUntil, digest, digestHour, digestWeekday } }), 'Настройки сохранены', 'настройки не сохранены');
    if (answer) queries.setQueryData(['notice-preferences'], answer);
  };

  return (
    <form onSubmit={submit} className="settings" aria-label="Настройки уведомлений">
      <EmailFailure preferences={saved} />
      <section aria-labelledby="email-title">
        <h2 id="email-title">Почта</h2>
        <label>
          Адрес для писем
          <input readOnly value={saved.email || 'не указан'} aria-describedby="email-note" />
        </label>
        <p id="email-note" className="muted">
          Адрес хранит школа: чтобы указать или изменить его, обратитесь к классному руководителю или в администрацию школы.
          {!saved.email && ' Пока адреса нет, уведомления видны только здесь, в дневнике.'}
        </p>
      </section>
      <fieldset>
        <legend>Как приходят уведомления</legend>
        <p className="muted">Все уведомления всегда видны здесь, в дневнике. Письмо «сразу» в тихие часы ждёт их окончания; «в сводку» — одно письмо со всеми такими уведомлениями.</p>
        <div className="kinds">
          {shown.map(([kind, title]) => (
            <label key={kind}>
              {title}
              <select value={channels[kind]} onChange={(event) => setChannels((before) => ({ ...before, [kind]: event.target.value as Channel }))}>
                {CHANNELS.map(([value, words]) => (
                  <option key={value} value={value}>
                    {words}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Тихие часы</legend>
        <p className="muted">В это время письма не отправляются: они уйдут, когда тихие часы закончатся. Одинаковое время — без тихих часов.</p>
        <div className="toolbar">
          <label className="inline">
            <span><span className="visually-hidden">Тихие часы </span>с</span> <TimeSelect value={quietFrom} onChange={setQuietFrom} />
          </label>
          <label className="inline">
            <span><span className="visually-hidden">Тихие часы </span>до</span> <TimeSelect value={quietUntil} onChange={setQuietUntil} />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>Сводка</legend>
        <div className="toolbar">
          <label className="inline">
            Как часто
            <select value={digest} onChange={(event) => setDigest(event.target.value as NoticePreferences['digest'])}>
              <option value="daily">каждый день</option>
              <option value="weekly">раз в неделю</option>
            </select>
          </label>
          {digest === 'weekly' && (
            <label className="inline">
              День недели
              <select value={digestWeekday} onChange={(event) => setDigestWeekday(Number(event.target.value))}>
                {WEEKDAYS.map((name, index) => (
                  <option key={name} value={index + 1}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="inline">
            Время
            <select value={digestHour} onChange={(event) => setDigestHour(Number(event.target.value))}>
              {Array.from({ length: 24 }, (_, hour) => (
                <option key={hour} value={hour}>
                  {String(hour).padStart(2, '0')}:00
                </option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <OutcomeLines message={outcome.message} error={outcome.error} />
      <button type="submit" disabled={outcome.busy}>
        Сохранить настройки
      </button>
    </form>
  );
}

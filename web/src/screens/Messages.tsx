import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, openFromApi } from '../api/client';
import type { Me } from '../api/me';
import { messagingSchools } from '../api/messaging';
import { fold, moment, SchoolPicker, type Participant, type Thread, type ThreadList, type ThreadMessage } from './messaging-parts';
import { failureText, useOutcome } from '../api/outcome';
import { FormActions, FormError, OutcomeLines } from './parts';

/** Ctrl+Enter (⌘+Enter on a Mac) in a text box sends its form, as in mail programs. */
function sendOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}

/**
 * The caller's conversations with the school or the families (002 §2.2), newest first: unread ones
 * bold with their count; a search over subjects, names and last messages; «Ещё» for older ones.
 */
export function MessageList({ me }: { me: Me }) {
  const [typed, setTyped] = useState('');
  // The list follows the search a moment after the typing stops, not at every letter.
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const threads = useInfiniteQuery({
    queryKey: ['threads', query],
    queryFn: ({ pageParam }) => api<ThreadList>(`/messages/threads?limit=20${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}${query ? `&q=${encodeURIComponent(query)}` : ''}`),
    initialPageParam: '',
    getNextPageParam: (page) => page.nextCursor || undefined,
    placeholderData: keepPreviousData,
    // New messages come by the inbox's live signal (useInboxSignals); this is the fallback without it.
    refetchInterval: 120_000,
  });
  const list = threads.data?.pages.flatMap((page) => page.threads) ?? [];

  return (
    <section aria-labelledby="messages-title">
      <h1 id="messages-title">Сообщения</h1>
      <div className="toolbar">
        <Link to="/messages/new" className="button-link">
          Новое сообщение
        </Link>
        <label className="inline">
          Поиск <input type="search" value={typed} maxLength={100} placeholder="тема, имя или текст" onChange={(event) => setTyped(event.target.value)} />
        </label>
      </div>
      {threads.isPending && <p>Загрузка…</p>}
      {threads.isError && <p role="alert" className="error">{failureText(threads.error, 'сообщения не загружены')}</p>}
      {threads.data && list.length === 0 && (query ? <p>Ничего не найдено: измените запрос поиска.</p> : <p>Сообщений пока нет. Чтобы написать учителю, классному руководителю или в администрацию школы, нажмите «Новое сообщение».</p>)}
      {list.length > 0 && (
        <ul className="threads">
          {list.map((thread) => {
            const last = thread.messages[0];
            return (
              <li key={thread.threadId} className={thread.unread > 0 ? 'unread' : undefined}>
                <Link to={`/messages/${thread.threadId}`}>
                  <span className="thread-head">
                    <span className="subject">{thread.subject}</span>
                    {thread.unread > 0 && (
                      <span className="count">
                        {thread.unread}
                        <span className="visually-hidden"> непрочитанных</span>
                      </span>
                    )}
                    <span className="muted when">{moment(thread.lastMessageAt)}</span>
                  </span>
                  <span className="muted names">{thread.participants.map((participant) => participant.name).filter(Boolean).join(', ')}</span>
                  {last?.text && (
                    <span className="last">
                      {last.authorId === me.personId ? 'Вы: ' : ''}
                      {last.text}
                    </span>
                  )}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {threads.hasNextPage && (
        <button type="button" onClick={() => void threads.fetchNextPage()} disabled={threads.isFetchingNextPage}>
          Ещё
        </button>
      )}
    </section>
  );
}

/** «Иванова Мария Петровна — сегодня 12:05, Петрова Анна — вчера 18:40» */
function receiptsText(message: ThreadMessage, nameOf: (personId: string) => string): string {
  return message.readBy.map((receipt) => `${nameOf(receipt.personId)}${receipt.readAt ? ` — ${moment(receipt.readAt)}` : ''}`).join(', ');
}

/**
 * A conversation: messages oldest to newest (own on the right, with who has read them), marked read
 * when opened; an own message nobody has read yet can be withdrawn, another's reported to the school's
 * administration; the reply box sends with Ctrl+Enter.
 */
export function ThreadView({ me }: { me: Me }) {
  const { threadId = '' } = useParams();
  // Another thread is another page: its reply box and messages start afresh.
  return <ThreadPage key={threadId} me={me} threadId={threadId} />;
}

function ThreadPage({ me, threadId }: { me: Me; threadId: string }) {
  const queries = useQueryClient();
  const key = ['thread', threadId];
  const thread = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => api<Thread>(`/messages/threads/${threadId}${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`),
    initialPageParam: '',
    // Pages go backwards: each answer names the messages before it.
    getNextPageParam: (page) => page.earlierCursor || undefined,
    // New messages come by the inbox's live signal (useInboxSignals); this is the fallback without it.
    refetchInterval: 120_000,
  });
  const [text, setText] = useState('');
  const outcome = useOutcome();

  /** The thread as the server answered a change (its latest messages): in place of what is shown. */
  const settle = async (answer: Thread) => {
    const shown = queries.getQueryData<InfiniteData<Thread, string>>(key);
    // With earlier pages open, they are asked again so that none is missed or shown twice.
    if (!shown || shown.pages.length === 1) queries.setQueryData<InfiniteData<Thread, string>>(key, { pages: [answer], pageParams: [''] });
    else await queries.invalidateQueries({ queryKey: key });
    void queries.invalidateQueries({ queryKey: ['threads'] });
    void queries.invalidateQueries({ queryKey: ['unread-counts'] });
  };

  // Opened (or new messages came while open): read up to now, which the others see as «Прочитано».
  const latest = thread.data?.pages[0];
  const marked = useRef('');
  useEffect(() => {
    if (!latest || latest.unread === 0 || marked.current === latest.lastMessageAt) return;
    marked.current = latest.lastMessageAt;
    // Up to the newest message shown: one that came meanwhile stays unread for its author to see (and withdraw).
    api<Thread>(`/messages/threads/${threadId}/read`, { method: 'POST', body: { upTo: latest.lastMessageAt } }).then(settle, (failure: unknown) => {
      marked.current = '';
      outcome.refuse(failureText(failure, 'переписка не отмечена прочитанной'));
    });
  }, [threadId, latest?.unread, latest?.lastMessageAt]);

  if (thread.isPending) return <p>Загрузка…</p>;
  if (!thread.data)
    return (
      <section aria-labelledby="thread-title">
        <h1 id="thread-title">Переписка</h1>
        <p role="alert" className="error">
          {failureText(thread.error, 'переписка не загружена')}
        </p>
        <Link to="/messages">← Все сообщения</Link>
      </section>
    );

  const participants = new Map<string, Participant>(thread.data.pages.flatMap((page) => page.participants).map((participant) => [participant.personId, participant]));
  const nameOf = (personId: string) => participants.get(personId)?.name || 'участник переписки';
  const others = [...participants.values()].filter((participant) => participant.personId !== me.personId);
  const seen = new Set<string>();
  const messages = [...thread.data.pages]
    .reverse()
    .flatMap((page) => page.messages)
    .filter((message) => !seen.has(message.messageId) && Boolean(seen.add(message.messageId)));
  const subject = latest?.subject ?? '';

  // On a refusal the text stays in the box, to be sent again.
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim() || outcome.busy) return;
    const answer = await outcome.attempt(() => api<Thread>(`/messages/threads/${threadId}/messages`, { method: 'POST', body: { text } }), '', 'сообщение не отправлено');
    if (!answer) return;
    setText('');
    await settle(answer);
  };

  // A file goes as a message of its own (the words in the box stay there, to be sent as they are).
  const attach = async (file: File | undefined) => {
    if (!file || outcome.busy) return;
    const answer = await outcome.attempt(() => api<Thread>(`/messages/threads/${threadId}/files?name=${encodeURIComponent(file.name)}`, { method: 'POST', file }), `Файл «${file.name}» отправлен`, `файл «${file.name}» не отправлен`);
    if (answer) await settle(answer);
  };

  const withdraw = async (message: ThreadMessage) => {
    if (!window.confirm('Отозвать сообщение? Его ещё никто не прочитал: оно исчезнет из переписки.')) return;
    await outcome.attempt(async () => settle(await api<Thread>(`/messages/threads/${threadId}/messages/${message.messageId}/withdrawal`, { method: 'POST' })), 'Сообщение отозвано', 'сообщение не отозвано');
  };

  const report = async (message: ThreadMessage) => {
    const reason = window.prompt(`Жалоба в администрацию школы на сообщение от ${nameOf(message.authorId)}. Причина (можно не указывать):`);
    if (reason === null) return;
    await outcome.attempt(() => api(`/messages/threads/${threadId}/messages/${message.messageId}/report`, { method: 'POST', body: reason.trim() ? { reason: reason.trim() } : {} }), 'Жалоба отправлена администрации школы', 'жалоба не отправлена');
  };

  return (
    <section aria-labelledby="thread-title">
      <p className="no-print">
        <Link to="/messages">← Все сообщения</Link>
      </p>
      <h1 id="thread-title">{subject}</h1>
      {thread.isRefetchError && (
        <p role="alert" className="error">
          Переписка не обновилась ({failureText(thread.error, 'ошибка')}): показано то, что было загружено раньше.
        </p>
      )}
      {others.length > 0 && (
        <p className="muted">
          Участники: {others.map((participant) => (participant.relation ? `${participant.name} (${participant.relation})` : participant.name)).join(', ')}
        </p>
      )}
      {thread.hasNextPage && (
        <button type="button" onClick={() => void thread.fetchNextPage()} disabled={thread.isFetchingNextPage}>
          Показать более ранние сообщения
        </button>
      )}
      <ol className="messages" aria-label="Сообщения переписки">
        {messages.map((message) => {
          const own = message.authorId === me.personId;
          const when = moment(message.sentAt);
          return (
            <li key={message.messageId} className={own ? 'own' : 'other'}>
              <p className="message-head">
                <strong>{own ? 'Вы' : nameOf(message.authorId)}</strong> <span className="muted">{when}</span>
              </p>
              {message.withdrawn ? <p className="muted text">Сообщение отозвано автором</p> : message.text && <p className="text">{message.text}</p>}
              {!message.withdrawn && message.file && (
                <p className="attachment">
                  <button type="button" className="link" onClick={() => openFromApi(`/messages/threads/${threadId}/files/${message.file!.fileId}`, { saveAs: message.file!.name }).catch((failure: Error) => outcome.refuse(failure.message))}>
                    Файл «{message.file.name}» ({Math.max(1, Math.round(message.file.size / 1024))} КБ)
                  </button>
                </p>
              )}
              {own && !message.withdrawn && (
                <p className="muted receipt">
                  {message.readBy.length > 0 ? `Прочитано: ${receiptsText(message, nameOf)}` : 'Ещё не прочитано'}{' '}
                  {message.readBy.length === 0 && (
                    <button type="button" className="link" onClick={() => void withdraw(message)} aria-label={`Отозвать сообщение от ${when}`}>
                      Отозвать
                    </button>
                  )}
                </p>
              )}
              {!own && !message.withdrawn && (
                <p className="receipt">
                  <button type="button" className="link" onClick={() => void report(message)} aria-label={`Пожаловаться на сообщение от ${nameOf(message.authorId)}, ${when}`}>
                    Пожаловаться
                  </button>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <OutcomeLines message={outcome.message} error={outcome.error} />
      <form onSubmit={send} className="reply">
        <label>
          Ответ
          <textarea value={text} rows={4} maxLength={5000} aria-describedby="reply-hint" onChange={(event) => setText(event.target.value)} onKeyDown={sendOnCtrlEnter} />
        </label>
        <p id="reply-hint" className="muted">
          Ctrl+Enter — отправить
        </p>
        <button type="submit" disabled={outcome.busy || !text.trim()}>
          Отправить
        </button>{' '}
        <label className="file-pick">
          Приложить файл (до 5 МБ)
          <input type="file" disabled={outcome.busy} accept=".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.txt,.jpg,.jpeg,.png,.mp3" onChange={(event) => void attach(event.target.files?.[0]).finally(() => (event.target.value = ''))} />
        </label>
      </form>
    </section>
  );
}

const SHOWN = 50;

/** A new conversation: recipients from those the caller may write to (by name or who they are), a subject, the text. */
export function NewMessage({ me }: { me: Me }) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const schools = messagingSchools(me);
  const [schoolId, setSchoolId] = useState(schools[0] ?? '');
  const correspondents = useQuery({
    queryKey: ['correspondents', schoolId],
    queryFn: () => api<{ correspondents: Participant[] }>(`/schools/${schoolId}/correspondents`),
    enabled: schoolId !== '',
    staleTime: 300_000,
  });
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [subject, setSubject] = useState('');
  const [text, setText] = useState('');
  const outcome = useOutcome();

  const everyone = correspondents.data?.correspondents ?? [];
  const byId = new Map(everyone.map((person) => [person.personId, person]));
  const wanted = fold(filter.trim());
  const matching = wanted ? everyone.filter((person) => fold(`${person.name} ${person.relation}`).includes(wanted)) : everyone;
  const toggle = (personId: string, on: boolean) => setChosen((before) => (on ? [...before.filter((id) => id !== personId), personId] : before.filter((id) => id !== personId)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (outcome.busy) return;
    if (chosen.length === 0) return outcome.refuse('Выберите хотя бы одного адресата');
    const thread = await outcome.attempt(() => api<Thread>('/messages/threads', { method: 'POST', body: { schoolId, subject, participantIds: chosen, text } }), '', 'сообщение не отправлено');
    if (!thread) return;
    void queries.invalidateQueries({ queryKey: ['threads'] });
    navigate(`/messages/${thread.threadId}`);
  };

  if (schools.length === 0) return <p>У этой учётной записи нет переписки со школой.</p>;
  return (
    <form onSubmit={submit} className="record message-form" aria-labelledby="new-message-title">
      <h1 id="new-message-title">Новое сообщение</h1>
      <SchoolPicker
        schools={schools}
        value={schoolId}
        onChange={(next) => {
          setSchoolId(next);
          setChosen([]);
        }}
      />
      <fieldset className="recipients">
        <legend>Кому</legend>
        {chosen.length > 0 && (
          <ul className="chosen" aria-label="Выбранные адресаты">
            {chosen.map((personId) => (
              <li key={personId}>
                {byId.get(personId)?.name ?? 'адресат'}{' '}
                <button type="button" className="link" onClick={() => toggle(personId, false)} aria-label={`Убрать адресата: ${byId.get(personId)?.name ?? ''}`}>
                  убрать
                </button>
              </li>
            ))}
          </ul>
        )}
        <label>
          Найти адресата
          <input type="search" autoFocus value={filter} placeholder="фамилия или кто это: учитель, классный руководитель…" onChange={(event) => setFilter(event.target.value)} />
        </label>
        {correspondents.isPending && schoolId !== '' && <p>Загрузка…</p>}
        {correspondents.isError && <p role="alert" className="error">{failureText(correspondents.error, 'список адресатов не загружен')}</p>}
        {correspondents.data && everyone.length === 0 && <p>Писать пока некому: в школе нет тех, кому вы можете написать.</p>}
        {correspondents.data && everyone.length > 0 && matching.length === 0 && <p>Никого не найдено: измените поиск.</p>}
        {matching.length > 0 && (
          <ul className="people">
            {matching.slice(0, SHOWN).map((person) => (
              <li key={person.personId}>
                <label className="inline">
                  <input type="checkbox" checked={chosen.includes(person.personId)} onChange={(event) => toggle(person.personId, event.target.checked)} />
                  <span>
                    {person.name} <span className="muted">— {person.relation}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {matching.length > SHOWN && <p className="muted">Показаны первые {SHOWN} из {matching.length}: уточните поиск.</p>}
      </fieldset>
      <label>
        Тема
        <input required maxLength={200} value={subject} onChange={(event) => setSubject(event.target.value)} />
      </label>
      <label>
        Текст сообщения
        <textarea required rows={6} maxLength={5000} value={text} aria-describedby="new-message-hint" onChange={(event) => setText(event.target.value)} onKeyDown={sendOnCtrlEnter} />
      </label>
      <p id="new-message-hint" className="muted">
        Ctrl+Enter — отправить
      </p>
      <FormError error={outcome.error} />
      <FormActions submit="Отправить" onCancel={() => navigate('/messages')} disabled={outcome.busy} />
    </form>
  );
}

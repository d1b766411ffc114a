import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import type { Me } from '../api/me';
import { MANAGING_ROLES, messagingSchools, STAFF_ROLES } from '../api/messaging';
import { useSchoolClass, useSchoolClasses } from '../api/school';
import { today } from '../format';
import { calendarDay, moment, SchoolPicker, type Announcement } from './messaging-parts';
import { failureText } from '../api/outcome';
import { ClassName, FormActions, FormError } from './parts';


function ClassOption({ classId }: { classId: string }) {
  const found = useSchoolClass(classId);
  return <option value={classId}>{found.data?.name ?? 'класс'}</option>;
}


/**
 * The school's announcements (000 §9.2): everyone reads those meant for them and confirms «ознакомлен»
 * where asked; the administration publishes to the school, a grade or a class, a class teacher to their
 * class; the author and the administration see who has confirmed.
 */
export function Announcements({ me }: { me: Me }) {
  const queries = useQueryClient();
  const schools = messagingSchools(me);
  const [schoolId, setSchoolId] = useState(schools[0] ?? '');
  const key = ['announcements', schoolId];
  const announcements = useQuery({ queryKey: key, queryFn: () => api<{ announcements: Announcement[] }>(`/schools/${schoolId}/announcements`), enabled: schoolId !== '', refetchInterval: 60_000 });
  const inSchool = me.grants.filter((grant) => grant.schoolId === schoolId);
  const manages = inSchool.some((grant) => MANAGING_ROLES.includes(grant.role));
  const staff = inSchool.some((grant) => STAFF_ROLES.includes(grant.role));
  const keptClasses = [...new Set(inSchool.filter((grant) => grant.role === 'class_teacher' && grant.classId).map((grant) => grant.classId!))];
  const mayPublish = manages || keptClasses.length > 0;
  const [writing, setWriting] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  const confirm = async (item: Announcement) => {
    setError('');
    setStatus('');
    try {
      const answer = await api<Announcement>(`/announcements/${item.announcementId}/confirmation`, { method: 'POST' });
      queries.setQueryData<{ announcements: Announcement[] }>(key, (before) => before && { announcements: before.announcements.map((entry) => (entry.announcementId === answer.announcementId ? answer : entry)) });
      void queries.invalidateQueries({ queryKey: ['unread-counts'] });
      setStatus(`Отмечено: вы ознакомились с объявлением «${item.title}»`);
    } catch (failure) {
      setError(failureText(failure, 'не отмечено'));
    }
  };

  const audienceText = (item: Announcement) => {
    if (item.audience.kind === 'school') return 'всей школе';
    if (item.audience.kind === 'grade') return `${item.audience.target}-м классам`;
    if (item.audience.kind === 'class') return staff ? <>классу <ClassName classId={item.audience.target} /></> : 'вашему классу';
    if (item.audience.kind === 'group') return 'группе класса';
    return 'группе';
  };
  const shownWhen = (item: Announcement) => {
    const from = item.visibleFrom ? `с ${calendarDay(item.visibleFrom)}` : '';
    const until = item.visibleUntil ? `по ${calendarDay(item.visibleUntil)}` : '';
    const day = today();
    const state = item.visibleFrom > day ? ' (ещё не показывается)' : item.visibleUntil && item.visibleUntil < day ? ' (больше не показывается)' : '';
    return from || until ? `показывается ${[from, until].filter(Boolean).join(' ')}${staff ? state : ''}` : '';
  };

  const list = announcements.data?.announcements ?? [];
  return (
    <section aria-labelledby="announcements-title">
      <h1 id="announcements-title">Объявления</h1>
      <div className="toolbar">
        <SchoolPicker
          schools={schools}
          value={schoolId}
          onChange={(next) => {
            setSchoolId(next);
            setWriting(false);
          }}
        />
        {mayPublish && !writing && (
          <button type="button" onClick={() => setWriting(true)}>
            Новое объявление
          </button>
        )}
      </div>
      {writing && (
        <AnnouncementForm
          key={schoolId}
          schoolId={schoolId}
          manages={manages}
          keptClasses={keptClasses}
          onClose={(published) => {
            setWriting(false);
            if (published) {
              setStatus(`Объявление «${published.title}» опубликовано`);
              void queries.invalidateQueries({ queryKey: key });
            }
          }}
        />
      )}
      <p role="status" className="status">
        {status}
      </p>
      <FormError error={error} />
      {announcements.isPending && schoolId !== '' && <p>Загрузка…</p>}
      {announcements.isError && <p role="alert" className="error">{failureText(announcements.error, 'объявления не загружены')}</p>}
      {announcements.data && list.length === 0 && <p>Объявлений нет.{mayPublish ? ' Чтобы написать объявление, нажмите «Новое объявление».' : ' Здесь появятся объявления школы и классного руководителя.'}</p>}
      {list.map((item) => {
        const seesConfirmations = item.authorId === me.personId || manages;
        // Families confirm what is addressed to them; staff, an announcement to the whole school not their own.
        const asksMe = item.requiresConfirmation && item.authorId !== me.personId && (!staff || item.audience.kind === 'school');
        return (
          <article key={item.announcementId} className="announcement" aria-labelledby={`announcement-${item.announcementId}`}>
            <h2 id={`announcement-${item.announcementId}`}>{item.title}</h2>
            <p className="muted">
              {item.authorName || 'Школа'}, {moment(item.publishedAt)} · кому: {audienceText(item)}
              {shownWhen(item) && ` · ${shownWhen(item)}`}
            </p>
            <p className="text">{item.text}</p>
            {asksMe &&
              (item.confirmed ? (
                <p className="confirmed">✓ Вы ознакомились</p>
              ) : (
                <button type="button" onClick={() => void confirm(item)} aria-label={`Ознакомлен: ${item.title}`}>
                  Ознакомлен
                </button>
              ))}
            {seesConfirmations && item.requiresConfirmation && (
              <details>
                <summary>Ознакомились: {item.confirmations.length}</summary>
                {item.confirmations.length === 0 ? (
                  <p>Пока никто не отметил «ознакомлен».</p>
                ) : (
                  <ul>
                    {item.confirmations.map((confirmation) => (
                      <li key={confirmation.personId}>
                        {confirmation.name || 'без имени'} — {moment(confirmation.confirmedAt)}
                      </li>
                    ))}
                  </ul>
                )}
              </details>
            )}
          </article>
        );
      })}
    </section>
  );
}

type AudienceKind = 'school' | 'grade' | 'class' | 'group';

function AnnouncementForm({ schoolId, manages, keptClasses, onClose }: { schoolId: string; manages: boolean; keptClasses: string[]; onClose: (published?: Announcement) => void }) {
  const [kind, setKind] = useState<AudienceKind>(manages ? 'school' : 'class');
  const [grade, setGrade] = useState('5');
  const [classId, setClassId] = useState(manages ? '' : (keptClasses[0] ?? ''));
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [visibleFrom, setVisibleFrom] = useState('');
  const [visibleUntil, setVisibleUntil] = useState('');
  const [requiresConfirmation, setRequiresConfirmation] = useState(false);
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const school = useSchoolClasses(schoolId, manages);
  const chosenClass = classId || (manages ? (school.classes[0]?.id ?? '') : '');
  // A group of the chosen class (split subjects): its pupils' families only.
  const groups = useSchoolClass(kind === 'group' ? chosenClass : '').data?.groups ?? [];
  const [groupId, setGroupId] = useState('');
  const chosenGroup = groups.some((group) => group.id === groupId) ? groupId : (groups[0]?.id ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if ((kind === 'class' || kind === 'group') && !chosenClass) {
      setError('Выберите класс');
      return;
    }
    if (kind === 'group' && !chosenGroup) {
      setError('В этом классе нет групп');
      return;
    }
    setError('');
    setSending(true);
    try {
      const target = kind === 'grade' ? grade : kind === 'class' ? chosenClass : kind === 'group' ? chosenGroup : undefined;
      const published = await api<Announcement>(`/schools/${schoolId}/announcements`, {
        method: 'POST',
        body: { audience: { kind, ...(target ? { target } : {}) }, title, text, ...(visibleFrom ? { visibleFrom } : {}), ...(visibleUntil ? { visibleUntil } : {}), requiresConfirmation },
      });
      onClose(published);
    } catch (failure) {
      setError(failureText(failure, 'объявление не опубликовано'));
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={submit} className="record" aria-labelledby="announcement-form-title">
      <h2 id="announcement-form-title">Новое объявление</h2>
      <label>
        Кому
        <select autoFocus value={kind} onChange={(event) => setKind(event.target.value as AudienceKind)}>
          {manages && <option value="school">всей школе</option>}
          {manages && <option value="grade">параллели</option>}
          <option value="class">классу</option>
          <option value="group">группе класса</option>
        </select>
      </label>
      {kind === 'grade' && (
        <label>
          Параллель
          <select value={grade} onChange={(event) => setGrade(event.target.value)}>
            {Array.from({ length: 11 }, (_, index) => String(index + 1)).map((number) => (
              <option key={number} value={number}>
                {number}-е классы
              </option>
            ))}
          </select>
        </label>
      )}
      {(kind === 'class' || kind === 'group') && (
        <label>
          Класс
          {manages ? (
            <select value={chosenClass} onChange={(event) => setClassId(event.target.value)} disabled={school.classes.length === 0}>
              {school.classes.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.name}
                </option>
              ))}
            </select>
          ) : (
            <select value={chosenClass} onChange={(event) => setClassId(event.target.value)}>
              {keptClasses.map((id) => (
                <ClassOption key={id} classId={id} />
              ))}
            </select>
          )}
        </label>
      )}
      {kind === 'group' && (
        <label>
          Группа
          <select value={chosenGroup} onChange={(event) => setGroupId(event.target.value)} disabled={groups.length === 0}>
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'group' && chosenClass && groups.length === 0 && <p>В этом классе нет групп.</p>}
      {kind === 'class' && manages && school.pending && <p>Загрузка классов…</p>}
      {kind === 'class' && manages && school.error && <p role="alert" className="error">{failureText(school.error, 'классы не загружены')}</p>}
      {kind === 'class' && manages && !school.pending && !school.error && school.classes.length === 0 && <p>В текущем учебном году классов нет.</p>}
      <label>
        Заголовок
        <input required maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label>
        Текст
        <textarea required rows={6} maxLength={10000} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <div className="toolbar">
        <label className="inline">
          Показывать с <input type="date" value={visibleFrom} onChange={(event) => setVisibleFrom(event.target.value)} />
        </label>
        <label className="inline">
          <span><span className="visually-hidden">Показывать </span>по</span> <input type="date" value={visibleUntil} min={visibleFrom || undefined} onChange={(event) => setVisibleUntil(event.target.value)} />
        </label>
      </div>
      <p className="muted">Без даты начала — с сегодняшнего дня; без даты окончания — без срока.</p>
      <label className="inline">
        <input type="checkbox" checked={requiresConfirmation} onChange={(event) => setRequiresConfirmation(event.target.checked)} /> Попросить отметить «ознакомлен»
      </label>
      <FormError error={error} />
      <FormActions submit="Опубликовать" onCancel={() => onClose()} disabled={sending} />
    </form>
  );
}

// What the messaging screens (messages, notices, announcements) share: the API's shapes, times as
// people read them, the words for notices and their delivery.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export interface Participant {
  personId: string;
  name: string;
  relation: string;
}

export interface ThreadMessage {
  messageId: string;
  authorId: string;
  text: string;
  sentAt: string;
  withdrawn: boolean;
  readBy: Array<{ personId: string; readAt: string | null }>;
  /** The file the message carries, if any. */
  file: { fileId: string; name: string; contentType: string; size: number } | null;
}

export interface Thread {
  threadId: string;
  schoolId: string;
  subject: string;
  participants: Participant[];
  messages: ThreadMessage[];
  unread: number;
  lastMessageAt: string;
  earlierCursor: string;
}

export interface ThreadList {
  threads: Thread[];
  nextCursor: string;
}

export interface Delivery {
  channel: string;
  status: 'pending' | 'deferred' | 'sent' | 'failed';
  dueAt: string | null;
  sentAt: string | null;
  error: string;
}

export interface Notice {
  noticeId: string;
  kind: string;
  title: string;
  text: string;
  createdAt: string;
  read: boolean;
  studentId: string;
  deliveries: Delivery[];
}

export interface NoticeList {
  notices: Notice[];
  nextCursor: string;
  unread: number;
}

export interface NoticePreferences {
  kinds: Array<{ kind: string; email: boolean; digest: boolean }>;
  quietFrom: string;
  quietUntil: string;
  digest: 'daily' | 'weekly';
  digestHour: number;
  digestWeekday: number;
  /** Read only: kept by the school. */
  email: string;
  emailFailure: string;
}

export interface Announcement {
  announcementId: string;
  schoolId: string;
  audience: { kind: string; target: string };
  title: string;
  text: string;
  visibleFrom: string;
  visibleUntil: string;
  requiresConfirmation: boolean;
  authorId: string;
  authorName: string;
  publishedAt: string;
  confirmed: boolean;
  confirmations: Array<{ personId: string; name: string; confirmedAt: string | null }>;
}

/** The kinds of notice a person chooses channels for, in the order the settings list them. */
export const NOTICE_KINDS: Array<[kind: string, title: string]> = [
  ['mark', 'новая оценка'],
  ['mark-corrected', 'исправление оценки'],
  ['mark-over-absence', 'оценка за пропущенный урок'],
  ['absence', 'пропуск урока'],
  ['absence-corrected', 'исправление причины пропуска'],
  ['homework', 'домашнее задание'],
  ['final-at-risk', 'итоговая «2» или «н/а»'],
  ['lesson-cancelled', 'отмена урока'],
  ['lesson-moved', 'перенос урока'],
  ['message', 'новое сообщение'],
  ['message-reported', 'жалоба на сообщение'],
  ['change-request-decided', 'решение по исправлению отметки'],
  ['invitation', 'код приглашения для ребёнка'],
  ['account-locked', 'блокировка учётной записи'],
  ['password-reset', 'сброс пароля'],
];

/** Kinds that concern only staff (reports go to the administration; decisions to the teacher who asked) or only families (codes for a child). */
export const STAFF_KINDS = ['message-reported', 'change-request-decided'];
export const FAMILY_KINDS = ['invitation'];
export const KIND_TITLES: Record<string, string> = { ...Object.fromEntries(NOTICE_KINDS), announcement: 'объявление' };


/** For search without case and «ё». */
export const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

const clockFormat = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long' });
const yearFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' });
const sameDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/**
 * An instant as a short time where the reader is: «12:05» today (and within the next day, for what is
 * due), «вчера 18:40», «3 декабря, 12:05», with the year when it is not this one.
 */
export function moment(iso: string | null | undefined, now = new Date()): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const clock = clockFormat.format(at);
  const ahead = at.getTime() - now.getTime();
  if (sameDay(at, now) || (ahead > 0 && ahead < 86_400_000)) return clock;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(at, yesterday)) return `вчера ${clock}`;
  return `${(at.getFullYear() === now.getFullYear() ? dayFormat : yearFormat).format(at)}, ${clock}`;
}

/** «1 сентября» for a school's calendar date (ГГГГ-ММ-ДД), never shifted by the reader's zone. */
export const calendarDay = (date: string) => (date ? new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)) : '');

/**
 * Where a notice's e-mail stands, in words: «письмо отправлено 12:05», «письмо отложено до 07:00 (тихие
 * часы)», «в сводке 19:00», «не доставлено: <ошибка>».
 */
export function deliveryText(delivery: Delivery, now = new Date()): string {
  if (delivery.status === 'failed') return `не доставлено: ${delivery.error || 'адрес не принимает почту'}`;
  if (delivery.channel === 'digest') return delivery.status === 'sent' ? `сводка отправлена ${moment(delivery.sentAt, now)}` : `в сводке ${moment(delivery.dueAt, now)}`;
  if (delivery.status === 'sent') return `письмо отправлено ${moment(delivery.sentAt, now)}`;
  if (delivery.status === 'deferred') return delivery.error ? `письмо не ушло (${delivery.error}), повторная попытка ${moment(delivery.dueAt, now)}` : `письмо отложено до ${moment(delivery.dueAt, now)} (тихие часы)`;
  return 'письмо отправляется';
}

/** A person's name the caller may read (their child, themselves), asked once (the diary asks the same). */
export function PersonName({ personId, fallback }: { personId: string; fallback: string }) {
  const person = useQuery({ queryKey: ['person', personId], queryFn: () => api<{ lastName: string; firstName: string }>(`/people/${personId}`), staleTime: 600_000, retry: false });
  return <>{person.data ? `${person.data.firstName} ${person.data.lastName}` : fallback}</>;
}

function SchoolOption({ schoolId, index }: { schoolId: string; index: number }) {
  // Staff may read the school's name; a family sees the schools numbered.
  const school = useQuery({ queryKey: ['school', schoolId], queryFn: () => api<{ shortName?: string; name?: string }>(`/schools/${schoolId}`), staleTime: 600_000, retry: false });
  return <option value={schoolId}>{school.data?.shortName || school.data?.name || `Школа ${index + 1}`}</option>;
}

/** Which school, for someone in several. */
export function SchoolPicker({ schools, value, onChange }: { schools: string[]; value: string; onChange: (schoolId: string) => void }) {
  if (schools.length < 2) return null;
  return (
    <label className="inline">
      Школа{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {schools.map((schoolId, index) => (
          <SchoolOption key={schoolId} schoolId={schoolId} index={index} />
        ))}
      </select>
    </label>
  );
}

/** The e-mail address failing, said where it will be seen: what happened and what to do. */
export function EmailFailure({ preferences }: { preferences: NoticePreferences | undefined }) {
  if (!preferences?.emailFailure) return null;
  return (
    <div role="alert" className="alert-box">
      <strong>Письма на адрес {preferences.email} не доходят:</strong> {preferences.emailFailure}. Уведомления по-прежнему видны здесь. Чтобы исправить адрес, обратитесь к классному руководителю или в администрацию школы.
    </div>
  );
}

export const usePreferences = () => useQuery({ queryKey: ['notice-preferences'], queryFn: () => api<NoticePreferences>('/notices/preferences') });

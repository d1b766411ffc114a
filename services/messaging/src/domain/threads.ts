import { FailedPrecondition, InvalidArgument, NotFound } from '@ejournal/kit';
import type { Correspondent } from './correspondence';

export const THREAD_MISSING = 'переписка не найдена';
export const RECIPIENT_MISSING = 'адресат не найден';
/** A thread holds at most this many messages; a longer conversation goes on in a new thread. */
export const MESSAGES_PER_THREAD = 1_000;
export const MAX_TEXT = 5_000;
export const MAX_SUBJECT = 200;
export const MAX_PARTICIPANTS = 60;

/** A file a message carries (its bytes are kept apart, by id). */
export interface MessageFile {
  fileId: string;
  name: string;
  contentType: string;
  size: number;
}

export interface ThreadMessage {
  messageId: string;
  authorId: string;
  text: string;
  sentAt: string;
  withdrawn: boolean;
  file?: MessageFile;
}

export interface ThreadParticipant {
  personId: string;
  name: string;
  relation: string;
  /** Up to when the participant has read the thread (ISO time; '' never). Read receipts follow from it. */
  readUntil: string;
  /** When they last marked it read. */
  readAt: string;
}

/** A conversation: its participants (fixed when it starts) and its messages, in one document. */
export interface Thread {
  _id: string;
  schoolId: string;
  subject: string;
  participants: ThreadParticipant[];
  messages: ThreadMessage[];
  lastMessageAt: string;
  /** The month after which retention may delete it (YYYY-MM; see retention.ts). */
  keptUntil: string;
  version: number;
}

const tidy = (text: string) => text.replace(/\r\n/g, '\n').trim();

export function checkedText(text: string, optional = false): string {
  const clean = tidy(text ?? '');
  if (!clean && !optional) throw new InvalidArgument('текст сообщения пуст', { text: 'напишите текст' });
  if (clean.length > MAX_TEXT) throw new InvalidArgument(`сообщение длиннее ${MAX_TEXT} символов`, { text: `не длиннее ${MAX_TEXT} символов` });
  return clean;
}

/**
 * A new thread from the caller to people they may write to. Someone the caller may not write to is
 * answered for exactly as someone who does not exist.
 */
export function startThread(input: { threadId: string; schoolId: string; subject: string; text: string; author: Correspondent; recipientIds: string[]; allowed: Correspondent[]; now: Date; keptUntil: string; messageId: string }): Thread {
  const subject = tidy(input.subject ?? '');
  if (!subject) throw new InvalidArgument('тема пуста', { subject: 'укажите тему' });
  if (subject.length > MAX_SUBJECT) throw new InvalidArgument(`тема длиннее ${MAX_SUBJECT} символов`, { subject: `не длиннее ${MAX_SUBJECT} символов` });
  const text = checkedText(input.text);
  const ids = [...new Set(input.recipientIds.filter((id) => id !== input.author.personId))];
  if (ids.length === 0) throw new InvalidArgument('нет адресатов', { participantIds: 'выберите хотя бы одного адресата' });
  if (ids.length > MAX_PARTICIPANTS) throw new InvalidArgument(`не больше ${MAX_PARTICIPANTS} адресатов`, { participantIds: `не больше ${MAX_PARTICIPANTS}` });
  const allowed = new Map(input.allowed.map((person) => [person.personId, person]));
  const recipients = ids.map((id) => {
    const person = allowed.get(id);
    if (!person) throw new NotFound(RECIPIENT_MISSING);
    return person;
  });
  const sentAt = input.now.toISOString();
  return {
    _id: input.threadId,
    schoolId: input.schoolId,
    subject,
    participants: [{ ...input.author, readUntil: sentAt, readAt: sentAt }, ...recipients.map((person) => ({ ...person, readUntil: '', readAt: '' }))],
    messages: [{ messageId: input.messageId, authorId: input.author.personId, text, sentAt, withdrawn: false }],
    lastMessageAt: sentAt,
    keptUntil: input.keptUntil,
    version: 0,
  };
}

export function isParticipant(thread: Thread, personId: string | undefined): boolean {
  return Boolean(personId) && thread.participants.some((participant) => participant.personId === personId);
}

/** A participant writes in the thread (a message with a file may have no words); their own message counts as read by them. */
export function postMessage(thread: Thread, authorId: string, text: string, messageId: string, now: Date, keptUntil: string, file?: MessageFile): Thread {
  if (!isParticipant(thread, authorId)) throw new NotFound(THREAD_MISSING);
  if (thread.messages.length >= MESSAGES_PER_THREAD) throw new FailedPrecondition(`в переписке уже ${MESSAGES_PER_THREAD} сообщений: начните новую`);
  const sentAt = laterThan(now.toISOString(), thread.lastMessageAt);
  return {
    ...thread,
    messages: [...thread.messages, { messageId, authorId, text: checkedText(text, Boolean(file)), sentAt, withdrawn: false, ...(file ? { file } : {}) }],
    participants: thread.participants.map((participant) => (participant.personId === authorId ? { ...participant, readUntil: sentAt, readAt: sentAt } : participant)),
    lastMessageAt: sentAt,
    keptUntil: keptUntil > thread.keptUntil ? keptUntil : thread.keptUntil,
  };
}

/** Keeps messages in order when clocks of two replicas differ by a little. */
function laterThan(time: string, last: string): string {
  return time > last ? time : new Date(new Date(last).getTime() + 1).toISOString();
}

/** The participant has read the thread up to now, or up to `upTo`: the newest message they were shown (null: nothing new to mark). */
export function markRead(thread: Thread, personId: string, now: Date, upTo = ''): Thread | null {
  if (!isParticipant(thread, personId)) throw new NotFound(THREAD_MISSING);
  const participant = thread.participants.find((entry) => entry.personId === personId)!;
  // No further than what the reader was shown: a message sent meanwhile is not read by them.
  const until = upTo && upTo < thread.lastMessageAt ? upTo : thread.lastMessageAt;
  if (participant.readUntil >= until) return null;
  return { ...thread, participants: thread.participants.map((entry) => (entry.personId === personId ? { ...entry, readUntil: until, readAt: now.toISOString() } : entry)) };
}

/** Who of the others has read a message, and when they had read up to (read receipts). */
export function receiptsOf(thread: Thread, message: ThreadMessage): Array<{ personId: string; readAt: string }> {
  return thread.participants.filter((participant) => participant.personId !== message.authorId && participant.readUntil >= message.sentAt).map(({ personId, readAt }) => ({ personId, readAt }));
}

/** Messages a participant has not read (others' messages after their mark). */
export function unreadBy(thread: Thread, personId: string): number {
  const readUntil = thread.participants.find((participant) => participant.personId === personId)?.readUntil ?? '';
  return thread.messages.filter((message) => message.authorId !== personId && !message.withdrawn && message.sentAt > readUntil).length;
}

/**
 * The author takes back a message nobody else has read; once read it is evidence (the record of what
 * the school and the family said) and stays as it is.
 */
export function withdrawMessage(thread: Thread, personId: string, messageId: string): Thread {
  if (!isParticipant(thread, personId)) throw new NotFound(THREAD_MISSING);
  const message = thread.messages.find((entry) => entry.messageId === messageId);
  if (!message || message.authorId !== personId) throw new NotFound('сообщение не найдено');
  if (message.withdrawn) return thread;
  if (receiptsOf(thread, message).length > 0) throw new FailedPrecondition('сообщение уже прочитано: отозвать его нельзя');
  return { ...thread, messages: thread.messages.map((entry) => (entry.messageId === messageId ? { messageId: entry.messageId, authorId: entry.authorId, sentAt: entry.sentAt, text: '', withdrawn: true } : entry)) };
}

/** A page of the thread's messages, the newest last, before the cursor (a message id). */
export function messagesPage(thread: Thread, cursor: string, limit: number): { messages: ThreadMessage[]; earlierCursor: string } {
  const end = cursor ? thread.messages.findIndex((message) => message.messageId === cursor) : thread.messages.length;
  if (end < 0) throw new InvalidArgument('неверный курсор', { cursor: 'курсор из прежнего ответа' });
  const start = Math.max(0, end - limit);
  return { messages: thread.messages.slice(start, end), earlierCursor: start > 0 ? thread.messages[start].messageId : '' };
}

/** The file of a thread's message (not of a withdrawn one), for a participant. */
export function fileOf(thread: Thread, personId: string | undefined, fileId: string): MessageFile {
  const file = isParticipant(thread, personId) ? thread.messages.find((message) => !message.withdrawn && message.file?.fileId === fileId)?.file : undefined;
  if (!file) throw new NotFound('файл не найден');
  return file;
}

/** The files a thread's messages carry (retention and withdrawal remove their bytes). */
export function filesOf(thread: Pick<Thread, 'messages'>): string[] {
  return thread.messages.flatMap((message) => (message.file ? [message.file.fileId] : []));
}

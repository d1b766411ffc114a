import { InvalidArgument } from '@ejournal/kit';
import type { Thread } from './threads';

/** A thread as it stands in one person's mailbox: enough to list it without reading the thread. */
export interface MailboxEntry {
  threadId: string;
  schoolId: string;
  subject: string;
  /** The participants' names, for the list and for search. */
  names: string;
  lastMessageAt: string;
  lastAuthorId: string;
  lastText: string;
  /** The thread's version this entry reflects (order-proof: a later version wins). */
  threadVersion: number;
  unread: number;
}

/** One person's threads (kept by messaging from its own messaging.message.posted, and on reading). */
export interface Mailbox {
  _id: string;
  threads: MailboxEntry[];
  version: number;
}

export function entryOf(thread: Thread, unread: number): MailboxEntry {
  const last = thread.messages[thread.messages.length - 1];
  return {
    threadId: thread._id,
    schoolId: thread.schoolId,
    subject: thread.subject,
    names: thread.participants.map((participant) => participant.name).join(', '),
    lastMessageAt: thread.lastMessageAt,
    lastAuthorId: last?.authorId ?? '',
    lastText: last && !last.withdrawn ? (last.text || (last.file ? `Файл «${last.file.name}»` : '')).slice(0, 200) : '',
    threadVersion: thread.version,
    unread,
  };
}

/**
 * Files a thread's state in a mailbox: a newer state of the thread (a message, a read mark, a withdrawal)
 * replaces the entry; the same or an older one (a redelivered event) changes nothing (null).
 */
export function withEntry(mailbox: Mailbox, entry: MailboxEntry): Mailbox | null {
  const current = mailbox.threads.find((candidate) => candidate.threadId === entry.threadId);
  if (current && current.threadVersion >= entry.threadVersion) return null;
  return { ...mailbox, threads: [entry, ...mailbox.threads.filter((candidate) => candidate.threadId !== entry.threadId)] };
}

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** The mailbox's threads, newest first, from the cursor on; `query` matches subject, names or last message. */
export function threadsPage(mailbox: Mailbox | null, cursor: string, limit: number, query: string): { entries: MailboxEntry[]; nextCursor: string } {
  const all = [...(mailbox?.threads ?? [])].sort((a, b) => (a.lastMessageAt === b.lastMessageAt ? a.threadId.localeCompare(b.threadId) : b.lastMessageAt.localeCompare(a.lastMessageAt)));
  const wanted = query.trim() ? all.filter((entry) => fold(`${entry.subject} ${entry.names} ${entry.lastText}`).includes(fold(query.trim()))) : all;
  let start = 0;
  if (cursor) {
    start = wanted.findIndex((entry) => entry.threadId === cursor);
    if (start < 0) throw new InvalidArgument('неверный курсор', { cursor: 'курсор из прежнего ответа' });
  }
  const entries = wanted.slice(start, start + limit);
  return { entries, nextCursor: wanted[start + limit]?.threadId ?? '' };
}

export function unreadThreads(mailbox: Mailbox | null): number {
  return (mailbox?.threads ?? []).reduce((sum, entry) => sum + entry.unread, 0);
}

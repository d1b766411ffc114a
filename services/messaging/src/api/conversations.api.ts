import { randomUUID } from 'node:crypto';
import { toTimestamp, type messagingV1 } from '@ejournal/contracts';
import { checkAttachedFile, derivedId, FailedPrecondition, findEach, InvalidArgument, NotFound, schoolsOf, sniffContent, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { administrationOf, correspondentsOf, describe, fullName, severalFamilies, type Correspondent } from '../domain/correspondence';
import { threadsPage } from '../domain/mailbox';
import { messageNotice, noticeId, reportNotice, type Notice } from '../domain/notices';
import { keptUntilMonth } from '../domain/retention';
import { fileOf, isParticipant, markRead, messagesPage, postMessage, receiptsOf, startThread, THREAD_MISSING, unreadBy, withdrawMessage, type MessageFile, type Thread } from '../domain/threads';
import type { Notifier } from '../delivery/notifier';
import type { Mailboxes } from '../events/mailboxes';
import { messagePosted } from '../events/messaging-events';
import type { SchoolDirectories } from '../read-models/school-directories';
import type { MessagingStore } from '../store/messaging.store';

type Handlers = Pick<AsyncHandlers<messagingV1.MessagingServiceHandlers>, 'ListCorrespondents' | 'StartThread' | 'PostMessage' | 'AttachFile' | 'GetFile' | 'ListThreads' | 'GetThread' | 'MarkThreadRead' | 'WithdrawMessage' | 'ReportMessage'>;

const SCHOOL_MISSING = 'школа не найдена';
const pageSize = (limit: number, fallback: number) => Math.min(Math.max(limit || fallback, 1), 100);

const fileMessage = (file: MessageFile): messagingV1.Attachment => ({ fileId: file.fileId, name: file.name, contentType: file.contentType, size: file.size });

export function threadMessage(thread: Thread, personId: string, messages = thread.messages): messagingV1.Thread {
  return {
    threadId: thread._id,
    schoolId: thread.schoolId,
    subject: thread.subject,
    participants: thread.participants.map(({ personId: id, name, relation }) => ({ personId: id, name, relation })),
    messages: messages.map((message) => ({
      messageId: message.messageId,
      authorId: message.authorId,
      text: message.text,
      sentAt: toTimestamp(new Date(message.sentAt)),
      withdrawn: message.withdrawn,
      file: message.file ? fileMessage(message.file) : null,
      readBy: receiptsOf(thread, message).map((receipt) => ({ personId: receipt.personId, readAt: receipt.readAt ? toTimestamp(new Date(receipt.readAt)) : null })),
    })),
    unread: unreadBy(thread, personId),
    lastMessageAt: toTimestamp(new Date(thread.lastMessageAt)),
    earlierCursor: '',
  };
}

/** The thread as the caller sees it after a change: its latest messages. */
function latestPage(thread: Thread, personId: string): messagingV1.Thread {
  const { messages, earlierCursor } = messagesPage(thread, '', 50);
  return { ...threadMessage(thread, personId, messages), earlierCursor };
}

/**
 * Conversations between the school and families (002 §2.2). Who may write to whom is decided on the
 * caller's token and identity's directory of the school; a thread is seen by its participants only, and
 * anyone else is answered as if it did not exist.
 */
export function conversationsApi(store: MessagingStore, directories: SchoolDirectories, mailboxes: Mailboxes, notifier: Notifier, retentionDays: number): Handlers {
  /** The caller in a school they belong to; another school answers as a missing one. */
  async function inSchool(principal: Principal, schoolId: string, writesTo: string[] = []) {
    if (!schoolId || !principal.personId || !schoolsOf(principal).includes(schoolId)) throw new NotFound(SCHOOL_MISSING);
    const directory = await directories.of(schoolId, [principal.personId, ...writesTo]);
    const member = directory.members.get(principal.personId);
    const self: Correspondent = { personId: principal.personId, name: member ? fullName(member) : '', relation: member ? describe(member, directory) : '' };
    return { directory, self, allowed: correspondentsOf(principal, directory) };
  }

  /** A thread the caller takes part in, while they still belong to its school (a parent whose child left, a teacher who moved: gone). */
  async function threadOf(principal: Principal, threadId: string, missing = THREAD_MISSING): Promise<Thread> {
    const thread = threadId ? await store.threads.find(threadId) : null;
    if (!thread || !isParticipant(thread, principal.personId) || !schoolsOf(principal).includes(thread.schoolId)) throw new NotFound(missing);
    return thread;
  }

  return {
    async ListCorrespondents(request, { principal }) {
      const { allowed } = await inSchool(principal, request.schoolId);
      return { correspondents: allowed };
    },

    async StartThread(request, { principal }) {
      const { self, allowed, directory } = await inSchool(principal, request.schoolId, request.participantIds.slice(0, 60));
      if (allowed.length === 0) throw new NotFound(SCHOOL_MISSING);
      const reachable = new Set(allowed.map((person) => person.personId));
      if (severalFamilies(request.participantIds.filter((id) => reachable.has(id)), directory)) {
        throw new InvalidArgument('в одной переписке — одна семья: участники видят друг друга; нескольким семьям пишут объявлением', { participantIds: 'родители и ученики одной семьи' });
      }
      const now = new Date();
      const { timeZone } = await directories.facts(request.schoolId);
      const thread = startThread({ threadId: randomUUID(), messageId: randomUUID(), schoolId: request.schoolId, subject: request.subject, text: request.text, author: self, recipientIds: request.participantIds, allowed, now, keptUntil: keptUntilMonth(now, retentionDays, timeZone) });
      const stored = { ...thread, version: 1 };
      await store.threads.insert(stored, [messagePosted(stored, thread.messages[0].messageId)]);
      // The author's own mailbox at once (the others' from the event); a crash here loses nothing: the event files it too.
      await mailboxes.file(stored, [self.personId]);
      return threadMessage(stored, self.personId);
    },

    async PostMessage(request, { principal }) {
      const thread = await threadOf(principal, request.threadId);
      const messageId = randomUUID();
      const { timeZone } = await directories.facts(thread.schoolId);
      const stored = await store.threads.change(
        thread._id,
        (current) => ({ next: postMessage(current, principal.personId!, request.text, messageId, new Date(), keptUntilMonth(new Date(), retentionDays, timeZone)), events: (saved) => [messagePosted(saved, messageId)] }),
        () => new NotFound(THREAD_MISSING),
        thread,
      );
      await mailboxes.file(stored, [principal.personId!]);
      return latestPage(stored, principal.personId!);
    },

    // A message carrying one file: the platform's checks of attached files (type by content, 5 MB).
    async AttachFile(request, { principal }) {
      const thread = await threadOf(principal, request.threadId);
      const content = Buffer.from(request.content);
      const { name, contentType } = checkAttachedFile({ name: request.name, contentType: request.contentType, size: content.length, sniffed: await sniffContent(content) });
      // The bytes first, then the message that points to them: a crash between leaves an unreferenced file, never a dangling link.
      const fileId = randomUUID();
      const messageId = randomUUID();
      const now = new Date();
      const { timeZone } = await directories.facts(thread.schoolId);
      const post = (current: Thread) => postMessage(current, principal.personId!, request.text, messageId, now, keptUntilMonth(now, retentionDays, timeZone), { fileId, name, contentType, size: content.length });
      // Refused before any byte is kept (a full thread, a text too long); a write that fails after takes its bytes back.
      post(thread);
      await store.saveFile(fileId, name, content);
      const stored = await store.threads
        .change(thread._id, (current) => ({ next: post(current), events: (saved) => [messagePosted(saved, messageId)] }), () => new NotFound(THREAD_MISSING), thread)
        .catch(async (error: unknown) => {
          await store.removeFiles([fileId]);
          throw error;
        });
      await mailboxes.file(stored, [principal.personId!]);
      return latestPage(stored, principal.personId!);
    },

    async GetFile(request, { principal }) {
      const thread = await threadOf(principal, request.threadId, 'файл не найден');
      const file = fileOf(thread, principal.personId, request.fileId);
      return { file: fileMessage(file), content: await store.fileContent(file.fileId) };
    },

    async ListThreads(request, { principal }) {
      if (!principal.personId) return { threads: [], nextCursor: '' };
      if ((request.query ?? '').length > 100) throw new InvalidArgument('запрос поиска длиннее 100 символов', { query: 'не длиннее 100 символов' });
      const mailbox = await store.mailboxes.find(principal.personId);
      const { entries, nextCursor } = threadsPage(mailbox, request.cursor, pageSize(request.limit, 20), request.query ?? '');
      return {
        threads: entries.map((entry) => ({
          threadId: entry.threadId,
          schoolId: entry.schoolId,
          subject: entry.subject,
          participants: entry.names.split(', ').map((name) => ({ personId: '', name, relation: '' })),
          messages: entry.lastText || entry.lastAuthorId ? [{ messageId: '', authorId: entry.lastAuthorId, text: entry.lastText, sentAt: toTimestamp(new Date(entry.lastMessageAt)), withdrawn: false, readBy: [] }] : [],
          unread: entry.unread,
          lastMessageAt: toTimestamp(new Date(entry.lastMessageAt)),
          earlierCursor: '',
        })),
        nextCursor,
      };
    },

    async GetThread(request, { principal }) {
      const thread = await threadOf(principal, request.threadId);
      const { messages, earlierCursor } = messagesPage(thread, request.cursor, pageSize(request.limit, 50));
      return { ...threadMessage(thread, principal.personId!, messages), earlierCursor };
    },

    async MarkThreadRead(request, { principal }) {
      const thread = await threadOf(principal, request.threadId);
      if (request.upTo && !Number.isFinite(Date.parse(request.upTo))) throw new InvalidArgument('upTo: момент RFC 3339 (lastMessageAt переписки)', { upTo: 'момент последнего показанного сообщения' });
      const upTo = request.upTo ? new Date(request.upTo).toISOString() : '';
      const stored = await store.threads.change(thread._id, (current) => ({ next: markRead(current, principal.personId!, new Date(), upTo) }), () => new NotFound(THREAD_MISSING), thread);
      await mailboxes.file(stored, [principal.personId!]);
      return latestPage(stored, principal.personId!);
    },

    async WithdrawMessage(request, { principal }) {
      const thread = await threadOf(principal, request.threadId);
      const message = thread.messages.find((entry) => entry.messageId === request.messageId && entry.authorId === principal.personId);
      if (message?.withdrawn) return latestPage(thread, principal.personId!);
      // Read anywhere is read: in the thread, in the inbox's notice, or by e-mail (sent or going). Then it is evidence and stays.
      const factKey = messageNotice({ threadId: thread._id, messageId: request.messageId, subject: '', authorName: '', text: '' }).factKey;
      const ids = thread.participants.filter((participant) => participant.personId !== principal.personId).map((participant) => noticeId(factKey, participant.personId));
      const [notices, deliveries] = await Promise.all([findEach<Notice>(store.notices, ids), store.deliveriesOf(ids)]);
      // Each refusal says where it was read: the author sees why the message stays.
      if (message && notices.some((notice) => notice.read)) throw new FailedPrecondition('уведомление о сообщении уже прочитано: отозвать его нельзя');
      if (message && deliveries.some((delivery) => delivery.status === 'sending' || delivery.status === 'sent')) throw new FailedPrecondition('сообщение уже ушло по электронной почте: отозвать его нельзя');
      const stored = await store.threads.change(thread._id, (current) => ({ next: withdrawMessage(current, principal.personId!, request.messageId) }), () => new NotFound(THREAD_MISSING), thread);
      if (message?.file) await store.removeFiles([message.file.fileId]);
      // The notices of the message go with it (nobody had read it); so do e-mails not yet sent.
      await store.takeBackNotices(ids);
      await mailboxes.file(stored);
      return latestPage(stored, principal.personId!);
    },

    // A participant reports a message to the school's administrators: a notice with the message quoted (the evidence).
    async ReportMessage(request, { principal }) {
      const thread = await threadOf(principal, request.threadId);
      const message = thread.messages.find((entry) => entry.messageId === request.messageId);
      if (!message || message.authorId === principal.personId) throw new NotFound('сообщение не найдено');
      if ((request.reason ?? '').length > 1_000) throw new InvalidArgument('причина длиннее 1000 символов', { reason: 'не длиннее 1000 символов' });
      const directory = await directories.of(thread.schoolId);
      const name = (personId: string) => thread.participants.find((participant) => participant.personId === personId)?.name ?? '';
      const reportId = derivedId(`report:${thread._id}:${message.messageId}:${principal.personId}`);
      await notifier.notify(thread.schoolId, [{ draft: reportNotice({ reportId, subject: thread.subject, reporterName: name(principal.personId!), authorName: name(message.authorId), text: message.text, reason: request.reason ?? '' }), personIds: administrationOf(directory) }]);
      return { reportId };
    },
  };
}

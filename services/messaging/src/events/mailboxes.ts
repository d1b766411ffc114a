import type { Notifier } from '../delivery/notifier';
import { entryOf, withEntry, type Mailbox } from '../domain/mailbox';
import { messageNotice, noticeId } from '../domain/notices';
import { unreadBy, type Thread } from '../domain/threads';
import type { SchoolDirectories } from '../read-models/school-directories';
import type { MessagingStore } from '../store/messaging.store';

const blank = (personId: string) => (): Mailbox => ({ _id: personId, threads: [], version: 0 });

/**
 * The participants' mailboxes, kept from the thread as stored: after each message (from the thread's
 * own event, so a crash after the thread's write loses nothing), a read mark or a withdrawal. Filing is
 * order-proof by the thread's version; a new message also becomes a notice for the others.
 */
export class Mailboxes {
  constructor(
    private readonly store: MessagingStore,
    private readonly notifier: Notifier,
    private readonly directories: SchoolDirectories,
    private readonly told: (schoolId: string, personIds: string[]) => void = () => undefined,
  ) {}

  /** Files the thread in these people's mailboxes (all participants when none are named). */
  async file(thread: Thread, personIds = thread.participants.map((participant) => participant.personId)): Promise<void> {
    const changed = await Promise.all(
      personIds.map((personId) =>
        this.store.mailboxes.change(
          personId,
          (mailbox) => {
            const next = withEntry(mailbox, entryOf(thread, unreadBy(thread, personId)));
            return { next, result: next !== null };
          },
          blank(personId),
        ),
      ),
    );
    this.told(thread.schoolId, personIds.filter((_, index) => changed[index]));
  }

  /** A message was posted (messaging.message.posted): mailboxes, and a notice to the others. */
  async filed(threadId: string, messageId: string): Promise<void> {
    const thread = await this.store.threads.find(threadId);
    if (!thread) return;
    await this.file(thread);
    const message = thread.messages.find((entry) => entry.messageId === messageId);
    if (!message || message.withdrawn) return;
    const author = thread.participants.find((participant) => participant.personId === message.authorId);
    // Told: the others who still belong to the school (a parent whose child left it hears no more).
    const directory = await this.directories.of(thread.schoolId);
    const others = thread.participants.filter((participant) => participant.personId !== message.authorId && participant.readUntil < message.sentAt && (directory.members.get(participant.personId)?.grants.length ?? 0) > 0).map((participant) => participant.personId);
    const draft = messageNotice({ threadId, messageId, subject: thread.subject, authorName: author?.name ?? '', text: message.text || `файл «${message.file?.name ?? ''}»` });
    await this.notifier.notify(thread.schoolId, [{ draft, personIds: others }]);
    // Withdrawn meanwhile (it was read from the thread before): its notices and unsent e-mails go after all.
    if ((await this.store.threads.find(threadId))?.messages.find((entry) => entry.messageId === messageId)?.withdrawn) {
      await this.store.takeBackNotices(others.map((personId) => noticeId(draft.factKey, personId)));
    }
  }
}

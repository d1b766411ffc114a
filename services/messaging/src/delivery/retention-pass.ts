import type { Logger } from '@ejournal/kit';
import { expiredMonths } from '../domain/retention';
import { filesOf, type Thread } from '../domain/threads';
import type { MessagingStore } from '../store/messaging.store';

const DAY_MS = 86_400_000;

/**
 * Deletes correspondence and notices whose term (the school year plus the configured period) has
 * ended: once a day, by the month the term ended in (an indexed equality: no TTL index on the local
 * server). A thread leaves its participants' mailboxes first. Each removal is logged with its counts.
 */
export class RetentionPass {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: MessagingStore,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  start(): void {
    const run = () => void this.run().catch((error: Error) => this.logger.warn('retention pass failed', { error: error.message }));
    this.timer = setInterval(run, DAY_MS);
    this.timer.unref();
    setTimeout(run, 60_000).unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async run(): Promise<{ threads: number; notices: number }> {
    let threads = 0;
    let notices = 0;
    for (const month of expiredMonths(this.now())) {
      const expired = await this.store.threads.findWhere({ keptUntil: month });
      for (const thread of expired as Thread[]) {
        for (const participant of thread.participants) {
          await this.store.mailboxes.change(participant.personId, (mailbox) => (mailbox.threads.some((entry) => entry.threadId === thread._id) ? { next: { ...mailbox, threads: mailbox.threads.filter((entry) => entry.threadId !== thread._id) } } : { next: null }), () => new Error('no mailbox')).catch(() => undefined);
        }
        await this.store.threads.model.deleteOne({ _id: thread._id });
        await this.store.removeFiles(filesOf(thread));
        threads += 1;
      }
      const removed = await this.store.notices.deleteMany({ keptUntil: month });
      notices += removed.deletedCount ?? 0;
      if (expired.length > 0 || (removed.deletedCount ?? 0) > 0) this.logger.info('retention: removed what its term had ended', { month, threads: expired.length, notices: removed.deletedCount ?? 0 });
    }
    return { threads, notices };
  }
}

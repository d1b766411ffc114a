import { BackgroundPasses, findEach, isDuplicateKey, updateDocument, type Logger } from '@ejournal/kit';
import { MAX_ATTEMPTS, minuteOf, minutesBetween, retryDelayMs } from '../domain/delivery-schedule';
import { russianDate, type Notice } from '../domain/notices';
import type { Delivery, MessagingStore } from '../store/messaging.store';
import { MailRefused, type Mailer } from './mailer';

/** How long a dispatcher holds a claimed delivery before another may take it (a crash mid-send). */
const CLAIM_MS = 2 * 60_000;
const BATCH = 200;
const FOOTER = '\n\n—\nЭто письмо отправлено автоматически электронным дневником. Какие уведомления приходят на почту и когда, настраивается в разделе «Уведомления».';

/**
 * Sends what is due: e-mails at once or after quiet hours, digests at their hour. At least once — a
 * delivery is claimed (one dispatcher of many takes it), sent, then marked sent; a crash between send
 * and mark sends it again with the same Message-ID — and never twice in the normal course. Temporary
 * failures are tried again with back-off; a permanently refused address is marked and shown to the person.
 */
export class Dispatcher {
  private readonly passes: BackgroundPasses;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: MessagingStore,
    private readonly mailer: Mailer,
    /** The addresses the school keeps (identity's, asked at send time: an address changed today is used today). */
    private readonly addressesOf: (personIds: string[]) => Promise<Map<string, string>>,
    private readonly logger: Logger,
    private readonly intervalMs: number,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.passes = new BackgroundPasses(() => this.pass(), (error) => this.logger.warn('dispatch pass failed', { error: error.message }));
  }

  start(): void {
    this.timer = setInterval(() => this.wake(), this.intervalMs);
    this.timer.unref();
    this.wake();
  }

  wake(): void {
    this.passes.request();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.passes.idle();
  }

  /** One pass: waiting deliveries whose minute has come become due, abandoned claims are released, due ones go. */
  async pass(): Promise<void> {
    const now = this.now();
    await this.promoteWaiting(now);
    await this.releaseAbandoned(now);
    for (;;) {
      const due = await this.store.deliveries.find({ status: 'due' }).limit(BATCH).lean<Delivery[]>();
      if (due.length === 0) return;
      await this.send(due);
      if (due.length < BATCH) return;
    }
  }

  private async promoteWaiting(now: Date): Promise<void> {
    const cursor = await this.store.dispatchCursor.findById('minutes').lean<{ minute: string }>();
    const current = minuteOf(now);
    // The cursor's own minute again: a delivery made due in it after the last pass looked.
    const minutes = cursor ? minutesBetween(minuteOf(new Date(Date.parse(`${cursor.minute}:00Z`) - 60_000)), current) : [];
    if (!cursor || minutes.length > 60) {
      // The first pass, or one after a long stop: everything due by now at once (a rare scan of the waiting).
      await this.store.deliveries.updateMany({ status: 'waiting', dueAt: { $lte: now } }, { $set: { status: 'due' } });
    } else {
      for (const minute of minutes) await this.store.deliveries.updateMany({ status: 'waiting', dueMinute: minute }, { $set: { status: 'due' } });
    }
    if (!cursor || cursor.minute < current) {
      // Another dispatcher may move it at the same moment: the cursor only goes forward.
      await this.store.dispatchCursor.updateOne({ _id: 'minutes' }, { $set: { minute: current } }, { upsert: true }).catch((error: unknown) => {
        if (!isDuplicateKey(error)) throw error;
      });
    }
  }

  private async releaseAbandoned(now: Date): Promise<void> {
    const sending = await this.store.deliveries.find({ status: 'sending' }).limit(1_000).lean<Delivery[]>();
    for (const delivery of sending) {
      if (delivery.claimedUntil && delivery.claimedUntil.getTime() < now.getTime()) await updateDocument(this.store.deliveries, { _id: delivery._id, status: 'sending' }, { $set: { status: 'due' } });
    }
  }

  /**
   * Claims what goes in one e-mail right before sending it (a claim made at the start of a long pass
   * would run out while earlier e-mails go, and another dispatcher would send it again); a delivery
   * another dispatcher claimed first is left to it.
   */
  private async claim(deliveries: Delivery[]): Promise<{ claimed: Delivery[]; until: Date }> {
    const until = new Date(this.now().getTime() + CLAIM_MS);
    const claimed: Delivery[] = [];
    for (const delivery of deliveries) {
      if (await updateDocument(this.store.deliveries, { _id: delivery._id, status: 'due' }, { $set: { status: 'sending', claimedUntil: until } })) claimed.push(delivery);
    }
    return { claimed, until };
  }

  private async send(due: Delivery[]): Promise<void> {
    const people = [...new Set(due.map((delivery) => delivery.personId))];
    const [addresses, failing, notices] = await Promise.all([
      this.addressesOf(people),
      findEach<{ _id: string; email: string }>(this.store.failingAddresses, people),
      findEach<Notice>(this.store.notices, due.map((delivery) => delivery.noticeId)),
    ]);
    const emailOf = addresses;
    const failingOf = new Map(failing.map((entry) => [entry._id, entry.email]));
    const noticeOf = new Map(notices.map((notice) => [notice._id, notice]));
    // One e-mail per immediate delivery; one per person for all their due digest entries.
    const groups = new Map<string, Delivery[]>();
    for (const delivery of due) {
      const key = delivery.channel === 'digest' ? `digest:${delivery.personId}` : delivery._id;
      groups.set(key, [...(groups.get(key) ?? []), delivery]);
    }
    for (const [key, group] of groups) {
      const personId = group[0].personId;
      const email = emailOf.get(personId) ?? '';
      // What cannot go fails without being claimed: 'sending' means an e-mail on its way (a message's author
      // may no longer withdraw it), never one to a person the school has no address for.
      const unsendable = !email ? 'адрес электронной почты не указан в школе' : failingOf.get(personId) === email ? 'адрес не принимает почту' : group.every((delivery) => !noticeOf.has(delivery.noticeId)) ? 'уведомление удалено' : '';
      if (unsendable) {
        for (const delivery of group) await updateDocument(this.store.deliveries, { _id: delivery._id, status: 'due' }, { $set: { status: 'failed', error: unsendable } });
        continue;
      }
      const { claimed: deliveries, until } = await this.claim(group);
      if (deliveries.length === 0) continue;
      const now = this.now();
      const items = deliveries.map((delivery) => noticeOf.get(delivery.noticeId)).filter((notice): notice is Notice => Boolean(notice));
      if (items.length === 0) {
        await this.finish(deliveries, until, 'failed', 'уведомление удалено');
        continue;
      }
      const mail = key.startsWith('digest:')
        ? { to: email, subject: `Сводка уведомлений за ${russianDate(now.toISOString().slice(0, 10))}: ${items.length}`, text: items.map((notice) => `• ${notice.title}\n  ${notice.text}`).join('\n\n') + FOOTER, messageId: `<digest-${deliveries.map((delivery) => delivery._id).sort()[0]}@ejournal>` }
        : { to: email, subject: items[0].title, text: items[0].text + FOOTER, messageId: `<${deliveries[0]._id.replace(/[^A-Za-z0-9_-]/g, '.')}@ejournal>` };
      try {
        await this.mailer.send(mail);
        await this.finish(deliveries, until, 'sent');
      } catch (error) {
        const refused = error instanceof MailRefused ? error : new MailRefused((error as Error).message, false);
        if (refused.permanent) {
          if (this.mailer.configured) await this.store.failingAddresses.updateOne({ _id: personId }, { $set: { email, failure: refused.message, failedAt: now } }, { upsert: true });
          await this.finish(deliveries, until, 'failed', refused.message);
        } else await this.retry(deliveries, until, refused.message, now);
        this.logger.warn('e-mail not sent', { channel: deliveries[0].channel, permanent: refused.permanent, reason: refused.message });
      }
    }
  }

  /** Ends a claim this dispatcher holds (`until` names it: one another dispatcher took over is not ours to end). */
  private async finish(deliveries: Delivery[], until: Date, status: 'sent' | 'failed', error = ''): Promise<void> {
    for (const delivery of deliveries) {
      await updateDocument(this.store.deliveries, { _id: delivery._id, status: 'sending', claimedUntil: until }, { $set: { status, ...(status === 'sent' ? { sentAt: this.now() } : { error }) }, $unset: { claimedUntil: '' } });
    }
  }

  private async retry(deliveries: Delivery[], until: Date, error: string, now: Date): Promise<void> {
    for (const delivery of deliveries) {
      const attempts = delivery.attempts + 1;
      if (attempts >= MAX_ATTEMPTS) {
        await this.finish([delivery], until, 'failed', error);
        continue;
      }
      const dueAt = new Date(now.getTime() + retryDelayMs(attempts));
      await updateDocument(this.store.deliveries, { _id: delivery._id, status: 'sending', claimedUntil: until }, { $set: { status: 'waiting', attempts, error, dueAt, dueMinute: minuteOf(dueAt, 'up') }, $unset: { claimedUntil: '' } });
    }
  }
}

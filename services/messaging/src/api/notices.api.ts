import { toTimestamp, type messagingV1 } from '@ejournal/contracts';
import { InvalidArgument, NotFound, schoolsOf, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { localDateTime } from '@ejournal/school-rules';
import { addressedTo, visibleOn } from '../domain/announcements';
import { unreadThreads } from '../domain/mailbox';
import type { Notice } from '../domain/notices';
import { changedPreferences, defaultPreferences, type Preferences } from '../domain/preferences';
import { audienceOf } from '../delivery/notifier';
import type { Peers } from '../peers';
import type { SchoolDirectories } from '../read-models/school-directories';
import type { Delivery, MessagingStore } from '../store/messaging.store';
import { placesOf } from './announcements.api';

type Handlers = Pick<AsyncHandlers<messagingV1.MessagingServiceHandlers>, 'ListNotices' | 'MarkNoticesRead' | 'GetUnreadCounts' | 'GetNoticePreferences' | 'SetNoticePreferences'>;

/** A delivery as the person sees it: pending, deferred (quiet hours, the digest's hour, a retry), sent or failed. */
function deliveryMessage(delivery: Delivery): messagingV1.Delivery {
  const status = delivery.status === 'sent' || delivery.status === 'failed' ? delivery.status : delivery.status === 'waiting' ? 'deferred' : 'pending';
  return { channel: delivery.channel, status, dueAt: toTimestamp(delivery.dueAt), sentAt: delivery.sentAt ? toTimestamp(delivery.sentAt) : null, error: delivery.error ?? '' };
}

function noticeMessage(notice: Notice, deliveries: Delivery[]): messagingV1.Notice {
  return { noticeId: notice._id, kind: notice.kind, title: notice.title, text: notice.text, createdAt: toTimestamp(notice.createdAt), read: notice.read, studentId: notice.studentId, deliveries: deliveries.filter((delivery) => delivery.noticeId === notice._id).map(deliveryMessage) };
}

/** The caller's notices (the in-app inbox is the source of truth), unread counts and how notices reach them. */
export function noticesApi(store: MessagingStore, directories: SchoolDirectories, peers: Peers): Handlers {
  const personOf = (principal: Principal) => {
    if (!principal.personId) throw new NotFound('нет такого человека');
    return principal.personId;
  };

  async function page(personId: string, cursor: string, limit: number): Promise<messagingV1.NoticeList> {
    const all = await store.noticesOf(personId);
    let start = 0;
    if (cursor) {
      start = all.findIndex((notice) => notice._id === cursor);
      if (start < 0) throw new InvalidArgument('неверный курсор', { cursor: 'курсор из прежнего ответа' });
    }
    const size = Math.min(Math.max(limit || 30, 1), 100);
    const notices = all.slice(start, start + size);
    const deliveries = await store.deliveriesOf(notices.map((notice) => notice._id));
    return { notices: notices.map((notice) => noticeMessage(notice, deliveries)), nextCursor: all[start + size]?._id ?? '', unread: all.filter((notice) => !notice.read).length };
  }

  /** The caller's preferences: chosen, or the defaults for who they are in their (first) school. */
  async function preferencesOf(principal: Principal, personId: string): Promise<Preferences> {
    const stored = await store.preferences.find(personId);
    if (stored) return stored;
    const schoolId = schoolsOf(principal)[0];
    const member = schoolId ? (await directories.of(schoolId, [personId])).members.get(personId) : undefined;
    const family = principal.grants.some((grant) => grant.role === 'parent' || grant.role === 'student');
    return defaultPreferences(personId, member ? audienceOf(member) : family ? 'family' : 'staff');
  }

  async function preferencesMessage(preferences: Preferences, personId: string): Promise<messagingV1.NoticePreferences> {
    const [addresses, failing] = await Promise.all([
      peers.contactAddresses([personId]),
      store.failingAddresses.findById(personId).lean<{ email: string; failure: string }>(),
    ]);
    const email = addresses.get(personId) ?? '';
    return {
      kinds: preferences.kinds,
      quietFrom: preferences.quietFrom,
      quietUntil: preferences.quietUntil,
      digest: preferences.digest,
      digestHour: preferences.digestHour,
      digestWeekday: preferences.digestWeekday,
      email,
      emailFailure: failing && failing.email === email ? failing.failure : '',
    };
  }

  return {
    async ListNotices(request, { principal }) {
      return page(personOf(principal), request.cursor, request.limit);
    },

    async MarkNoticesRead(request, { principal }) {
      const personId = personOf(principal);
      if (request.noticeIds.length > 500) throw new InvalidArgument('не больше 500 уведомлений за раз', { noticeIds: 'не больше 500' });
      await store.markNoticesRead(personId, request.noticeIds);
      return page(personId, '', 30);
    },

    async GetUnreadCounts(_request, { principal }) {
      const personId = personOf(principal);
      const [mailbox, notices] = await Promise.all([store.mailboxes.find(personId), store.unreadNotices(personId)]);
      // Announcements asking for «ознакомлен» that the caller has not confirmed yet.
      let announcements = 0;
      for (const schoolId of schoolsOf(principal)) {
        const items = (await store.announcements.findWhere({ schoolId })).filter((item) => item.requiresConfirmation && !item.confirmations.some((entry) => entry.personId === personId));
        if (items.length === 0) continue;
        const [directory, facts] = await Promise.all([directories.of(schoolId, [personId]), directories.facts(schoolId)]);
        const places = await placesOf(principal, directory, facts, store);
        const today = localDateTime(new Date(), facts.timeZone).date;
        announcements += items.filter((item) => visibleOn(item, today) && addressedTo(item, places)).length;
      }
      return { messages: unreadThreads(mailbox), notices, announcements };
    },

    async GetNoticePreferences(_request, { principal }) {
      const personId = personOf(principal);
      return preferencesMessage(await preferencesOf(principal, personId), personId);
    },

    async SetNoticePreferences(request, { principal }) {
      const personId = personOf(principal);
      const current = await preferencesOf(principal, personId);
      // No stored choice yet: the defaults are the blank the change starts from.
      const saved = await store.preferences.change(personId, (latest) => ({ next: changedPreferences(latest, request) }), () => current);
      return preferencesMessage(saved, personId);
    },
  };
}

import { DEFAULT_TIME_ZONE } from '@ejournal/school-rules';
import type { Member, SchoolDirectory } from '../domain/correspondence';
import { emailDue, minuteOf, nextDigest } from '../domain/delivery-schedule';
import { addressed, type Notice, type NoticeDraft } from '../domain/notices';
import { channelsFor, defaultPreferences, type Preferences } from '../domain/preferences';
import { keptUntilMonth } from '../domain/retention';
import type { SchoolDirectories } from '../read-models/school-directories';
import type { Delivery, MessagingStore } from '../store/messaging.store';

/** Whether a member is of a family (a pupil, a parent) or of the staff, for the default channels. */
export function audienceOf(member: Member | undefined): 'family' | 'staff' {
  if (!member) return 'family';
  return member.kind === 'student' || member.kind === 'parent' || member.grants.some((grant) => grant.role === 'parent' || grant.role === 'student') ? 'family' : 'staff';
}

/**
 * Turns drafts into notices in the people's inboxes and the deliveries their preferences ask for: an
 * e-mail now or when the quiet hours end, or a place in the next digest. Each notice's id comes from
 * the fact and the person, so a fact told twice (a redelivered event) makes one notice.
 */
export class Notifier {
  constructor(
    private readonly store: MessagingStore,
    private readonly directories: SchoolDirectories,
    private readonly retentionDays: number,
    private readonly delivered: () => void,
    /** Who got something new (the live streams of their open browsers). */
    private readonly told: (schoolId: string, personIds: string[]) => void = () => undefined,
  ) {}

  async preferencesOf(personIds: string[], directory: SchoolDirectory): Promise<Map<string, Preferences>> {
    // One lookup by id each (an $in is a full scan on the local server).
    const stored = await Promise.all(personIds.map((personId) => this.store.preferences.find(personId)));
    const byId = new Map(stored.filter((preferences): preferences is Preferences => preferences !== null).map((preferences) => [preferences._id, preferences]));
    return new Map(personIds.map((id) => [id, byId.get(id) ?? defaultPreferences(id, audienceOf(directory.members.get(id)))]));
  }

  /** Notifies each draft's people (the author of a message is never among them: the caller leaves them out). */
  async notify(schoolId: string, addressedDrafts: Array<{ draft: NoticeDraft; personIds: string[] }>, now = new Date()): Promise<number> {
    const wanted = addressedDrafts.filter((entry) => entry.personIds.length > 0);
    if (wanted.length === 0) return 0;
    // A notice of no school (the account itself): the defaults, in the region's time.
    const [directory, facts] = schoolId ? await Promise.all([this.directories.of(schoolId), this.directories.facts(schoolId)]) : [{ schoolId: '', members: new Map(), classNames: new Map() }, { timeZone: DEFAULT_TIME_ZONE }];
    const preferences = await this.preferencesOf([...new Set(wanted.flatMap((entry) => entry.personIds))], directory);
    const keptUntil = keptUntilMonth(now, this.retentionDays, facts.timeZone);
    const notices: Notice[] = [];
    const deliveries: Delivery[] = [];
    for (const { draft, personIds } of wanted) {
      for (const personId of new Set(personIds)) {
        const notice = addressed(draft, personId, schoolId, now, keptUntil);
        notices.push(notice);
        const chosen = preferences.get(personId)!;
        const channels = channelsFor(chosen, draft.kind);
        if (channels.email) {
          const dueAt = emailDue(now, chosen, facts.timeZone);
          const deferred = dueAt.getTime() > now.getTime();
          deliveries.push({ _id: `${notice._id}:email`, noticeId: notice._id, personId, schoolId, channel: 'email', status: deferred ? 'waiting' : 'due', dueAt, dueMinute: minuteOf(dueAt, 'up'), attempts: 0, deferred });
        } else if (channels.digest) {
          const dueAt = nextDigest(now, chosen, facts.timeZone);
          deliveries.push({ _id: `${notice._id}:digest`, noticeId: notice._id, personId, schoolId, channel: 'digest', status: 'waiting', dueAt, dueMinute: minuteOf(dueAt, 'up'), attempts: 0, deferred: true });
        }
      }
    }
    const added = await this.store.deliver(notices, deliveries);
    if (deliveries.some((delivery) => !delivery.deferred)) this.delivered();
    if (added > 0) this.told(schoolId, notices.map((notice) => notice.personId));
    return added;
  }
}

import { randomUUID } from 'node:crypto';
import { toTimestamp, type messagingV1 } from '@ejournal/contracts';
import { authorize, hasRole, NotFound, schoolsOf, type AsyncHandlers, type Principal } from '@ejournal/kit';
import { localDateTime } from '@ejournal/school-rules';
import { addressedTo, announcement, confirmed, visibleOn, type Announcement, type FamilyPlaces } from '../domain/announcements';
import { fullName, type SchoolDirectory } from '../domain/correspondence';
import type { SchoolDirectories } from '../read-models/school-directories';
import type { MessagingStore, SchoolFacts } from '../store/messaging.store';

type Handlers = Pick<AsyncHandlers<messagingV1.MessagingServiceHandlers>, 'PublishAnnouncement' | 'ListAnnouncements' | 'ConfirmAnnouncement'>;

const MISSING = 'объявление не найдено';
const STAFF_ROLES = ['school_admin', 'director', 'deputy_director', 'subject_teacher', 'class_teacher'] as const;
const MANAGING_ROLES = ['school_admin', 'director', 'deputy_director'] as const;

const isStaffIn = (principal: Principal, schoolId: string) => STAFF_ROLES.some((role) => hasRole(principal, role, { schoolId }));
const managesIn = (principal: Principal, schoolId: string) => MANAGING_ROLES.some((role) => hasRole(principal, role, { schoolId }));

/** The classes, grades and groups a family member's announcements come through: their own, their children's. */
export async function placesOf(principal: Principal, directory: SchoolDirectory, facts: SchoolFacts, store: MessagingStore): Promise<FamilyPlaces> {
  const own = principal.grants.filter((grant) => grant.schoolId === directory.schoolId);
  const pupils = [...own.filter((grant) => grant.role === 'student').map(() => principal.personId ?? ''), ...own.filter((grant) => grant.role === 'parent' && grant.childId).map((grant) => grant.childId!)].filter(Boolean);
  const classIds = new Set(pupils.map((id) => directory.members.get(id)?.classId ?? '').filter(Boolean));
  const grades = new Set(facts.classes.filter((entry) => classIds.has(entry.classId)).map((entry) => entry.grade));
  const groups = await Promise.all(pupils.map((id) => store.pupilGroups.find(id)));
  const groupIds = new Set(groups.flatMap((entry) => (entry && entry.schoolId === directory.schoolId ? entry.groupIds : [])));
  return { classIds, grades, groupIds };
}

/** What the caller may see of an announcement: everyone their own confirmation; the author and the administration who confirmed. */
function announcementMessage(item: Announcement, principal: Principal): messagingV1.Announcement {
  const seesConfirmations = item.authorId === principal.personId || managesIn(principal, item.schoolId);
  return {
    announcementId: item._id,
    schoolId: item.schoolId,
    audience: item.audience,
    title: item.title,
    text: item.text,
    visibleFrom: item.visibleFrom,
    visibleUntil: item.visibleUntil,
    requiresConfirmation: item.requiresConfirmation,
    authorId: item.authorId,
    authorName: item.authorName,
    publishedAt: toTimestamp(new Date(item.publishedAt)),
    confirmed: item.confirmations.some((entry) => entry.personId === principal.personId),
    confirmations: seesConfirmations ? item.confirmations.map((entry) => ({ personId: entry.personId, name: entry.name, confirmedAt: toTimestamp(new Date(entry.confirmedAt)) })) : [],
  };
}

/**
 * Announcements to a school, a grade or a class, with a window and «ознакомлен»: the administration
 * publishes to any of them, a class teacher to their class. Staff see the school's; a family sees those
 * addressed to their classes while they are shown.
 */
export function announcementsApi(store: MessagingStore, directories: SchoolDirectories): Handlers {
  async function visibleTo(principal: Principal, schoolId: string): Promise<Announcement[]> {
    if (!schoolId || !schoolsOf(principal).includes(schoolId)) throw new NotFound('школа не найдена');
    const all = await store.announcements.findWhere({ schoolId });
    if (isStaffIn(principal, schoolId)) return all;
    const [directory, facts] = await Promise.all([directories.of(schoolId, principal.personId ? [principal.personId] : []), directories.facts(schoolId)]);
    const places = await placesOf(principal, directory, facts, store);
    const today = localDateTime(new Date(), facts.timeZone).date;
    return all.filter((item) => visibleOn(item, today) && addressedTo(item, places));
  }

  return {
    async PublishAnnouncement(request, { principal }) {
      const schoolId = request.schoolId;
      const audience = { kind: request.audience?.kind ?? '', target: request.audience?.target ?? '' };
      if (!schoolId || !schoolsOf(principal).includes(schoolId)) throw new NotFound('школа не найдена');
      const facts = await directories.facts(schoolId);
      // A class, or a group (of a class): the school's own, as curriculum said; the class teacher publishes to their class's.
      const classOfAudience = audience.kind === 'class' ? facts.classes.find((entry) => entry.classId === audience.target) : audience.kind === 'group' ? facts.classes.find((entry) => (entry.groupIds ?? []).includes(audience.target)) : undefined;
      const missing = audience.kind === 'class' ? 'класс не найден' : audience.kind === 'group' ? 'группа не найдена' : 'школа не найдена';
      if ((audience.kind === 'class' || audience.kind === 'group') && !classOfAudience) throw new NotFound(missing);
      if (!authorize(principal, 'announcement.publish', { schoolId, ...(classOfAudience ? { classId: classOfAudience.classId } : {}) })) throw new NotFound(missing);
      const directory = await directories.of(schoolId, principal.personId ? [principal.personId] : []);
      const author = principal.personId ? directory.members.get(principal.personId) : undefined;
      const item = { ...announcement({ id: randomUUID(), schoolId, audience, title: request.title, text: request.text, visibleFrom: request.visibleFrom, visibleUntil: request.visibleUntil, requiresConfirmation: request.requiresConfirmation, authorId: principal.personId ?? '', authorName: author ? fullName(author) : '', today: localDateTime(new Date(), facts.timeZone).date, now: new Date() }), version: 1 };
      await store.announcements.insert(item);
      return announcementMessage(item, principal);
    },

    async ListAnnouncements(request, { principal }) {
      const items = await visibleTo(principal, request.schoolId);
      return { announcements: items.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt)).map((item) => announcementMessage(item, principal)) };
    },

    async ConfirmAnnouncement(request, { principal }) {
      const item = request.announcementId ? await store.announcements.find(request.announcementId) : null;
      if (!item || !principal.personId || !(await visibleTo(principal, item.schoolId).catch(() => [])).some((entry) => entry._id === item._id)) throw new NotFound(MISSING);
      const directory = await directories.of(item.schoolId, [principal.personId]);
      const member = directory.members.get(principal.personId);
      const stored = await store.announcements.change(item._id, (current) => ({ next: confirmed(current, { personId: principal.personId! }, member ? fullName(member) : '', new Date()) }), () => new NotFound(MISSING), item);
      return announcementMessage(stored, principal);
    },
  };
}

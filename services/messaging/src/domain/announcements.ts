import { InvalidArgument } from '@ejournal/kit';
import type { Member } from './correspondence';

export type AudienceKind = 'school' | 'grade' | 'class' | 'group';

export interface Announcement {
  _id: string;
  schoolId: string;
  audience: { kind: AudienceKind; target: string };
  title: string;
  text: string;
  visibleFrom: string;
  visibleUntil: string;
  requiresConfirmation: boolean;
  authorId: string;
  authorName: string;
  publishedAt: string;
  confirmations: Array<{ personId: string; name: string; confirmedAt: string }>;
  version: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A new announcement, checked (the audience's class must be the school's: the caller checks it against the facts). */
export function announcement(input: { id: string; schoolId: string; audience: { kind: string; target: string }; title: string; text: string; visibleFrom: string; visibleUntil: string; requiresConfirmation: boolean; authorId: string; authorName: string; today: string; now: Date }): Announcement {
  const violations: Record<string, string> = {};
  const title = (input.title ?? '').trim();
  const text = (input.text ?? '').trim();
  if (!title || title.length > 200) violations.title = 'заголовок от 1 до 200 символов';
  if (!text || text.length > 10_000) violations.text = 'текст от 1 до 10 000 символов';
  const kind = input.audience.kind;
  if (kind !== 'school' && kind !== 'grade' && kind !== 'class' && kind !== 'group') violations['audience.kind'] = 'school, grade, class или group';
  if (kind === 'grade' && !/^(1[01]?|[2-9])$/.test(input.audience.target)) violations['audience.target'] = 'номер параллели от 1 до 11';
  if (kind === 'class' && !input.audience.target) violations['audience.target'] = 'класс';
  if (kind === 'group' && !input.audience.target) violations['audience.target'] = 'группа';
  const from = input.visibleFrom || input.today;
  if (!DATE.test(from)) violations.visibleFrom = 'ГГГГ-ММ-ДД';
  if (input.visibleUntil && (!DATE.test(input.visibleUntil) || input.visibleUntil < from)) violations.visibleUntil = 'ГГГГ-ММ-ДД, не раньше начала';
  if (Object.keys(violations).length > 0) throw new InvalidArgument('объявление заполнено неверно', violations);
  return {
    _id: input.id,
    schoolId: input.schoolId,
    audience: { kind: kind as AudienceKind, target: kind === 'school' ? '' : input.audience.target },
    title,
    text,
    visibleFrom: from,
    visibleUntil: input.visibleUntil,
    requiresConfirmation: input.requiresConfirmation,
    authorId: input.authorId,
    authorName: input.authorName,
    publishedAt: input.now.toISOString(),
    confirmations: [],
    version: 0,
  };
}

/** The classes (their grades) and groups a family member's announcements come through. */
export interface FamilyPlaces {
  classIds: Set<string>;
  grades: Set<number>;
  groupIds: Set<string>;
}

/** Whether an announcement is addressed to a family with these places. */
export function addressedTo(item: Announcement, places: FamilyPlaces): boolean {
  if (item.audience.kind === 'school') return true;
  if (item.audience.kind === 'grade') return places.grades.has(Number(item.audience.target));
  if (item.audience.kind === 'group') return places.groupIds.has(item.audience.target);
  return places.classIds.has(item.audience.target);
}

export function visibleOn(item: Announcement, today: string): boolean {
  return item.visibleFrom <= today && (!item.visibleUntil || today <= item.visibleUntil);
}

/** «Ознакомлен»: once per person; again changes nothing (null). */
export function confirmed(item: Announcement, member: Pick<Member, 'personId'>, name: string, now: Date): Announcement | null {
  if (!item.requiresConfirmation) throw new InvalidArgument('это объявление не требует подтверждения');
  if (item.confirmations.some((entry) => entry.personId === member.personId)) return null;
  return { ...item, confirmations: [...item.confirmations, { personId: member.personId, name, confirmedAt: now.toISOString() }] };
}

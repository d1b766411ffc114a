import { InvalidArgument } from '@ejournal/kit';

/** The kinds of notice a person chooses channels for (the in-app inbox always gets every one). */
export const NOTICE_KINDS = ['mark', 'mark-corrected', 'mark-over-absence', 'absence', 'absence-corrected', 'homework', 'final-at-risk', 'lesson-cancelled', 'lesson-moved', 'message', 'message-reported', 'change-request-decided', 'invitation', 'account-locked', 'password-reset'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_TITLES: Record<NoticeKind, string> = {
  mark: 'новая оценка',
  'mark-corrected': 'исправление оценки',
  'mark-over-absence': 'оценка за пропущенный урок',
  absence: 'пропуск урока',
  'absence-corrected': 'исправление причины пропуска',
  homework: 'домашнее задание',
  'final-at-risk': 'итоговая «2» или «н/а»',
  'lesson-cancelled': 'отмена урока',
  'lesson-moved': 'перенос урока',
  message: 'новое сообщение',
  'message-reported': 'жалоба на сообщение',
  'change-request-decided': 'решение по исправлению отметки',
  invitation: 'код приглашения для ребёнка',
  'account-locked': 'блокировка учётной записи',
  'password-reset': 'сброс пароля',
};

export interface KindChannels {
  kind: NoticeKind;
  email: boolean;
  digest: boolean;
}

/** A person's choice: channels per kind, quiet hours and the digest's rhythm (times in the school's zone). */
export interface Preferences {
  _id: string;
  kinds: KindChannels[];
  quietFrom: string;
  quietUntil: string;
  digest: 'daily' | 'weekly';
  digestHour: number;
  digestWeekday: number;
  version: number;
}

/** Who a person is to messaging, for the defaults. */
export type Audience = 'family' | 'staff';

/**
 * Sensible defaults: a family gets by e-mail at once what needs attention (a mark over an absence, an
 * absence, a final at risk, a cancelled or moved lesson, a message, a code issued for their child) and
 * the rest in a daily digest at 19:00; staff get messages, reports and decisions on their requests by
 * e-mail; everyone a block or a reset of their account; quiet hours 21:00–07:00 for everyone.
 */
export function defaultPreferences(personId: string, audience: Audience): Preferences {
  // What concerns the account itself goes by e-mail to everyone: its holder may not be able to log in.
  const security: NoticeKind[] = ['account-locked', 'password-reset'];
  const urgent = new Set<NoticeKind>(audience === 'family' ? ['mark-over-absence', 'absence', 'final-at-risk', 'lesson-cancelled', 'lesson-moved', 'message', 'invitation', ...security] : ['message', 'message-reported', 'change-request-decided', ...security]);
  const digested = new Set<NoticeKind>(audience === 'family' ? ['mark', 'mark-corrected', 'absence-corrected', 'homework'] : []);
  return {
    _id: personId,
    kinds: NOTICE_KINDS.map((kind) => ({ kind, email: urgent.has(kind), digest: digested.has(kind) })),
    quietFrom: '21:00',
    quietUntil: '07:00',
    digest: 'daily',
    digestHour: 19,
    digestWeekday: 5,
    version: 0,
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The person's new choice, checked; kinds not named keep what they had. */
export function changedPreferences(current: Preferences, input: { kinds: Array<{ kind: string; email: boolean; digest: boolean }>; quietFrom: string; quietUntil: string; digest: string; digestHour: number; digestWeekday: number }): Preferences {
  const violations: Record<string, string> = {};
  const quietFrom = input.quietFrom || current.quietFrom;
  const quietUntil = input.quietUntil || current.quietUntil;
  if (!TIME.test(quietFrom)) violations.quietFrom = 'ЧЧ:ММ';
  if (!TIME.test(quietUntil)) violations.quietUntil = 'ЧЧ:ММ';
  const digest = input.digest || current.digest;
  if (digest !== 'daily' && digest !== 'weekly') violations.digest = 'daily или weekly';
  // -1: the hour stays as it was (a change of other settings only).
  const digestHour = input.digestHour === -1 ? current.digestHour : input.digestHour;
  if (!Number.isInteger(digestHour) || digestHour < 0 || digestHour > 23) violations.digestHour = 'час от 0 до 23';
  const weekday = input.digestWeekday || current.digestWeekday;
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) violations.digestWeekday = 'день недели от 1 (пн) до 7 (вс)';
  for (const entry of input.kinds) if (!(NOTICE_KINDS as readonly string[]).includes(entry.kind)) violations[`kinds.${entry.kind}`] = 'нет такого вида уведомлений';
  if (Object.keys(violations).length > 0) throw new InvalidArgument('настройки уведомлений неверны', violations);
  const chosen = new Map(input.kinds.map((entry) => [entry.kind, entry]));
  return {
    ...current,
    kinds: current.kinds.map((entry) => {
      const choice = chosen.get(entry.kind);
      return choice ? { kind: entry.kind, email: Boolean(choice.email), digest: Boolean(choice.digest) && !choice.email } : entry;
    }),
    quietFrom,
    quietUntil,
    digest: digest as Preferences['digest'],
    digestHour,
    digestWeekday: weekday,
  };
}

export function channelsFor(preferences: Preferences, kind: NoticeKind): KindChannels {
  return preferences.kinds.find((entry) => entry.kind === kind) ?? { kind, email: false, digest: false };
}

import { createHash } from 'node:crypto';
import type { NoticeKind } from './preferences';

/** A notice in one person's inbox (the source of truth for what reached them). */
export interface Notice {
  /** Derived from the fact it tells of and the person: the same fact never makes two notices for one person. */
  _id: string;
  personId: string;
  schoolId: string;
  kind: NoticeKind;
  title: string;
  text: string;
  studentId: string;
  createdAt: Date;
  read: boolean;
  /** The month after which retention may delete it (YYYY-MM). */
  keptUntil: string;
}

/** What a notice says, before it is addressed to anyone. */
export interface NoticeDraft {
  /** The fact's own key (a mark's id and revision, a lesson's homework and its text…). */
  factKey: string;
  kind: NoticeKind;
  title: string;
  text: string;
  studentId: string;
}

export function noticeId(factKey: string, personId: string): string {
  return createHash('sha256').update(`${factKey}\n${personId}`).digest('base64url').slice(0, 32);
}

/** «01.12.2026» */
export function russianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return year && month && day ? `${day}.${month}.${year}` : date;
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** What the school's facts name: subjects, work kinds (by code), pupils. */
export interface Names {
  subject(subjectId: string): string;
  workKind(code: string): string;
  pupil(studentId: string): string;
}

/** Gradebook's pass/fail marks are «зачёт» / «незачёт» (gradebook MarkFact.pass_fail); 'pass'/'fail' are read as them too. */
const PASS_FAIL_WORDS: Record<string, string> = { pass: 'зачёт', fail: 'незачёт' };

export function markValue(values: number[], passFail: string): string {
  if (passFail) return PASS_FAIL_WORDS[passFail] ?? passFail;
  return values.join('/');
}

export function markNotice(fact: { markId: string; revision: number; studentId: string; subjectId: string; date: string; values: number[]; passFail: string; workKind: string; comment: string; removed: boolean }, corrected: boolean, names: Names): NoticeDraft {
  const subject = names.subject(fact.subjectId);
  const kind = names.workKind(fact.workKind);
  const what = `${markValue(fact.values, fact.passFail)}${kind ? ` (${kind})` : ''} за ${russianDate(fact.date)}`;
  const comment = fact.comment ? `. Комментарий учителя: ${clip(fact.comment, 300)}` : '';
  const pupil = names.pupil(fact.studentId);
  return {
    factKey: `mark:${fact.markId}:${fact.revision}`,
    kind: corrected ? 'mark-corrected' : 'mark',
    title: fact.removed ? `Оценка отменена: ${subject}` : corrected ? `Оценка исправлена: ${subject}` : `Новая оценка: ${subject}`,
    text: `${pupil}: ${fact.removed ? `оценка ${russianDate(fact.date)} отменена` : what}${fact.removed ? '' : comment}`,
    studentId: fact.studentId,
  };
}

/** 000 §9.1: a mark over an absence, with the teacher's explanation for the parents. */
export function markOverAbsenceNotice(fact: { markId: string; studentId: string; subjectId: string; date: string; absenceCode: string; explanation: string }, names: Names): NoticeDraft {
  return {
    factKey: `over-absence:${fact.markId}`,
    kind: 'mark-over-absence',
    title: `Оценка за пропущенный урок: ${names.subject(fact.subjectId)}`,
    text: `${names.pupil(fact.studentId)}: на уроке ${russianDate(fact.date)} отмечен пропуск («${fact.absenceCode.toUpperCase()}»), и поставлена оценка. Пояснение учителя: ${clip(fact.explanation, 500) || 'не дано'}`,
    studentId: fact.studentId,
  };
}

/** The journal's absence codes and what they mean (the letters print the legend). */
export const ABSENCE_CODES: Record<string, string> = { Н: 'без уважительной причины', Б: 'по болезни', У: 'по уважительной причине', О: 'опоздание' };
const reasonOf = (code: string) => ABSENCE_CODES[code.toUpperCase()] ?? code;

export function absenceNotice(fact: { lessonId: string; studentId: string; subjectId: string; date: string; code: string; revision: number }, corrected: boolean, names: Names): NoticeDraft {
  const subject = names.subject(fact.subjectId);
  const pupil = names.pupil(fact.studentId);
  return {
    factKey: `absence:${fact.lessonId}:${fact.studentId}:${fact.revision}`,
    kind: corrected ? 'absence-corrected' : 'absence',
    title: corrected ? `Исправлена отметка о пропуске: ${subject}` : `Пропуск урока: ${subject}`,
    text: fact.code ? `${pupil}: ${russianDate(fact.date)} — «${fact.code.toUpperCase()}» (${reasonOf(fact.code)})` : `${pupil}: отметка о пропуске ${russianDate(fact.date)} снята`,
    studentId: fact.studentId,
  };
}

export function homeworkNotice(fact: { lessonId: string; subjectId: string; date: string; homework: string }, studentId: string, names: Names): NoticeDraft {
  const digest = createHash('sha256').update(fact.homework).digest('base64url').slice(0, 12);
  return {
    factKey: `homework:${fact.lessonId}:${digest}:${studentId}`,
    kind: 'homework',
    title: `Домашнее задание: ${names.subject(fact.subjectId)}`,
    text: `${names.pupil(studentId)}: к уроку ${russianDate(fact.date)} — ${clip(fact.homework, 500)}`,
    studentId,
  };
}

/** A period's final of «2» or «н/а» (004 §5): the family learns of it at once. */
export function finalAtRiskNotice(fact: { studentId: string; subjectId: string; periodId: string; kind: string; value: number; notAttested: boolean }, names: Names): NoticeDraft | null {
  if (!fact.notAttested && fact.value !== 2) return null;
  const what = fact.kind === 'year' ? 'за год' : fact.kind === 'exam' ? 'за экзамен' : 'за период';
  return {
    factKey: `final:${fact.studentId}:${fact.subjectId}:${fact.periodId}:${fact.kind}:${fact.notAttested ? 'na' : fact.value}`,
    kind: 'final-at-risk',
    title: `Итоговая отметка: ${names.subject(fact.subjectId)}`,
    text: `${names.pupil(fact.studentId)}: ${what} — ${fact.notAttested ? '«н/а» (не аттестован)' : '«2»'}. Обратитесь к учителю или классному руководителю.`,
    studentId: fact.studentId,
  };
}

export function lessonNotice(lesson: { id: string; subjectId: string; date: string; number: number }, change: { cancelled: boolean; previousDate: string; reason: string; version: number }, studentId: string, names: Names): NoticeDraft {
  const subject = names.subject(lesson.subjectId);
  return change.cancelled
    ? { factKey: `lesson-cancelled:${lesson.id}:${change.version}:${studentId}`, kind: 'lesson-cancelled', title: `Урок отменён: ${subject}`, text: `${names.pupil(studentId)}: урок ${russianDate(lesson.date)}${lesson.number ? ` (${lesson.number}-й)` : ''} отменён${change.reason ? `: ${clip(change.reason, 200)}` : ''}`, studentId }
    : { factKey: `lesson-moved:${lesson.id}:${change.version}:${studentId}`, kind: 'lesson-moved', title: `Урок перенесён: ${subject}`, text: `${names.pupil(studentId)}: урок перенесён с ${russianDate(change.previousDate)} на ${russianDate(lesson.date)}${lesson.number ? ` (${lesson.number}-й урок)` : ''}`, studentId };
}

export function messageNotice(message: { threadId: string; messageId: string; subject: string; authorName: string; text: string }): NoticeDraft {
  return {
    factKey: `message:${message.messageId}`,
    kind: 'message',
    title: `Новое сообщение: ${clip(message.subject, 100)}`,
    text: `${message.authorName}: ${clip(message.text, 300)}`,
    studentId: '',
  };
}

export function reportNotice(report: { reportId: string; subject: string; reporterName: string; authorName: string; text: string; reason: string }): NoticeDraft {
  return {
    factKey: `report:${report.reportId}`,
    kind: 'message-reported',
    title: `Жалоба на сообщение в переписке «${clip(report.subject, 100)}»`,
    text: `${report.reporterName} сообщает о сообщении от ${report.authorName}: «${clip(report.text, 500)}». Причина: ${clip(report.reason, 300) || 'не указана'}`,
    studentId: '',
  };
}

/** The notice a draft makes for one person. */
export function addressed(draft: NoticeDraft, personId: string, schoolId: string, now: Date, keptUntil: string): Notice {
  return { _id: noticeId(draft.factKey, personId), personId, schoolId, kind: draft.kind, title: draft.title, text: draft.text, studentId: draft.studentId, createdAt: now, read: false, keptUntil };
}

/** 004 §4.1: the administrator's decision on the teacher's request to change a mark. */
export function changeRequestNotice(fact: { requestId: string; subjectId: string; date: string; approved: boolean; note: string }, names: Pick<Names, 'subject'>): NoticeDraft {
  return {
    factKey: `change-request:${fact.requestId}`,
    kind: 'change-request-decided',
    title: `${fact.approved ? 'Исправление одобрено' : 'Исправление отклонено'}: ${names.subject(fact.subjectId)}`,
    text: `Запрос на исправление отметки за ${russianDate(fact.date)} ${fact.approved ? 'одобрен администратором; отметка исправлена' : 'отклонён администратором'}${fact.note ? `. Комментарий: ${clip(fact.note, 300)}` : ''}`,
    studentId: '',
  };
}

const INVITED_ROLES: Record<string, string> = { parent: 'родителя', student: 'самого ученика', interested_person: 'заинтересованного лица' };

/** A code for the child was issued: the parents know who may soon see the diary. */
export function invitationNotice(fact: { invitationId: string; childId: string; role: string }, names: Pick<Names, 'pupil'>): NoticeDraft {
  return {
    factKey: `invitation:${fact.invitationId}`,
    kind: 'invitation',
    title: 'Выдан код приглашения к дневнику',
    text: `${names.pupil(fact.childId)}: выдан код приглашения для ${INVITED_ROLES[fact.role] ?? fact.role}. Если вы не знаете, кому он выдан, сообщите классному руководителю.`,
    studentId: fact.childId,
  };
}

/** The account blocked, or its password reset: its holder learns of it (by e-mail: they may not be able to log in). */
export function accountNotice(fact: { accountId: string; at: string; kind: 'account-locked' | 'password-reset' }): NoticeDraft {
  return fact.kind === 'account-locked'
    ? { factKey: `account-locked:${fact.accountId}:${fact.at}`, kind: 'account-locked', title: 'Учётная запись заблокирована', text: 'Администратор школы заблокировал вашу учётную запись электронного дневника: войти в неё нельзя. Если это ошибка, обратитесь в школу.', studentId: '' }
    : { factKey: `password-reset:${fact.accountId}:${fact.at}`, kind: 'password-reset', title: 'Пароль сброшен', text: 'Пароль вашей учётной записи сброшен администратором школы: прежний больше не действует. Задайте новый по коду с листа, который вам передадут в школе. Если вы об этом не просили, сообщите в школу.', studentId: '' };
}

import { isIsoDate } from '@ejournal/contracts';
import type { Request, Router } from 'express';
import { Problem } from './problem';

/** A path parameter as one string (express types allow arrays for wildcard segments). */
export function param(req: Request, name: string): string {
  const value = req.params[name];
  return Array.isArray(value) ? value.join('/') : String(value ?? '');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// Subjects of the regional catalogue have short stable ids ("math", "rus"); a school's own subjects have UUIDs.
const SUBJECT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const GRADE = /^(?:[1-9]|1[0-2])$/;

/** The ids the curriculum routes take in their paths, what a valid one looks like and what a missing one is called. */
const PATH_IDS: Record<string, { pattern: RegExp; missing: string }> = {
  schoolId: { pattern: UUID, missing: 'школа не найдена' },
  yearId: { pattern: UUID, missing: 'учебный год не найден' },
  periodId: { pattern: UUID, missing: 'учебный период не найден' },
  classId: { pattern: UUID, missing: 'класс не найден' },
  groupId: { pattern: UUID, missing: 'группа не найдена' },
  lessonId: { pattern: UUID, missing: 'урок не найден' },
  markId: { pattern: UUID, missing: 'отметка не найдена' },
  fileId: { pattern: UUID, missing: 'файл не найден' },
  requestId: { pattern: UUID, missing: 'запрос не найден' },
  planId: { pattern: UUID, missing: 'тематический план не найден' },
  studentId: { pattern: UUID, missing: 'ученик не найден' },
  teacherId: { pattern: UUID, missing: 'учитель не найден' },
  jobId: { pattern: UUID, missing: 'задание выгрузки не найдено' },
  pageId: { pattern: UUID, missing: 'страница журнала не найдена' },
  invitationId: { pattern: UUID, missing: 'приглашение не найдено' },
  accountId: { pattern: UUID, missing: 'учётная запись не найдена' },
  personId: { pattern: UUID, missing: 'человек не найден' },
  childId: { pattern: UUID, missing: 'ученик не найден' },
  threadId: { pattern: UUID, missing: 'переписка не найдена' },
  messageId: { pattern: UUID, missing: 'сообщение не найдено' },
  announcementId: { pattern: UUID, missing: 'объявление не найдено' },
  subjectId: { pattern: SUBJECT_ID, missing: 'предмет не найден' },
  grade: { pattern: GRADE, missing: 'учебный план параллели не найден' },
};

/**
 * Makes a malformed id in the path answer exactly as a missing object does (404), before the policy
 * check and without a call to the service.
 */
export function rejectMalformedIds(router: Router): Router {
  for (const [name, { pattern, missing }] of Object.entries(PATH_IDS)) {
    router.param(name, (_req, _res, next, value: string) => {
      next(pattern.test(value) ? undefined : new Problem(404, 'not-found', 'Не найдено', missing));
    });
  }
  return router;
}

export { isIsoDate };

/** One query parameter as a string ('' when absent); a repeated one is a 400. */
export function query(req: Request, name: string): string {
  const value = req.query[name];
  if (value === undefined) return '';
  if (typeof value !== 'string') throw new Problem(400, 'invalid-argument', 'Неверный запрос', `параметр ${name} указан несколько раз`, { [name]: 'одно значение' });
  return value.trim();
}

/** A date in the query, "YYYY-MM-DD" ('' when absent, for the service's default); anything else is a 400. */
export function dateQuery(req: Request, name: string): string {
  const value = query(req, name);
  if (value && !isIsoDate(value)) {
    throw new Problem(400, 'invalid-argument', 'Неверный запрос', `параметр ${name}: ожидается дата ГГГГ-ММ-ДД, а дано «${value}»`, { [name]: 'дата ГГГГ-ММ-ДД' });
  }
  return value;
}

/** An id in the query ('' when absent); a malformed one is a 400. */
export function idQuery(req: Request, name: string): string {
  const value = query(req, name);
  if (value && !UUID.test(value)) throw new Problem(400, 'invalid-argument', 'Неверный запрос', `параметр ${name}: неверный идентификатор`, { [name]: 'идентификатор (UUID)' });
  return value;
}

/** A required ?month=ГГГГ-ММ, or 400. */
export function monthQuery(req: Request): string {
  const month = query(req, 'month');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'укажите месяц: ?month=ГГГГ-ММ', { month: 'ГГГГ-ММ' });
  return month;
}

import { effectiveTeacher, lessonBegun } from '@ejournal/school-rules';
import { FailedPrecondition, InvalidArgument, NotFound } from '@ejournal/kit';

/** 004 §4.2.5: Н unexcused, Б illness (medical certificate), У excused; О — late. */
export const ABSENCE_CODES = ['Н', 'Б', 'У', 'О'] as const;
export type AbsenceCode = (typeof ABSENCE_CODES)[number];

export interface SheetLesson {
  lessonId: string;
  date: string;
  number: number;
  subjectId: string;
  teacherId: string;
  substituteTeacherId: string;
  status: string;
  lessonVersion: number;
  /** The lesson's period (curriculum's): closed, its absences change only through the administrator. Absent on lessons kept before. */
  periodId?: string;
  recorded: boolean;
  /** When the lesson begins (ЧЧ:ММ, the school's time): absences only once it has. */
  startsAt?: string;
}

/**
 * An earlier state of an absence: its code, who entered it and when, and why it was changed. Who made
 * that change and when are the next state's (the next revision's, or the absence's own recordedBy/recordedAt).
 */
export interface AbsenceRevision {
  code: string;
  changedBy: string;
  changedAt: Date;
  reason: string;
}

export interface Absence {
  lessonId: string;
  studentId: string;
  /** '' when a re-recorded lesson shows the student present after all (the history keeps what was). */
  code: AbsenceCode | '';
  documentKind: string;
  documentNumber: string;
  documentDate: string;
  recordedBy: string;
  recordedAt: Date;
  revision: number;
  history: AbsenceRevision[];
}

/** A class's attendance in one month: its lessons and absences, kept together (the monthly sheet is one document). */
export interface ClassMonth {
  _id: string;
  schoolId: string;
  classId: string;
  month: string;
  lessons: SheetLesson[];
  absences: Absence[];
  version: number;
}

export const classMonthId = (classId: string, date: string) => `${classId}:${date.slice(0, 7)}`;
export const teacherOf = effectiveTeacher;

export function lessonOf(sheet: ClassMonth, lessonId: string): SheetLesson {
  const lesson = sheet.lessons.find((candidate) => candidate.lessonId === lessonId);
  if (!lesson) throw new NotFound('урок не найден');
  return lesson;
}

function code(value: string, where: string): AbsenceCode {
  if (!ABSENCE_CODES.includes(value as AbsenceCode)) throw new InvalidArgument(`${where}: причина отсутствия — Н (без причины), Б (болезнь), У (уважительная) или О (опоздание), а дано «${value}»`, { code: 'Н, Б, У или О' });
  return value as AbsenceCode;
}

/**
 * The lesson's teacher records who was absent (the whole list: the others were present), once the lesson
 * has begun by the school's clock (`timeZone`; the platform's default when none). A student not
 * in the class on the lesson's date is refused; a changed entry keeps its earlier code in the history.
 */
export function recordAttendance(sheet: ClassMonth, lessonId: string, entries: Array<{ studentId: string; code: string }>, students: string[], by: string, at: Date, timeZone?: string): { sheet: ClassMonth; changed: Absence[] } {
  const lesson = lessonOf(sheet, lessonId);
  if (lesson.status === 'cancelled') throw new FailedPrecondition('урок отменён: посещаемость не отмечается');
  if (!lessonBegun(lesson, at, timeZone)) throw new FailedPrecondition(`урок ${lesson.date}${lesson.startsAt ? ` в ${lesson.startsAt}` : ''} ещё не начался: пропуски отмечаются только на проведённых уроках`);
  const given = new Map<string, AbsenceCode>();
  entries.forEach((entry, index) => {
    if (!students.includes(entry.studentId)) throw new InvalidArgument(`строка ${index + 1}: ученика нет в списке класса на ${lesson.date}`, { [`absences[${index}].studentId`]: 'ученик класса на дату урока' });
    if (given.has(entry.studentId)) throw new InvalidArgument(`строка ${index + 1}: ученик указан дважды`, { [`absences[${index}].studentId`]: 'один раз' });
    given.set(entry.studentId, code(entry.code, `строка ${index + 1}`));
  });
  const changed: Absence[] = [];
  const absences = sheet.absences.map((absence) => {
    if (absence.lessonId !== lessonId) return absence;
    const now = given.get(absence.studentId) ?? '';
    given.delete(absence.studentId);
    if (now === absence.code) return absence;
    const next: Absence = { ...absence, code: now, recordedBy: by, recordedAt: at, revision: absence.revision + 1, history: [...absence.history, { code: absence.code, changedBy: absence.recordedBy, changedAt: absence.recordedAt, reason: 'отмечено заново учителем' }] };
    changed.push(next);
    return next;
  });
  for (const [studentId, absent] of given) {
    const absence: Absence = { lessonId, studentId, code: absent, documentKind: '', documentNumber: '', documentDate: '', recordedBy: by, recordedAt: at, revision: 1, history: [] };
    absences.push(absence);
    changed.push(absence);
  }
  return { sheet: { ...sheet, absences, lessons: sheet.lessons.map((candidate) => (candidate.lessonId === lessonId ? { ...candidate, recorded: true } : candidate)) }, changed };
}

/**
 * The class teacher changes a reason from a document — e.g. Н → Б with a medical certificate (000 §9.2,
 * 003 §4.2); in a closed period only the administrator, with a reason (period-closure.ts decides who).
 */
export function correctAbsence(
  sheet: ClassMonth,
  lessonId: string,
  studentId: string,
  correction: { code: string; documentKind?: string; documentNumber?: string; documentDate?: string; reason?: string },
  by: string,
  at: Date,
): { sheet: ClassMonth; absence: Absence } {
  lessonOf(sheet, lessonId);
  const absence = sheet.absences.find((candidate) => candidate.lessonId === lessonId && candidate.studentId === studentId && candidate.code !== '');
  if (!absence) throw new NotFound('отсутствие не найдено');
  const next = code(correction.code, 'исправление');
  const documentKind = (correction.documentKind ?? '').trim();
  const documentNumber = (correction.documentNumber ?? '').trim();
  if ((next === 'Б' || next === 'У') && (!documentKind || !documentNumber)) throw new InvalidArgument('уважительная причина подтверждается документом: укажите вид и номер документа', { documentNumber: 'номер документа' });
  const documentDate = (correction.documentDate ?? '').trim();
  if (documentDate && !/^\d{4}-\d{2}-\d{2}$/.test(documentDate)) throw new InvalidArgument('дата документа: ГГГГ-ММ-ДД', { documentDate: 'ГГГГ-ММ-ДД' });
  const corrected: Absence = {
    ...absence,
    code: next,
    documentKind,
    documentNumber,
    documentDate,
    recordedBy: by,
    recordedAt: at,
    revision: absence.revision + 1,
    history: [...absence.history, { code: absence.code, changedBy: absence.recordedBy, changedAt: absence.recordedAt, reason: (correction.reason ?? '').trim() || `исправлено по документу: ${documentKind} № ${documentNumber}` }],
  };
  return { sheet: { ...sheet, absences: sheet.absences.map((candidate) => (candidate === absence ? corrected : candidate)) }, absence: corrected };
}

/** Missed lessons per student by reason in the month. */
export function totals(sheet: ClassMonth, students: string[]) {
  return students.map((studentId) => {
    const own = sheet.absences.filter((absence) => absence.studentId === studentId);
    const count = (code: AbsenceCode) => own.filter((absence) => absence.code === code).length;
    return { studentId, unexcused: count('Н'), illness: count('Б'), excused: count('У'), late: count('О') };
  });
}

/** Keeps a lesson's newest facts from curriculum (never the attendance recorded on it). */
export function withLesson(sheet: ClassMonth, lesson: Omit<SheetLesson, 'recorded'>): ClassMonth | null {
  const current = sheet.lessons.find((candidate) => candidate.lessonId === lesson.lessonId);
  if (current && current.lessonVersion >= lesson.lessonVersion) return null;
  const next: SheetLesson = { ...lesson, recorded: current?.recorded ?? false };
  return { ...sheet, lessons: [...sheet.lessons.filter((candidate) => candidate.lessonId !== lesson.lessonId), next].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number) };
}

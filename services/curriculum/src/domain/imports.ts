import { readCsvTable, type CsvLineError } from '@ejournal/kit';
import { findSubject, type Room, type Subject } from './catalogue';
import { parseDate, type IsoDate } from './dates';
import { isUuid } from './ids';
import { parseClassName } from './school-class';

export const MAX_IMPORT_LINES = 5_000;

export interface RosterLine {
  line: number;
  grade: number;
  letter: string;
  studentId: string;
  date: IsoDate;
  orderNumber: string;
  classTeacherId: string;
  shift: number;
}

const ROSTER_COLUMNS = {
  'класс': 'class',
  'class': 'class',
  'ученик': 'student',
  'обучающийся': 'student',
  'student': 'student',
  'student_id': 'student',
  'дата зачисления': 'date',
  'дата': 'date',
  'date': 'date',
  'приказ': 'order',
  'номер приказа': 'order',
  'order': 'order',
  'классный руководитель': 'classTeacher',
  'class_teacher': 'classTeacher',
  'смена': 'shift',
  'shift': 'shift',
} as const;

function attempt<T>(read: () => T, line: number, errors: CsvLineError[]): T | undefined {
  try {
    return read();
  } catch (error) {
    errors.push({ line, message: (error as Error).message });
    return undefined;
  }
}

/**
 * Reads a classes-and-rosters file: one line per student — class («5А»), the student's id in the region,
 * the enrolment date and order; optionally the class teacher's id and the shift.
 */
export function parseRosterImport(csv: string): { lines: RosterLine[]; errors: CsvLineError[] } {
  const { rows, errors } = readCsvTable(csv, ROSTER_COLUMNS as Record<string, (typeof ROSTER_COLUMNS)[keyof typeof ROSTER_COLUMNS]>, [
    { column: 'class', title: 'Класс' },
    { column: 'student', title: 'Ученик' },
    { column: 'date', title: 'Дата зачисления' },
    { column: 'order', title: 'Приказ' },
  ], MAX_IMPORT_LINES);
  const lines: RosterLine[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    const name = parseClassName(fields.class ?? '');
    if (!name) errors.push({ line, message: `класс «${fields.class ?? ''}»: ожидается параллель и литера, например 5А` });
    const studentId = (fields.student ?? '').trim().toLowerCase();
    if (!isUuid(studentId)) errors.push({ line, message: 'ученик: ожидается идентификатор обучающегося' });
    else if (seen.has(studentId)) errors.push({ line, message: `этот ученик уже есть в строке ${seen.get(studentId)}` });
    seen.set(studentId, line);
    const date = attempt(() => parseDate(fields.date, 'date', 'дата зачисления'), line, errors);
    const orderNumber = (fields.order ?? '').trim();
    if (!orderNumber) errors.push({ line, message: 'не указан номер приказа' });
    const classTeacherId = (fields.classTeacher ?? '').trim().toLowerCase();
    if (classTeacherId && !isUuid(classTeacherId)) errors.push({ line, message: 'классный руководитель: ожидается идентификатор сотрудника' });
    const shift = fields.shift ? Number(fields.shift) : 1;
    if (!Number.isInteger(shift) || shift < 1) errors.push({ line, message: `смена: ожидается число, а дано «${fields.shift}»` });
    if (name && isUuid(studentId) && date && orderNumber) lines.push({ line, ...name, studentId, date, orderNumber, classTeacherId, shift });
  }
  return { lines, errors };
}

export interface TimetableLine {
  line: number;
  grade: number;
  letter: string;
  weekday: number;
  lessonNumber: number;
  subjectId: string;
  groupName: string;
  teacherId: string;
  roomId: string;
}

const TIMETABLE_COLUMNS = {
  'класс': 'class',
  'class': 'class',
  'день': 'day',
  'день недели': 'day',
  'weekday': 'day',
  'урок': 'number',
  'номер урока': 'number',
  'lesson': 'number',
  'предмет': 'subject',
  'subject': 'subject',
  'группа': 'group',
  'group': 'group',
  'учитель': 'teacher',
  'teacher': 'teacher',
  'кабинет': 'room',
  'room': 'room',
} as const;

const DAYS: Record<string, number> = { 'пн': 1, 'понедельник': 1, 'вт': 2, 'вторник': 2, 'ср': 3, 'среда': 3, 'чт': 4, 'четверг': 4, 'пт': 5, 'пятница': 5, 'сб': 6, 'суббота': 6 };

/** Reads a timetable file: one line per weekly lesson of a class (день, урок, предмет, группа, учитель, кабинет). */
export function parseTimetableImport(csv: string, subjects: Subject[], rooms: Room[]): { lines: TimetableLine[]; errors: CsvLineError[] } {
  const { rows, errors } = readCsvTable(csv, TIMETABLE_COLUMNS as Record<string, (typeof TIMETABLE_COLUMNS)[keyof typeof TIMETABLE_COLUMNS]>, [
    { column: 'class', title: 'Класс' },
    { column: 'day', title: 'День' },
    { column: 'number', title: 'Урок' },
    { column: 'subject', title: 'Предмет' },
    { column: 'teacher', title: 'Учитель' },
  ], MAX_IMPORT_LINES);
  const lines: TimetableLine[] = [];
  for (const { line, fields } of rows) {
    const before = errors.length;
    const name = parseClassName(fields.class ?? '');
    if (!name) errors.push({ line, message: `класс «${fields.class ?? ''}»: ожидается параллель и литера, например 5А` });
    const dayText = (fields.day ?? '').toLowerCase().trim();
    const weekday = DAYS[dayText] ?? Number(dayText);
    if (!(weekday >= 1 && weekday <= 6)) errors.push({ line, message: `день «${fields.day ?? ''}»: пн…сб или 1…6` });
    const lessonNumber = Number(fields.number);
    if (!(Number.isInteger(lessonNumber) && lessonNumber >= 1)) errors.push({ line, message: `урок «${fields.number ?? ''}»: номер урока` });
    const subject = findSubject(subjects, fields.subject ?? '');
    if (!subject) errors.push({ line, message: `предмет «${fields.subject ?? ''}» не найден в каталоге школы` });
    const teacherId = (fields.teacher ?? '').trim().toLowerCase();
    if (!isUuid(teacherId)) errors.push({ line, message: 'учитель: ожидается идентификатор сотрудника' });
    const roomText = (fields.room ?? '').trim();
    const room = roomText ? rooms.find((candidate) => candidate.name.toLowerCase() === roomText.toLowerCase()) : undefined;
    if (roomText && !room) errors.push({ line, message: `кабинет «${roomText}» не найден` });
    if (errors.length === before) lines.push({ line, ...name!, weekday, lessonNumber, subjectId: subject!.id, groupName: (fields.group ?? '').trim(), teacherId, roomId: room?.id ?? '' });
  }
  return { lines, errors };
}

import { RECORD_FORMAT } from './record-file';

// The closed records the archive keeps (002 §5, 003 §5, 004 §6): a journal page of a closed period —
// what the paper journal held: the lessons with dates, topics and homework, the marks with their
// kinds and weights and every revision, the absences, the finals, the teachers, the change requests
// — and, when the year's last period closes, the class's summary sheet of finals (сводная ведомость
// учёта успеваемости). Plain data, names written out: a record is read decades later without the platform.

export type RecordKind = 'journal-page' | 'attendance-sheet' | 'summary-sheet';

export interface Named {
  id: string;
  name: string;
}

export interface PeriodOfRecord extends Named {
  startsOn: string;
  endsOn: string;
  closedOn: string;
}

/** What a closed record is about: the school, the year, the period (the year, for a summary sheet), the class. */
export interface RecordPlace {
  school: Named;
  year: Named;
  period: PeriodOfRecord;
  class: Named;
}

export interface ArchivedLesson {
  id: string;
  date: string;
  number: number;
  teacher: Named;
  substituted: boolean;
  status: string;
  topic: string;
  homework: string;
  noHomework: boolean;
  individualHomework: Array<{ pupilId: string; text: string }>;
  remarks: Array<{ pupilId: string; text: string }>;
  conducted: boolean;
  recordedBy: string;
  recordedAt: string;
  onTime: boolean;
}

export interface ArchivedRevision {
  mark: string;
  workKind: string;
  comment: string;
  changedBy: string;
  changedAt: string;
  reason: string;
  removed: boolean;
}

export interface ArchivedMark {
  id: string;
  lessonId: string;
  pupilId: string;
  /** As the journal writes it: «5», «4/5», «зачёт». */
  mark: string;
  workKind: string;
  weight: number;
  comment: string;
  explanation: string;
  setBy: string;
  setAt: string;
  onTime: boolean;
  revision: number;
  history: ArchivedRevision[];
}

export interface ArchivedFinal {
  pupilId: string;
  kind: string;
  /** «5», «н/а». */
  mark: string;
  proposed: number;
  average: number;
  reason: string;
  setBy: string;
  setAt: string;
}

export interface ArchivedChangeRequest {
  id: string;
  markId: string;
  lessonId: string;
  pupilId: string;
  /** What was asked for: the new mark, or «удалить отметку». */
  requested: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: string;
  decidedBy: string;
  decisionNote: string;
}

/** The record an amendment replaces, and why (an approved change after closure, a period closed again). */
export interface Amendment {
  sha256: string;
  reason: string;
  /** The approved change request behind it; empty when the period was closed again. */
  changeRequestId: string;
}

export interface JournalPageRecord extends RecordPlace {
  format: typeof RECORD_FORMAT;
  kind: 'journal-page';
  group?: Named;
  subject: Named;
  teachers: Named[];
  /** In the order the journal lists them (by name). */
  pupils: Named[];
  lessons: ArchivedLesson[];
  marks: ArchivedMark[];
  absences: Array<{ lessonId: string; pupilId: string; code: string }>;
  finals: ArchivedFinal[];
  changeRequests: ArchivedChangeRequest[];
  amends?: Amendment;
}

export interface SummaryRow {
  pupilId: string;
  subjectId: string;
  /** Per period, in the year's order: «5», «н/а», or '' when none. */
  periods: string[];
  year: string;
  exam: string;
}

export interface SummarySheetRecord extends RecordPlace {
  format: typeof RECORD_FORMAT;
  kind: 'summary-sheet';
  /** The year's periods, in order (the sheet's columns). */
  periods: Named[];
  subjects: Named[];
  pupils: Named[];
  rows: SummaryRow[];
  amends?: Amendment;
}

/** One pupil's missed lessons on one day: the subjects and codes, as the journal pages of the class recorded them. */
export interface MissedLessons {
  pupilId: string;
  date: string;
  lessons: Array<{ subjectId: string; code: string }>;
}

/**
 * The class's attendance sheet of the period (003 §4.1 «сводная ведомость посещаемости»): every pupil's
 * missed lessons by day and code (Н, Б, У, О — 004 §4.2.5), from the class's closed journal pages.
 */
export interface AttendanceSheetRecord extends RecordPlace {
  format: typeof RECORD_FORMAT;
  kind: 'attendance-sheet';
  pupils: Named[];
  subjects: Named[];
  /** The days of the period with a lesson of the class, in order (the sheet's columns). */
  days: string[];
  missed: MissedLessons[];
  /** Per pupil: missed lessons by code, and in all. */
  totals: Array<{ pupilId: string; byCode: Record<string, number>; all: number }>;
  amends?: Amendment;
}

export type ClosedRecord = JournalPageRecord | AttendanceSheetRecord | SummarySheetRecord;

/** Where a record and its amendments sit: one line of records per page (or class's year) and kind. */
export function recordSlot(record: Pick<ClosedRecord, 'kind' | 'period' | 'class'> & { group?: Named; subject?: Named }): string {
  return [record.kind, record.period.id, record.class.id, record.group?.id ?? '', record.subject?.id ?? ''].join('|');
}

/** «Журнал: 5А · Математика · 1 четверть 2026/2027», «Сводная ведомость: 5А · 2026/2027». */
export function recordTitle(record: ClosedRecord): string {
  if (record.kind === 'summary-sheet') return `Сводная ведомость: ${record.class.name} · ${record.year.name}`;
  if (record.kind === 'attendance-sheet') return `Посещаемость: ${record.class.name} · ${record.period.name} ${record.year.name}`;
  const klass = record.group ? `${record.class.name} (${record.group.name})` : record.class.name;
  return `Журнал: ${klass} · ${record.subject.name} · ${record.period.name} ${record.year.name}`;
}

/** A mark as the journal writes it. */
export function markText(values: number[], passFail: string): string {
  if (passFail) return passFail;
  return values.join('/');
}

/** A final as the journal writes it. */
export function finalText(value: number, notAttested: boolean): string {
  if (notAttested) return 'н/а';
  return value > 0 ? String(value) : '';
}

/** «Иванова Мария Петровна»; the id itself when identity no longer knows the person. */
export function fullName(person: { lastName: string; firstName: string; middleName: string } | undefined, id: string): string {
  if (!person) return `(нет данных: ${id})`;
  return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');
}

/** Pupils in the journal's order: by name, Russian collation. */
export function inJournalOrder(pupils: Named[]): Named[] {
  return [...pupils].sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.id.localeCompare(b.id));
}

/** The record without its amendment note: what is compared to tell whether anything changed. */
export function recordBody(record: ClosedRecord): Omit<ClosedRecord, 'amends'> {
  const { amends: _amends, ...body } = record;
  return body;
}

// A journal page and the records on it: the types every part of the journal shares. The rules live
// beside them, each in its own module: lesson-record, marks, corrections, period-finals, year-finals,
// final-changes, lesson-facts.
import { effectiveTeacher } from '@ejournal/school-rules';
import { NotFound } from '@ejournal/kit';
import type { HomeworkFile } from './homework-file';

/** A dated lesson as curriculum publishes it, with what the teacher records on it. */
export interface PageLesson {
  lessonId: string;
  date: string;
  number: number;
  teacherId: string;
  substituteTeacherId: string;
  status: string;
  grade: number;
  lessonVersion: number;
  topic: string;
  homework: string;
  noHomework: boolean;
  individualHomework: Array<{ studentId: string; text: string }>;
  remarks: Array<{ studentId: string; text: string }>;
  conducted: boolean;
  recordedBy: string;
  recordedAt: Date | null;
  recordVersion: number;
  /** Files of the homework (metadata; the bytes are stored by id). */
  files?: HomeworkFile[];
  /** The КТП topic picked (its number); 0 or absent for free text. */
  topicNumber?: number;
  yearId?: string;
  /** When the lesson begins (ЧЧ:ММ, the school's time), from the bells. */
  startsAt?: string;
}

export interface MarkRevision {
  values: number[];
  passFail: string;
  workKind: string;
  comment: string;
  changedBy: string;
  changedAt: Date;
  reason: string;
  removed: boolean;
}

export interface Mark {
  id: string;
  lessonId: string;
  studentId: string;
  values: number[];
  passFail: string;
  workKind: string;
  weight: number;
  comment: string;
  setBy: string;
  setAt: Date;
  onTime: boolean;
  removed: boolean;
  revision: number;
  /** Every earlier state: nothing in the journal is overwritten silently. */
  history: MarkRevision[];
  /** Why the mark stands over an absence (000 §9.1); '' otherwise. */
  explanation: string;
}

/** An absence on a lesson as attendance reports it (the newest revision wins). */
export interface PageAbsence {
  lessonId: string;
  studentId: string;
  code: string;
  revision: number;
}

export interface ChangeRequest {
  id: string;
  markId: string;
  lessonId: string;
  studentId: string;
  values: number[];
  passFail: string;
  workKind: string;
  comment: string;
  removal: boolean;
  reason: string;
  requestedBy: string;
  requestedAt: Date;
  status: 'pending' | 'approved' | 'rejected';
  decidedBy: string;
  decisionNote: string;
}

export interface Final {
  /** 'period' on a period's page; 'year' and 'exam' on the year's (absent on finals set before kinds existed: period). */
  kind?: 'period' | 'year' | 'exam';
  studentId: string;
  value: number;
  proposed: number;
  average: number;
  reason: string;
  setBy: string;
  setAt: Date;
  /** «н/а»: not attested — too few marks for a final (004 §5); value 0. */
  notAttested?: boolean;
}

/** A journal page: a class (or group) × subject × period — the lessons, marks and finals kept together. */
export interface JournalPage {
  _id: string;
  schoolId: string;
  classId: string;
  groupId: string;
  subjectId: string;
  periodId: string;
  lessons: PageLesson[];
  marks: Mark[];
  changeRequests: ChangeRequest[];
  finals: Final[];
  /** Absences on the page's lessons (read model of attendance's events). */
  absences?: PageAbsence[];
  version: number;
}

/** The teacher who keeps the lesson's record: the substitute when there is one (000 §9.1). */
export const teacherOf = effectiveTeacher;

export function lessonOf(page: JournalPage, lessonId: string): PageLesson {
  const lesson = page.lessons.find((candidate) => candidate.lessonId === lessonId);
  if (!lesson) throw new NotFound('урок не найден');
  return lesson;
}

/** Whether a person teaches any lesson of the page by the timetable: the page's teacher sets its finals (000 §9.1). */
export function teachesPage(page: Pick<JournalPage, 'lessons'>, personId: string): boolean {
  return personId !== '' && page.lessons.some((lesson) => lesson.teacherId === personId);
}

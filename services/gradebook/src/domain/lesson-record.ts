import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { lessonBegun, lessonRecordedOnTime } from '@ejournal/school-rules';
import type { HomeworkFile } from './homework-file';
import { lessonOf, type JournalPage, type PageLesson } from './journal-page';
import type { JournalRules } from './rules';
import { boundedText as text } from './text';

/** A closed period's lessons and marks change only through requests the administrator decides (000 §9.1). */
export function ensureLessonsOpen(closed: boolean): void {
  if (closed) throw new FailedPrecondition('период закрыт: записи уроков и новые отметки в нём не меняются; исправление отметки — через запрос на изменение');
}

export function ensureBegun(lesson: PageLesson, at: Date, rules: Pick<JournalRules, 'timeZone'>, what: string): void {
  if (!lessonBegun(lesson, at, rules.timeZone)) throw new FailedPrecondition(`урок ${lesson.date}${lesson.startsAt ? ` в ${lesson.startsAt}` : ''} ещё не начался: ${what} — только на проведённых уроках`);
}

export function ensureConductable(lesson: PageLesson): void {
  if (lesson.status === 'cancelled') throw new FailedPrecondition('урок отменён: записывать в него нельзя');
}

export interface LessonRecordInput {
  /** Picked from the approved КТП (003 §4.2): its topic number and the plan's topics. */
  topicNumber?: number;
  topic?: string;
  homework?: string;
  noHomework?: boolean;
  individualHomework?: Array<{ studentId: string; text: string }>;
  remarks?: Array<{ studentId: string; text: string }>;
  conducted?: boolean;
}

/**
 * Records a lesson (001 §9.2.1): topic, homework — or «без задания» (000 §9.1) — individual homework and
 * remarks to students (001 §3.2), the lesson-conducted mark. First grade: no homework (000 §9.1, 004 §3.8).
 */
export function recordLesson(page: JournalPage, lessonId: string, input: LessonRecordInput, students: string[], by: string, at: Date, plan?: Array<{ number: number; title: string }>, timeZone?: string): { page: JournalPage; lesson: PageLesson } {
  const lesson = lessonOf(page, lessonId);
  ensureConductable(lesson);
  // A lesson is marked as conducted only once it has begun; its topic and homework may be written ahead.
  const begun = lessonBegun(lesson, at, timeZone);
  if (input.conducted && !begun) ensureBegun(lesson, at, { timeZone }, 'отметка «урок проведён»');
  let topic = text(input.topic, 'topic', 500);
  const topicNumber = input.topicNumber ?? 0;
  if (topicNumber > 0) {
    if (!plan) throw new FailedPrecondition('нет утверждённого КТП по этому предмету: тему можно записать только текстом');
    const picked = plan.find((candidate) => candidate.number === topicNumber);
    if (!picked) throw new InvalidArgument(`в КТП нет темы № ${topicNumber} (тем: ${plan.length})`, { topicNumber: `от 1 до ${plan.length}` });
    topic = picked.title;
  }
  const homework = text(input.homework, 'homework', 2000);
  const individualHomework = (input.individualHomework ?? []).map((entry) => ({ studentId: entry.studentId, text: text(entry.text, 'individualHomework', 2000) }));
  const remarks = (input.remarks ?? []).map((entry) => ({ studentId: entry.studentId, text: text(entry.text, 'remarks', 1000) }));
  // First grade: no homework (000 §9.1, 004 §3.8) — «без задания» is what the journal says there.
  if (lesson.grade === 1 && (homework || individualHomework.length > 0)) {
    throw new FailedPrecondition('в 1 классе домашнее задание не задаётся (000 §9.1, 004 §3.8): запишите тему и «без задания»');
  }
  if (homework && input.noHomework) throw new InvalidArgument('либо домашнее задание, либо «без задания»', { noHomework: 'без текста задания' });
  for (const entry of [...individualHomework, ...remarks]) {
    if (!students.includes(entry.studentId)) throw new InvalidArgument('ученика нет в списке класса на дату урока', { studentId: entry.studentId });
  }
  const recorded: PageLesson = {
    ...lesson,
    topic,
    topicNumber,
    homework,
    noHomework: Boolean(input.noHomework),
    individualHomework,
    remarks,
    conducted: input.conducted ?? begun,
    recordedBy: by,
    recordedAt: at,
    recordVersion: lesson.recordVersion + 1,
  };
  return { page: { ...page, lessons: page.lessons.map((candidate) => (candidate.lessonId === lessonId ? recorded : candidate)) }, lesson: recorded };
}

/** Whether the lesson's record was written by 21:00 of its day, in the school's time zone (003 §4.2; the reports judge by the same rule). */
export const isLessonRecordOnTime = (lesson: PageLesson, timeZone?: string) => lesson.recordedAt !== null && lessonRecordedOnTime(lesson.date, lesson.recordedAt, timeZone);


/** A homework file attached to the lesson's record (checked by homework-files.ts); the record's version moves on. */
export function attachHomeworkFile(page: JournalPage, lessonId: string, file: HomeworkFile): JournalPage {
  const lesson = lessonOf(page, lessonId);
  const attached = { ...lesson, files: [...(lesson.files ?? []), file], recordVersion: lesson.recordVersion + 1 };
  return { ...page, lessons: page.lessons.map((candidate) => (candidate.lessonId === lessonId ? attached : candidate)) };
}

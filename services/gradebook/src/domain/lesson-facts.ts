import type { JournalPage, PageAbsence, PageLesson } from './journal-page';

/** A lesson as curriculum published it (a newer version replaces the facts, never the teacher's record). */
export type LessonFacts = Pick<PageLesson, 'lessonId' | 'date' | 'number' | 'teacherId' | 'substituteTeacherId' | 'status' | 'grade' | 'yearId' | 'startsAt'> & { version: number };

export function withLesson(page: JournalPage, facts: LessonFacts): JournalPage | null {
  const current = page.lessons.find((lesson) => lesson.lessonId === facts.lessonId);
  if (current && current.lessonVersion >= facts.version) return null;
  const { version, ...fields } = facts;
  const lesson: PageLesson = current
    ? { ...current, ...fields, lessonVersion: version }
    : { ...fields, lessonVersion: version, topic: '', homework: '', noHomework: false, individualHomework: [], remarks: [], conducted: false, recordedBy: '', recordedAt: null, recordVersion: 0 };
  const lessons = [...page.lessons.filter((candidate) => candidate.lessonId !== facts.lessonId), lesson].sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number);
  return { ...page, lessons };
}

/** Puts attendance's newest word on a student's absence into the lesson's sheet. */
export function withAbsence(page: JournalPage, absence: PageAbsence): JournalPage | null {
  const current = (page.absences ?? []).find((candidate) => candidate.lessonId === absence.lessonId && candidate.studentId === absence.studentId);
  if (current && current.revision >= absence.revision) return null;
  return { ...page, absences: [...(page.absences ?? []).filter((candidate) => candidate !== current), absence] };
}

import { checkAttachedFile, FailedPrecondition } from '@ejournal/kit';
import type { HomeworkFile } from './homework-file';
import { lessonOf, type JournalPage } from './journal-page';

export type { HomeworkFile };

export const MAX_FILES_PER_LESSON = 10;

/**
 * Checks a file for a lesson's homework (000 §3.2, 004 §4.2.5): the platform's checks of an attached
 * file (kit checkAttachedFile: type by content, at most 5 MB, a clean name), no more than 10 per lesson;
 * none in the first grade (no homework there, 000 §9.1).
 */
export function checkHomeworkFile(page: JournalPage, lessonId: string, file: { name: string; contentType: string; size: number; sniffed: string }, existing: HomeworkFile[]): { name: string; contentType: string } {
  const lesson = lessonOf(page, lessonId);
  if (lesson.grade === 1) throw new FailedPrecondition('в 1 классе домашнее задание не задаётся (000 §9.1, 004 §3.8)');
  const checked = checkAttachedFile(file);
  if (existing.length >= MAX_FILES_PER_LESSON) throw new FailedPrecondition(`к заданию урока уже приложено ${MAX_FILES_PER_LESSON} файлов`);
  return checked;
}

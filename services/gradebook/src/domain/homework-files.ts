import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { lessonOf, type JournalPage } from './journal-page';

export interface HomeworkFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: Date;
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FILES_PER_LESSON = 10;

/** What a homework may carry: documents, spreadsheets, presentations, images, plain text, audio. */
export const ALLOWED_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'text/plain': 'TXT',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'audio/mpeg': 'MP3',
};

/**
 * Checks a file for a lesson's homework (000 §3.2, 004 §4.2.5): a known type, at most 5 MB, a name
 * without paths, no more than 10 per lesson; none in the first grade (no homework there, 000 §9.1).
 */
export function checkHomeworkFile(page: JournalPage, lessonId: string, file: { name: string; contentType: string; size: number }, existing: HomeworkFile[]): { name: string; contentType: string } {
  const lesson = lessonOf(page, lessonId);
  if (lesson.grade === 1) throw new FailedPrecondition('в 1 классе домашнее задание не задаётся (000 §9.1, 004 §3.8)');
  const name = (file.name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f]/g, '').trim().slice(0, 200);
  if (!name) throw new InvalidArgument('не указано имя файла', { name: 'имя файла' });
  const contentType = (file.contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!(contentType in ALLOWED_TYPES)) throw new InvalidArgument(`файл «${name}»: тип ${contentType || 'не указан'} не принимается; можно ${Object.values(ALLOWED_TYPES).join(', ')}`, { contentType: 'тип файла' });
  if (file.size === 0) throw new InvalidArgument(`файл «${name}» пустой`, { content: 'файл' });
  if (file.size > MAX_FILE_BYTES) throw new InvalidArgument(`файл «${name}»: ${(file.size / 1024 / 1024).toFixed(1)} МБ, а можно не больше 5 МБ`, { content: 'до 5 МБ' });
  if (existing.length >= MAX_FILES_PER_LESSON) throw new FailedPrecondition(`к заданию урока уже приложено ${MAX_FILES_PER_LESSON} файлов`);
  return { name, contentType };
}

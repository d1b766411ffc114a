import { randomUUID } from 'node:crypto';
import type { gradebookV1 } from '@ejournal/contracts';
import { callingService, NotFound, sniffContent, type AsyncHandlers } from '@ejournal/kit';
import { checkHomeworkFile, type HomeworkFile } from '../domain/homework-files';
import type { JournalPage } from '../domain/journal-page';
import { attachHomeworkFile, ensureLessonsOpen, recordLesson } from '../domain/lesson-record';
import { lessonRecorded } from '../events/gradebook-events';
import { LESSON_MISSING, type JournalAccess } from './journal-access';
import { fileMessage, lessonMessage, markMessage } from './messages';

type Handlers = AsyncHandlers<gradebookV1.GradebookServiceHandlers>;

/** A lesson's record: topic, homework and its files, remarks; and the records as they stand for the diary's export. */
export function lessonHandlers(journal: JournalAccess): Pick<Handlers, 'RecordLesson' | 'AttachHomeworkFile' | 'GetHomeworkFile' | 'ExportLessons'> {
  const store = journal.store;
  return {
    async RecordLesson(request, { principal }) {
      const { page, lesson, closed } = await journal.lessonForEditing(request.lessonId, principal);
      ensureLessonsOpen(closed);
      const [students, timeZone] = await Promise.all([journal.studentsOfLesson(page, lesson), journal.rulesOf(page.schoolId).then((rules) => rules.timeZone)]);
      const plan = request.topicNumber > 0 ? await store.thematicPlan(lesson, page.subjectId) : undefined;
      const recorded = await journal.changeSheet(request.lessonId, (current) => {
        const { page: next, lesson: record } = recordLesson(current, request.lessonId, request, students, principal.subject, new Date(), plan, timeZone);
        return { next, events: (stored) => [lessonRecorded(stored, record)], result: record };
      }, page);
      return lessonMessage(recorded, timeZone);
    },

    async AttachHomeworkFile(request, { principal }) {
      const { page } = await journal.lessonForEditing(request.lessonId, principal);
      const content = Buffer.from(request.content);
      const sniffed = await sniffContent(content);
      const { name, contentType } = checkHomeworkFile(page, request.lessonId, { name: request.name, contentType: request.contentType, size: content.length, sniffed }, page.lessons[0].files ?? []);
      // The bytes first, then the record that points to them: a crash between leaves an unreferenced file, never a dangling link.
      const id = randomUUID();
      await store.saveFileContent(id, name, content);
      const file = await journal.changeSheet(request.lessonId, (current) => {
        checkHomeworkFile(current, request.lessonId, { name, contentType, size: content.length, sniffed }, current.lessons[0].files ?? []);
        const attached: HomeworkFile = { id, name, contentType, size: content.length, uploadedBy: principal.subject, uploadedAt: new Date() };
        return { next: attachHomeworkFile(current, request.lessonId, attached), events: (stored) => [lessonRecorded(stored, stored.lessons[0])], result: attached };
      }, page);
      return fileMessage(file);
    },

    async GetHomeworkFile(request, { principal }) {
      const page = await store.sheets.find(request.lessonId);
      const lesson = page?.lessons[0];
      const file = lesson?.files?.find((candidate) => candidate.id === request.fileId);
      if (!page || !lesson || !file || !(await journal.mayReadLesson(principal, page, lesson))) throw new NotFound('файл не найден');
      return { file: fileMessage(file), content: await store.fileContent(file.id) };
    },

    // The diary's full export reads the records and marks as they stand (000 §5); other services only.
    async ExportLessons(request, { principal }) {
      if (callingService(principal) !== 'diary') throw new NotFound(LESSON_MISSING);
      const sheets = (await Promise.all(request.lessonIds.map((id) => store.sheets.find(id)))).filter((sheet): sheet is JournalPage => sheet !== null);
      return {
        lessons: sheets.map((sheet) => {
          const lesson = sheet.lessons[0];
          return {
            lessonId: lesson.lessonId,
            classId: sheet.classId,
            subjectId: sheet.subjectId,
            periodId: sheet.periodId,
            date: lesson.date,
            recordVersion: String(lesson.recordVersion),
            topic: lesson.topic,
            homework: lesson.homework,
            noHomework: lesson.noHomework,
            individualHomework: lesson.individualHomework,
            remarks: lesson.remarks ?? [],
            files: (lesson.files ?? []).map(fileMessage),
            marks: sheet.marks.map(markMessage),
          };
        }),
      };
    },
  };
}

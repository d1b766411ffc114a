import { toTimestamp, type gradebookV1 } from '@ejournal/contracts';
import type { FinalChangeRequest } from '../domain/final-changes';
import type { HomeworkFile } from '../domain/homework-files';
import { isLessonRecordOnTime } from '../domain/lesson-record';
import { teacherOf, type ChangeRequest, type Final, type Mark, type PageLesson } from '../domain/journal-page';

/** A lesson's record as the API gives it; its on-time flag judged in the school's time zone. */
export function lessonMessage(lesson: PageLesson, timeZone?: string): gradebookV1.LessonRecord {
  return {
    lessonId: lesson.lessonId,
    date: lesson.date,
    number: lesson.number,
    teacherId: teacherOf(lesson),
    substituted: lesson.substituteTeacherId !== '',
    status: lesson.status,
    topic: lesson.topic,
    homework: lesson.homework,
    noHomework: lesson.noHomework,
    individualHomework: lesson.individualHomework,
    remarks: lesson.remarks,
    conducted: lesson.conducted,
    recordedBy: lesson.recordedBy,
    recordedAt: lesson.recordedAt ? toTimestamp(new Date(lesson.recordedAt)) : null,
    onTime: isLessonRecordOnTime(lesson, timeZone),
    files: (lesson.files ?? []).map(fileMessage),
    topicNumber: lesson.topicNumber ?? 0,
  };
}

export function markMessage(mark: Mark): gradebookV1.Mark {
  return {
    ...mark,
    setAt: toTimestamp(new Date(mark.setAt)),
    history: mark.history.map((revision) => ({ ...revision, changedAt: toTimestamp(new Date(revision.changedAt)) })),
  };
}

export function requestMessage(request: ChangeRequest): gradebookV1.ChangeRequest {
  return { ...request, requestedAt: toTimestamp(new Date(request.requestedAt)) };
}

export function finalMessage(final: Final): gradebookV1.Final {
  return { ...final, setAt: toTimestamp(new Date(final.setAt)) };
}

export function fileMessage(file: HomeworkFile): gradebookV1.HomeworkFile {
  return { ...file, uploadedAt: toTimestamp(new Date(file.uploadedAt)) };
}

export function finalRequestMessage(pageId: string, request: FinalChangeRequest): gradebookV1.FinalChangeRequest {
  return { ...request, pageId, requestedAt: toTimestamp(new Date(request.requestedAt)), decidedAt: request.decidedAt ? toTimestamp(new Date(request.decidedAt)) : null };
}

import type { curriculumV1 } from '@ejournal/contracts';
import type { LessonFacts, LessonRecord } from '../domain/diary';
import type { Pseudonyms } from '../domain/pseudonym';

/** A lesson as curriculum's events and queries carry it, as the diary keeps it. */
export function lessonFacts(lesson: curriculumV1.Lesson__Output): LessonFacts {
  return {
    lessonId: lesson.id,
    date: lesson.date,
    number: lesson.number,
    startsAt: lesson.startsAt,
    endsAt: lesson.endsAt,
    subjectId: lesson.subjectId,
    groupId: lesson.groupId,
    periodId: lesson.periodId,
    teacherId: lesson.teacherId,
    substituteTeacherId: lesson.substituteTeacherId,
    status: lesson.status,
    lessonVersion: Number(lesson.version),
  };
}

/** A lesson's record as the gradebook's event or export carries it, as the diary keeps it: pupils by pseudonym only. */
export function lessonRecord(
  record: { topic: string; homework: string; noHomework: boolean; individualHomework: Array<{ studentId: string; text: string }>; remarks: Array<{ studentId: string; text: string }>; files: Array<{ id: string; name: string; contentType: string; size: number }> },
  recordVersion: string,
  pseudonyms: Pseudonyms,
): LessonRecord {
  return {
    topic: record.topic,
    homework: record.homework,
    noHomework: record.noHomework,
    individualHomework: record.individualHomework.map((entry) => ({ studentKey: pseudonyms.of(entry.studentId), text: entry.text })),
    remarks: record.remarks.map((entry) => ({ studentKey: pseudonyms.of(entry.studentId), text: entry.text })),
    files: record.files.map(({ id, name, contentType, size }) => ({ id, name, contentType, size })),
    recordVersion: Number(recordVersion),
  };
}

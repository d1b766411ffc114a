import type { curriculumV1 } from '@ejournal/contracts';
import type { LessonFacts } from '../domain/diary';

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

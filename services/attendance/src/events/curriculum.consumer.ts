import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import type { EventHandler } from '@ejournal/kit';
import { classMonthId, withLesson, type ClassMonth } from '../domain/class-month';
import type { AttendanceStore } from '../store/attendance.store';

export const CURRICULUM_EVENTS = ['curriculum.lessons.planned', 'curriculum.lesson.changed', 'curriculum.lesson.cancelled', 'curriculum.lesson.substituted', 'curriculum.enrolment.changed'] as const;
type CurriculumEvent = (typeof CURRICULUM_EVENTS)[number];

/** Attendance's read models of curriculum: lessons on their class-month sheets, and class rosters. Newer versions only. */
export function keepCurriculum(store: AttendanceStore): EventHandler<CurriculumEvent> {
  const putLessons = async (lessons: curriculumV1.Lesson__Output[]) => {
    const bySheet = new Map<string, curriculumV1.Lesson__Output[]>();
    for (const lesson of lessons) bySheet.set(classMonthId(lesson.classId, lesson.date), [...(bySheet.get(classMonthId(lesson.classId, lesson.date)) ?? []), lesson]);
    for (const [sheetId, sheetLessons] of bySheet) {
      const first = sheetLessons[0];
      await store.sheets.change(
        sheetId,
        (sheet) => {
          let next: ClassMonth = sheet;
          for (const lesson of sheetLessons) {
            next =
              withLesson(next, { lessonId: lesson.id, date: lesson.date, number: lesson.number, subjectId: lesson.subjectId, teacherId: lesson.teacherId, substituteTeacherId: lesson.substituteTeacherId, status: lesson.status, lessonVersion: Number(lesson.version), startsAt: lesson.startsAt }) ?? next;
          }
          return next === sheet ? { next: null, result: null } : { next, result: null };
        },
        (): ClassMonth => ({ _id: sheetId, schoolId: first.schoolId, classId: first.classId, month: first.date.slice(0, 7), lessons: [], absences: [], version: 0 }),
      );
      await store.placeLessons(sheetLessons.map((lesson) => ({ lessonId: lesson.id, sheetId })));
    }
  };

  return async (event: EventEnvelope<CurriculumEvent>) => {
    if (event.type === 'curriculum.enrolment.changed') return store.rosters.apply(event.payload as curriculumV1.EnrolmentChanged__Output, event.aggregateVersion);
    if (event.type === 'curriculum.lessons.planned') return putLessons((event.payload as curriculumV1.LessonsPlanned__Output).lessons);
    const lesson = (event.payload as curriculumV1.LessonChanged__Output).lesson;
    if (lesson) await putLessons([lesson]);
  };
}

import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import type { EventHandler } from '@ejournal/kit';
import type { LessonWeeks } from '../store/lesson-weeks.store';
import { lessonFromFact } from './facts';

export const LESSON_EVENTS = ['curriculum.lessons.planned', 'curriculum.lesson.changed', 'curriculum.lesson.cancelled', 'curriculum.lesson.substituted'] as const;
type LessonEvent = (typeof LESSON_EVENTS)[number];

/**
 * The service's own lesson events, applied again to its week read models. The request that changed a
 * lesson already did so; this makes them right when a process died between the lesson's write and
 * theirs. Applying a lesson twice, or an older version after a newer one, changes nothing.
 */
export function keepLessonWeeks(weeks: LessonWeeks): EventHandler<LessonEvent> {
  return async (event: EventEnvelope<LessonEvent>) => {
    if (event.type === 'curriculum.lessons.planned') {
      await weeks.apply((event.payload as curriculumV1.LessonsPlanned__Output).lessons.map(lessonFromFact));
      return;
    }
    const { lesson, previousDate } = event.payload as curriculumV1.LessonChanged__Output;
    if (!lesson) return;
    await weeks.apply([lessonFromFact(lesson)], previousDate ? new Map([[lesson.id, previousDate]]) : undefined);
  };
}

import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import { derivedPageId } from '../domain/page-id';
import type { EventHandler } from '@ejournal/kit';
import { withLesson, type LessonFacts } from '../domain/lesson-facts';
import { CURRICULUM_FACT_EVENTS, type CurriculumFactEvent } from '../read-models/curriculum-facts';
import type { JournalStore, PageIndex, PlacedSheet } from '../store/journal.store';

export const CURRICULUM_EVENTS = ['curriculum.lessons.planned', 'curriculum.lesson.changed', 'curriculum.lesson.cancelled', 'curriculum.lesson.substituted', ...CURRICULUM_FACT_EVENTS] as const;
type CurriculumEvent = (typeof CURRICULUM_EVENTS)[number];

const facts = (lesson: curriculumV1.Lesson__Output): LessonFacts => ({
  lessonId: lesson.id,
  date: lesson.date,
  number: lesson.number,
  teacherId: lesson.teacherId,
  substituteTeacherId: lesson.substituteTeacherId,
  status: lesson.status,
  grade: lesson.grade,
  yearId: lesson.yearId,
  startsAt: lesson.startsAt,
  version: Number(lesson.version),
});

/**
 * Curriculum's events into the gradebook: dated lessons become lesson sheets on their journal pages
 * (a newer version replaces the facts, never the teacher's record); the rest go to the read model of
 * curriculum's decisions (read-models/curriculum-facts.ts). Every event may come twice or late.
 */
export function keepCurriculum(store: JournalStore): EventHandler<CurriculumEvent> {
  const putLessons = async (lessons: curriculumV1.Lesson__Output[]) => {
    const placing = (lesson: curriculumV1.Lesson__Output) => ({ schoolId: lesson.schoolId, classId: lesson.classId, groupId: lesson.groupId, subjectId: lesson.subjectId, periodId: lesson.periodId });
    const pageOf = (where: { classId: string; groupId: string; subjectId: string; periodId: string }) => derivedPageId(where.classId, where.groupId, where.subjectId, where.periodId);
    // New lessons: their sheets in one write; known ones: a newer version replaces the facts, never the record.
    const fresh = lessons.map((lesson) => ({ ...withLesson({ _id: lesson.id, ...placing(lesson), lessons: [], marks: [], changeRequests: [], finals: [], version: 1 }, facts(lesson))!, pageId: pageOf(lesson) }));
    const known = await store.insertSheets(fresh);
    const leaving = new Map<string, string[]>();
    for (const lesson of lessons.filter((candidate) => known.has(candidate.id))) {
      await store.sheets.change(
        lesson.id,
        (sheet) => {
          const next = withLesson(sheet, facts(lesson));
          if (!next) return { next: null, result: null };
          const before = pageOf(sheet);
          if (before !== pageOf(placing(lesson))) leaving.set(before, [...(leaving.get(before) ?? []), lesson.id]);
          return { next: { ...next, ...placing(lesson), pageId: pageOf(lesson) } as PlacedSheet, result: null };
        },
        () => new Error(`sheet ${lesson.id} vanished`),
      );
    }
    for (const [pageId, ids] of leaving) {
      await store.pages.change(pageId, (index) => ({ next: { ...index, lessonIds: index.lessonIds.filter((id) => !ids.includes(id)) }, result: null }), () => new Error(`page ${pageId} vanished`));
    }
    const byPage = new Map<string, curriculumV1.Lesson__Output[]>();
    for (const lesson of lessons) byPage.set(pageOf(lesson), [...(byPage.get(pageOf(lesson)) ?? []), lesson]);
    for (const [pageId, pageLessons] of byPage) {
      await store.pages.change(
        pageId,
        (index) => {
          const missing = pageLessons.map((lesson) => lesson.id).filter((id) => !index.lessonIds.includes(id));
          return missing.length === 0 ? { next: null, result: null } : { next: { ...index, lessonIds: [...index.lessonIds, ...missing] }, result: null };
        },
        (): PageIndex => ({ _id: pageId, ...placing(pageLessons[0]), lessonIds: [], finals: [], version: 0 }),
      );
    }
  };

  return async (event: EventEnvelope<CurriculumEvent>) => {
    switch (event.type) {
      case 'curriculum.lessons.planned':
        return putLessons((event.payload as curriculumV1.LessonsPlanned__Output).lessons);
      default: {
        if ((CURRICULUM_FACT_EVENTS as readonly string[]).includes(event.type)) return store.facts.apply(event as EventEnvelope<CurriculumFactEvent>);
        const lesson = (event.payload as curriculumV1.LessonChanged__Output).lesson;
        if (lesson) await putLessons([lesson]);
      }
    }
  };
}

import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import { derivedPageId } from '../domain/page-id';
import { Conflict, type EventHandler } from '@ejournal/kit';
import { withLesson, type LessonFacts } from '../domain/journal-page';
import type { JournalRules } from '../domain/rules';
import { gradingKey, thematicPlanKey, type JournalStore, type PageIndex, type PlacedSheet, type SchoolRules } from '../store/journal.store';

export const CURRICULUM_EVENTS = [
  'curriculum.school.settings-changed',
  'curriculum.year.opened',
  'curriculum.lessons.planned',
  'curriculum.lesson.changed',
  'curriculum.lesson.cancelled',
  'curriculum.lesson.substituted',
  'curriculum.enrolment.changed',
  'curriculum.thematic-plan.approved',
  'curriculum.period.closed',
  'curriculum.period.reopened',
  'curriculum.plan.approved',
] as const;
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
 * The gradebook's read models of curriculum: the school's rules, the dated lessons on their journal
 * pages, and class rosters. Every event may come twice or late: each applies only when newer.
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
      case 'curriculum.school.settings-changed': {
        const { schoolId, settings } = event.payload as curriculumV1.SchoolSettingsChanged__Output;
        if (!settings) return;
        const version = Number(settings.version);
        const rules: JournalRules = {
          lowestMark: settings.lowestMark,
          highestMark: settings.highestMark,
          workKinds: settings.workKinds,
          rounding: settings.rounding ?? { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 },
          workingWeekdays: settings.workingWeekdays,
          holidays: settings.holidays,
          markCorrectionMinutes: settings.markCorrectionMinutes,
          minimumMarks: settings.minimumMarks ?? undefined,
          timeZone: settings.timeZone || undefined,
        };
        await store.rules.change(
          schoolId,
          (current) => (current.settingsVersion >= version ? { next: null, result: null } : { next: { ...current, rules, settingsVersion: version }, result: null }),
          (): SchoolRules => ({ _id: schoolId, rules, settingsVersion: 0, version: 0 }),
        );
        return;
      }
      case 'curriculum.year.opened': {
        const year = event.payload as curriculumV1.YearOpened__Output;
        await store.years.insert({ _id: year.yearId, periods: year.periods.map(({ id, name, scheme, startsOn, endsOn }) => ({ id, name, scheme, startsOn, endsOn })), version: 1 }).catch((error: unknown) => {
          if (!(error instanceof Conflict)) throw error;
        });
        for (const period of year.periods) {
          // Periods are published once with their year and never change dates: insert, or find it there.
          await store.periods.insert({ _id: period.id, scheme: period.scheme, startsOn: period.startsOn, endsOn: period.endsOn, version: 1 }).catch((error: unknown) => {
            if (!(error instanceof Conflict)) throw error;
          });
        }
        return;
      }
      case 'curriculum.lessons.planned':
        return putLessons((event.payload as curriculumV1.LessonsPlanned__Output).lessons);
      case 'curriculum.thematic-plan.approved': {
        const plan = event.payload as curriculumV1.ThematicPlanApproved__Output;
        const id = thematicPlanKey(plan.yearId, plan.grade, plan.subjectId, plan.teacherId);
        const topics = plan.topics.map(({ number, title }) => ({ number, title }));
        await store.plans.change(
          id,
          (current) => (current.planVersion >= event.aggregateVersion ? { next: null, result: null } : { next: { ...current, topics, planVersion: event.aggregateVersion }, result: null }),
          () => ({ _id: id, topics: [], planVersion: 0, version: 0 }),
        );
        return;
      }
      // The period's marks, records and finals are locked from now on (changes only through requests);
      // reopened, they are not. The year's version orders closings and reopenings.
      case 'curriculum.period.closed':
      case 'curriculum.period.reopened': {
        const { period } = event.payload as curriculumV1.PeriodClosed__Output;
        if (!period) return;
        await store.periods.change(
          period.id,
          (current) => ((current.closureVersion ?? 0) >= event.aggregateVersion ? { next: null, result: null } : { next: { ...current, closedOn: period.closedOn, closureVersion: event.aggregateVersion }, result: null }),
          () => ({ _id: period.id, scheme: period.scheme, startsOn: period.startsOn, endsOn: period.endsOn, version: 0 }),
        );
        return;
      }
      // How each subject of a grade is marked: on the scale or pass/fail (000 §9.1).
      case 'curriculum.plan.approved': {
        const plan = event.payload as curriculumV1.PlanApproved__Output;
        const id = gradingKey(plan.yearId, plan.grade);
        const passFail = plan.lines.filter((line) => line.passFail).map((line) => line.subjectId);
        const subjects = plan.lines.map((line) => line.subjectId);
        await store.grading.change(
          id,
          (current) => (current.planVersion >= event.aggregateVersion ? { next: null, result: null } : { next: { ...current, subjects, passFail, planVersion: event.aggregateVersion }, result: null }),
          () => ({ _id: id, subjects: [], passFail: [], planVersion: 0, version: 0 }),
        );
        return;
      }
      case 'curriculum.enrolment.changed':
        return store.rosters.apply(event.payload as curriculumV1.EnrolmentChanged__Output, event.aggregateVersion);
      default: {
        const lesson = (event.payload as curriculumV1.LessonChanged__Output).lesson;
        if (lesson) await putLessons([lesson]);
      }
    }
  };
}

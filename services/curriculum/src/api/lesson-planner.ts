import type { curriculumV1 } from '@ejournal/contracts';
import type { Logger } from '@ejournal/kit';
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../domain/dates';
import { diffPlan, type PlanDiff } from '../domain/lesson';
import type { SchoolClass } from '../domain/school-class';
import { lessonsFromTimetable } from '../domain/timetable';
import { lessonCancelled, lessonChanged, lessonsPlanned } from '../events/curriculum-events';
import type { ClassPlannings } from '../store/lesson.store';
import { classOf, settingsOf, yearOf, type Stores } from './stores';

/**
 * Plans a class's dated lessons from its weekly timetables. Without transactions, the order makes it
 * safe: first the planning's record and all its events in one write (the class's plannings document),
 * then the lessons, then the record is marked finished. A process that dies in between leaves the
 * record unfinished; `finishInterrupted` (at start) carries the planning out again, which is
 * idempotent: lesson ids derive from their slot, and unchanged lessons are left as they are.
 */
export class LessonPlanner {
  constructor(private readonly stores: Stores, private readonly logger: Logger) {}

  async plan(schoolClass: SchoolClass, from: IsoDate, to: IsoDate, by: string): Promise<curriculumV1.GenerateLessonsResult> {
    const { stores } = this;
    const [year, settings, timetable, shown] = await Promise.all([
      yearOf(stores, schoolClass.yearId, schoolClass.schoolId),
      settingsOf(stores, schoolClass.schoolId),
      stores.timetables.find(schoolClass._id),
      stores.lessons.weeks.classBetween(schoolClass._id, schoolClass.schoolId, from, to),
    ]);
    const wanted = lessonsFromTimetable(timetable?.timetables ?? [], { settings, year, schoolClass }, from, to);
    // The weeks show lessons without their history; those about to change are read whole first.
    const sketch = diffPlan(wanted, shown.map((lesson) => ({ ...lesson, history: [] })), from, to, by);
    const changing = new Set([...sketch.replanned, ...sketch.cancelled].map((lesson) => lesson._id));
    const whole = await stores.lessons.findAll(schoolClass.schoolId, [...changing]);
    const diff = diffPlan(wanted, [...shown.filter((lesson) => !changing.has(lesson._id)).map((lesson) => ({ ...lesson, history: [] })), ...whole], from, to, by);
    const planningId = randomUUID();
    if (diff.planned.length + diff.replanned.length + diff.cancelled.length > 0) {
      await stores.lessons.plannings.change(
        schoolClass._id,
        (current) => {
          const events = (stored: ClassPlannings) => [
            ...lessonsPlanned(schoolClass.schoolId, schoolClass._id, stored.version, diff.planned),
            ...diff.replanned.map((lesson) => lessonChanged(lesson, 'replanned')),
            ...diff.cancelled.map(lessonCancelled),
          ];
          const next: ClassPlannings = {
            ...current,
            plannings: [...current.plannings, { id: planningId, from, to, by, at: new Date(), planned: diff.planned.length, replanned: diff.replanned.length, cancelled: diff.cancelled.length }],
            unfinished: { id: planningId, from, to, by },
            hasUnfinished: true,
          };
          return { next, events, result: null };
        },
        (): ClassPlannings => ({ _id: schoolClass._id, schoolId: schoolClass.schoolId, plannings: [], unfinished: null, hasUnfinished: false, version: 0 }),
      );
      await this.write(diff);
      await this.finish(schoolClass._id, planningId);
    }
    return { planned: diff.planned.length, cancelled: diff.cancelled.length, unchanged: diff.unchanged, replanned: diff.replanned.length };
  }

  private async write(diff: PlanDiff): Promise<void> {
    await this.stores.lessons.insertNew(diff.planned);
    const changed = await this.stores.lessons.replaceAll([...diff.replanned, ...diff.cancelled]);
    await this.stores.lessons.weeks.apply([...diff.planned, ...changed]);
  }

  private async finish(classId: string, planningId: string): Promise<void> {
    await this.stores.lessons.plannings.change(
      classId,
      (current) => (current.unfinished?.id === planningId ? { next: { ...current, unfinished: null, hasUnfinished: false }, result: null } : { next: null, result: null }),
      () => new Error(`plannings of class ${classId} vanished`),
    );
  }

  /** Carries out plannings a stopped process left unfinished. */
  async finishInterrupted(): Promise<void> {
    for (const record of await this.stores.lessons.plannings.findWhere({ hasUnfinished: true })) {
      const unfinished = record.unfinished!;
      try {
        const schoolClass = await classOf(this.stores, record._id, record.schoolId);
        this.logger.info('finishing an interrupted lesson planning', { classId: record._id, planningId: unfinished.id });
        await this.plan(schoolClass, unfinished.from, unfinished.to, unfinished.by);
        await this.finish(record._id, unfinished.id);
      } catch (error) {
        this.logger.error('could not finish an interrupted lesson planning', { classId: record._id, error: (error as Error).message });
      }
    }
  }
}

import { aggregateSchema, isDuplicateKey, VersionedDocuments, type Versioned } from '@ejournal/kit';
import { LessonWeeks } from './lesson-weeks.store';
import type mongoose from 'mongoose';
import type { IsoDate } from '../domain/dates';
import type { Lesson } from '../domain/lesson';

/** A planning of a class's lessons from its timetable, written before the lessons themselves. */
export interface LessonPlanning {
  id: string;
  from: IsoDate;
  to: IsoDate;
  by: string;
  at: Date;
  planned: number;
  replanned: number;
  cancelled: number;
}

/**
 * A class's plannings: the record of each and, while one is being carried out, its range. The events of
 * a planning are written here with the record, in one write, before the lesson documents: a process
 * that dies halfway leaves `unfinished` set, and the service finishes the planning when it starts.
 */
export interface ClassPlannings extends Versioned {
  schoolId: string;
  plannings: LessonPlanning[];
  unfinished: { id: string; from: IsoDate; to: IsoDate; by: string } | null;
  hasUnfinished: boolean;
}

export class LessonStore extends VersionedDocuments<Lesson> {
  readonly plannings: VersionedDocuments<ClassPlannings>;
  /** Week read models: every look-up by a lesson's class, teacher or dates goes through them. */
  readonly weeks: LessonWeeks;

  constructor(connection: mongoose.Connection) {
    super(connection.model('Lesson', aggregateSchema('lessons')), 'урок');
    const plannings = aggregateSchema('lesson_plannings', { hasUnfinished: { type: Boolean, default: false } });
    plannings.index({ hasUnfinished: 1 });
    this.plannings = new VersionedDocuments(connection.model('LessonPlanning', plannings), 'планирование уроков');
    this.weeks = new LessonWeeks(connection);
  }

  /** Whole lessons (with their change history) of the school, by id; another school's are not found. */
  async findAll(schoolId: string, ids: string[]): Promise<Lesson[]> {
    const found = await Promise.all(ids.map((id) => this.find(id)));
    return found.filter((lesson): lesson is Lesson => lesson !== null && lesson.schoolId === schoolId);
  }

  /** Inserts new lessons; those already there (a planning carried out again) are left as they are. */
  async insertNew(lessons: Lesson[]): Promise<void> {
    for (let start = 0; start < lessons.length; start += 500) {
      const batch = lessons.slice(start, start + 500).map((lesson) => ({ ...lesson, pendingEvents: [], hasPendingEvents: false }));
      try {
        await this.model.collection.insertMany(batch as any[], { ordered: false });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }

  /** Writes changed lessons whose stored version is the one before; the others changed meanwhile and are left. */
  async replaceAll(lessons: Lesson[]): Promise<Lesson[]> {
    const written: Lesson[] = [];
    for (const lesson of lessons) if (await this.replace(lesson)) written.push(lesson);
    return written;
  }
}

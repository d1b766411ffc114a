import { aggregateSchema, isDuplicateKey, VersionedDocuments, type PendingEvent, type Versioned } from '@ejournal/kit';
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

const FIELDS_ONLY = { pendingEvents: 0, hasPendingEvents: 0 } as const;

export class LessonStore extends VersionedDocuments<Lesson> {
  readonly plannings: VersionedDocuments<ClassPlannings>;

  constructor(connection: mongoose.Connection) {
    const lessons = aggregateSchema('lessons', {
      classId: { type: String, required: true },
      week: { type: String, required: true },
      teacherId: { type: String },
      substituteTeacherId: { type: String },
      subjectId: { type: String },
      periodId: { type: String },
    });
    lessons.index({ classId: 1, week: 1 });
    lessons.index({ teacherId: 1, week: 1 });
    lessons.index({ substituteTeacherId: 1, week: 1 });
    lessons.index({ classId: 1, subjectId: 1, periodId: 1 });
    super(connection.model('Lesson', lessons), 'урок');
    const plannings = aggregateSchema('lesson_plannings', { hasUnfinished: { type: Boolean, default: false } });
    plannings.index({ hasUnfinished: 1 });
    this.plannings = new VersionedDocuments(connection.model('LessonPlanning', plannings), 'планирование уроков');
  }

  async ofClass(classId: string): Promise<Lesson[]> {
    return this.model.find({ classId }, FIELDS_ONLY).lean<Lesson[]>();
  }

  async ofClassWeek(classId: string, week: IsoDate): Promise<Lesson[]> {
    return sorted(await this.model.find({ classId, week }, FIELDS_ONLY).lean<Lesson[]>());
  }

  /** A teacher's lessons in a week: those they teach by the timetable and those they substitute. */
  async ofTeacherWeek(teacherId: string, week: IsoDate): Promise<Lesson[]> {
    const [own, substituted] = await Promise.all([
      this.model.find({ teacherId, week }, FIELDS_ONLY).lean<Lesson[]>(),
      this.model.find({ substituteTeacherId: teacherId, week }, FIELDS_ONLY).lean<Lesson[]>(),
    ]);
    return sorted([...own, ...substituted]);
  }

  async ofSubject(classId: string, subjectId: string, periodId: string): Promise<Lesson[]> {
    return sorted(await this.model.find({ classId, subjectId, periodId }, FIELDS_ONLY).lean<Lesson[]>());
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
  async replaceAll(lessons: Lesson[], events: PendingEvent[] = []): Promise<void> {
    for (const lesson of lessons) await this.replace(lesson, events.filter((event) => event.aggregateId === lesson._id));
  }
}

function sorted(lessons: Lesson[]): Lesson[] {
  return lessons.sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number || a.groupId.localeCompare(b.groupId));
}

import { aggregateSchema, insertEach, updateDocument, VersionedDocuments, type Versioned } from '@ejournal/kit';
import { ClassRosters } from '@ejournal/read-models';
import type mongoose from 'mongoose';
import type { ClassMonth, SheetLesson } from '../domain/class-month';
import type { PeriodClosure } from '../domain/period-closure';

/** Which class-month sheet a dated lesson is on (sheets are found by `_id` only). */
interface LessonPlace extends Versioned {
  sheetId: string;
}

/** A school's time zone, from curriculum's settings: whether a lesson has begun is a question of the school's clock. */
export interface SchoolClock extends Versioned {
  timeZone: string;
  settingsVersion: number;
}

export class AttendanceStore {
  readonly sheets: VersionedDocuments<ClassMonth>;
  readonly clocks: VersionedDocuments<SchoolClock>;
  readonly places: VersionedDocuments<LessonPlace>;
  readonly rosters: ClassRosters;
  /** Which periods are closed, by the period's id (from curriculum.period.closed / .reopened). */
  readonly periods: VersionedDocuments<PeriodClosure>;

  constructor(connection: mongoose.Connection) {
    this.sheets = new VersionedDocuments(connection.model('ClassMonth', aggregateSchema('class_months')), 'ведомость посещаемости');
    this.places = new VersionedDocuments(connection.model('LessonPlace', aggregateSchema('lesson_places')), 'урок');
    this.rosters = new ClassRosters(connection);
    this.clocks = new VersionedDocuments(connection.model('SchoolClock', aggregateSchema('school_clocks')), 'часовой пояс школы');
    this.periods = new VersionedDocuments(connection.model('PeriodClosure', aggregateSchema('period_closures')), 'учебный период');
  }

  /** The lesson's period as far as closing goes; null when the lesson names none (kept before lessons carried it) or nothing is known of it (open). */
  async periodOf(lesson: SheetLesson | undefined): Promise<PeriodClosure | null> {
    return lesson?.periodId ? this.periods.find(lesson.periodId) : null;
  }

  /** The school's time zone, or undefined (the platform's default) when its settings name none. */
  async timeZoneOf(schoolId: string): Promise<string | undefined> {
    return (await this.clocks.find(schoolId))?.timeZone || undefined;
  }

  async placeLessons(places: Array<{ lessonId: string; sheetId: string }>): Promise<void> {
    const model = this.places.model;
    const outcomes = await insertEach(model.collection, places.map(({ lessonId, sheetId }) => ({ _id: lessonId, sheetId, version: 1, pendingEvents: [], hasPendingEvents: false })));
    const failed = outcomes.find((outcome): outcome is Error => outcome instanceof Error);
    if (failed) throw failed;
    // A lesson placed before (false: its id exists) may have moved to another month: it changes sheet.
    for (const [index, { lessonId, sheetId }] of places.entries()) {
      if (outcomes[index] === false) await updateDocument(model, { _id: lessonId, sheetId: { $ne: sheetId } }, { $set: { sheetId } });
    }
  }

  async sheetOfLesson(lessonId: string): Promise<ClassMonth | null> {
    const place = await this.places.find(lessonId);
    return place ? this.sheets.find(place.sheetId) : null;
  }
}

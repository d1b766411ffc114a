import { aggregateSchema, isDuplicateKey, serialisedWrite, VersionedDocuments, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';
import type { JournalPage } from '../domain/journal-page';
import type { ClassRoster } from '../domain/roster';
import type { JournalRules } from '../domain/rules';

/** Which page a dated lesson is on (pages are found by `_id` only). */
interface LessonPlace extends Versioned {
  pageId: string;
}


export interface PeriodKind extends Versioned {
  scheme: string;
  startsOn: string;
  endsOn: string;
}

export interface SchoolRules extends Versioned {
  rules: JournalRules;
  /** The version of curriculum's settings these rules come from. */
  settingsVersion: number;
}

/** The gradebook's documents: journal pages (its aggregate) and the read models kept from curriculum's events. */
export class JournalStore {
  readonly pages: VersionedDocuments<JournalPage>;
  readonly places: VersionedDocuments<LessonPlace>;
  readonly rosters: VersionedDocuments<ClassRoster>;
  readonly rules: VersionedDocuments<SchoolRules>;
  /** Each period's scheme (quarter, trimester, half-year): how many marks its finals need. */
  readonly periods: VersionedDocuments<PeriodKind>;

  constructor(connection: mongoose.Connection) {
    this.pages = new VersionedDocuments(connection.model('JournalPage', aggregateSchema('journal_pages')), 'страница журнала');
    this.places = new VersionedDocuments(connection.model('LessonPlace', aggregateSchema('lesson_places')), 'урок');
    this.rosters = new VersionedDocuments(connection.model('ClassRoster', aggregateSchema('class_rosters')), 'список класса');
    this.rules = new VersionedDocuments(connection.model('SchoolRules', aggregateSchema('school_rules')), 'правила школы');
    this.periods = new VersionedDocuments(connection.model('PeriodKind', aggregateSchema('period_kinds')), 'учебный период');
  }

  async placeLessons(places: Array<{ lessonId: string; pageId: string }>): Promise<void> {
    const model = this.places.model;
    try {
      await model.collection.insertMany(places.map(({ lessonId, pageId }) => ({ _id: lessonId, pageId, version: 1, pendingEvents: [], hasPendingEvents: false })) as any[], { ordered: false });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // A lesson moved to another period changes page.
      for (const { lessonId, pageId } of places) {
        await serialisedWrite(model.collection.name, lessonId, () => model.collection.updateOne({ _id: lessonId, pageId: { $ne: pageId } } as any, { $set: { pageId } }));
      }
    }
  }

  async pageOfLesson(lessonId: string): Promise<JournalPage | null> {
    const place = await this.places.find(lessonId);
    return place ? this.pages.find(place.pageId) : null;
  }
}

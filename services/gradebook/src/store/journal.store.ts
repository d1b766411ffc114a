import { aggregateSchema, insertEach, VersionedDocuments, type Versioned } from '@ejournal/kit';
import mongoose from 'mongoose';
import type { FinalChangeRequest } from '../domain/final-changes';
import type { Final, JournalPage } from '../domain/journal-page';
import { ClassRosters } from '@ejournal/read-models';
import type { JournalRules } from '../domain/rules';

/**
 * A journal page's index: its lessons (each kept in its own sheet) and its finals. A page is read as
 * this document (by `_id`) and its lessons' sheets, all at once by the page id each sheet carries.
 */
export interface PageIndex extends Versioned {
  schoolId: string;
  classId: string;
  groupId: string;
  subjectId: string;
  periodId: string;
  lessonIds: string[];
  finals: Final[];
  /** Requests to change finals after closure (domain/final-changes.ts). */
  finalRequests?: FinalChangeRequest[];
}


export interface PeriodKind extends Versioned {
  scheme: string;
  startsOn: string;
  endsOn: string;
  /** The day the period was closed (curriculum.period.closed); absent or '' while open. */
  closedOn?: string;
  /** The year's version of the last closing or reopening applied (they may arrive out of order). */
  closureVersion?: number;
}

/** An approved КТП's topics (from curriculum.thematic-plan.approved), by year, grade, subject and teacher ('-' for the school's). */
export interface ApprovedPlan extends Versioned {
  topics: Array<{ number: number; title: string }>;
  planVersion: number;
}

/** How a grade's subjects are marked in a year (from curriculum.plan.approved): the pass/fail ones. */
export interface Grading extends Versioned {
  subjects: string[];
  passFail: string[];
  planVersion: number;
}

/** A lesson's sheet as stored: with the id of the journal page it is on (indexed). */
export type PlacedSheet = JournalPage & { pageId?: string };

export const gradingKey = (yearId: string, grade: number) => `${yearId}:${grade}`;

export const thematicPlanKey = (yearId: string, grade: number, subjectId: string, teacherId: string) => `${yearId}:${grade}:${subjectId}:${teacherId || '-'}`;

/** A year's periods (from curriculum.year.opened), for the year's finals. */
export interface YearPeriods extends Versioned {
  periods: Array<{ id: string; name: string; scheme: string; startsOn: string; endsOn: string }>;
}

export interface SchoolRules extends Versioned {
  rules: JournalRules;
  /** The version of curriculum's settings these rules come from. */
  settingsVersion: number;
}

/**
 * The gradebook's documents. A lesson's sheet — its record, its marks and their change requests, shaped
 * as a one-lesson journal page — is the aggregate teachers write (a lesson's marks change together);
 * a page's index holds its lesson ids and finals; the rest are read models kept from curriculum's events.
 */
export class JournalStore {
  readonly sheets: VersionedDocuments<JournalPage>;
  readonly pages: VersionedDocuments<PageIndex>;
  readonly rosters: ClassRosters;
  readonly rules: VersionedDocuments<SchoolRules>;
  /** Each period's scheme (quarter, trimester, half-year): how many marks its finals need. */
  readonly periods: VersionedDocuments<PeriodKind>;
  readonly years: VersionedDocuments<YearPeriods>;
  readonly plans: VersionedDocuments<ApprovedPlan>;
  readonly grading: VersionedDocuments<Grading>;

  constructor(private readonly connection: mongoose.Connection) {
    this.sheets = new VersionedDocuments(connection.model('LessonSheet', aggregateSchema('lesson_sheets', { pageId: { type: String, index: true } })), 'урок');
    this.pages = new VersionedDocuments(connection.model('PageIndex', aggregateSchema('journal_pages')), 'страница журнала');
    this.rosters = new ClassRosters(connection);
    this.rules = new VersionedDocuments(connection.model('SchoolRules', aggregateSchema('school_rules')), 'правила школы');
    this.periods = new VersionedDocuments(connection.model('PeriodKind', aggregateSchema('period_kinds')), 'учебный период');
    this.years = new VersionedDocuments(connection.model('YearPeriods', aggregateSchema('year_periods')), 'учебный год');
    this.plans = new VersionedDocuments(connection.model('ApprovedPlan', aggregateSchema('approved_plans')), 'КТП');
    this.grading = new VersionedDocuments(connection.model('Grading', aggregateSchema('grading')), 'оценивание предметов');
  }

  /** Homework files' bytes, by file id (GridFS: chunks of ordinary documents, on MongoDB and FerretDB alike). */
  private filesBucket(): mongoose.mongo.GridFSBucket {
    return new mongoose.mongo.GridFSBucket(this.connection.db!, { bucketName: 'homework_files' });
  }

  async saveFileContent(id: string, name: string, content: Buffer): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const upload = this.filesBucket().openUploadStreamWithId(id as never, name);
      upload.once('finish', () => resolve());
      upload.once('error', reject);
      upload.end(content);
    });
  }

  async fileContent(id: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.filesBucket().openDownloadStream(id as never)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Stores the sheets of new lessons in one write; returns those that were there already. */
  async insertSheets(sheets: JournalPage[]): Promise<Set<string>> {
    const outcomes = await insertEach(this.sheets.model.collection, sheets.map((sheet) => ({ ...sheet, pendingEvents: [], hasPendingEvents: false })));
    const failed = outcomes.find((outcome): outcome is Error => outcome instanceof Error);
    if (failed) throw failed;
    return new Set(sheets.filter((_, index) => outcomes[index] === false).map((sheet) => sheet._id));
  }

  /**
   * A whole page: its index and its lessons' sheets merged, in date order — two reads, the sheets in one
   * (by the indexed page id). A lesson of the index whose sheet does not name the page yet (one written
   * before sheets carried it) is read by its id.
   */
  async page(pageId: string): Promise<{ index: PageIndex; page: JournalPage } | null> {
    const [index, placed] = await Promise.all([this.pages.find(pageId), this.sheets.findWhere({ pageId }) as Promise<PlacedSheet[]>]);
    if (!index) return null;
    const byId = new Map(placed.map((sheet) => [sheet._id, sheet]));
    const unplaced = index.lessonIds.filter((id) => !byId.has(id));
    for (const sheet of await Promise.all(unplaced.map((id) => this.sheets.find(id)))) if (sheet) byId.set(sheet._id, sheet);
    const sheets = index.lessonIds.map((id) => byId.get(id)).filter((sheet): sheet is JournalPage => sheet !== undefined);
    const { lessonIds: _ids, ...placing } = index;
    const page: JournalPage = {
      ...placing,
      lessons: sheets.flatMap((sheet) => sheet.lessons).sort((a, b) => a.date.localeCompare(b.date) || a.number - b.number),
      marks: sheets.flatMap((sheet) => sheet.marks),
      changeRequests: sheets.flatMap((sheet) => sheet.changeRequests),
      absences: sheets.flatMap((sheet) => sheet.absences ?? []),
    };
    return { index, page };
  }
}

/** The КТП a lesson's topics come from: the teacher's own, else the school's for the grade and subject. */
export async function planFor(store: JournalStore, lesson: { yearId?: string; grade: number; teacherId: string }, subjectId: string): Promise<ApprovedPlan['topics'] | undefined> {
  if (!lesson.yearId) return undefined;
  const own = await store.plans.find(thematicPlanKey(lesson.yearId, lesson.grade, subjectId, lesson.teacherId));
  return (own ?? (await store.plans.find(thematicPlanKey(lesson.yearId, lesson.grade, subjectId, ''))))?.topics;
}

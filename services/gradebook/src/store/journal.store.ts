import { aggregateSchema, insertEach, VersionedDocuments, type Versioned } from '@ejournal/kit';
import mongoose from 'mongoose';
import type { FinalChangeRequest } from '../domain/final-changes';
import type { Final, JournalPage } from '../domain/journal-page';
import type { ClassRosters } from '@ejournal/read-models';
import { CurriculumFacts, type ApprovedPlan } from '../read-models/curriculum-facts';
import { thematicPlanKeys } from '@ejournal/school-rules';

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

/** A lesson's sheet as stored: with the id of the journal page it is on (indexed). */
export type PlacedSheet = JournalPage & { pageId?: string };

/**
 * The gradebook's documents. A lesson's sheet — its record, its marks and their change requests, shaped
 * as a one-lesson journal page — is the aggregate teachers write (a lesson's marks change together);
 * a page's index holds its lesson ids and finals; curriculum's decisions are a read model beside them.
 */
export class JournalStore {
  readonly sheets: VersionedDocuments<JournalPage>;
  readonly pages: VersionedDocuments<PageIndex>;
  /** Curriculum's decisions the journal applies (read-models/curriculum-facts.ts). */
  readonly facts: CurriculumFacts;
  readonly rosters: ClassRosters;
  readonly rules: CurriculumFacts['rules'];
  readonly periods: CurriculumFacts['periods'];
  readonly years: CurriculumFacts['years'];
  readonly plans: CurriculumFacts['plans'];
  readonly grading: CurriculumFacts['grading'];

  constructor(private readonly connection: mongoose.Connection) {
    this.sheets = new VersionedDocuments(connection.model('LessonSheet', aggregateSchema('lesson_sheets', { pageId: { type: String, index: true } })), 'урок');
    this.pages = new VersionedDocuments(connection.model('PageIndex', aggregateSchema('journal_pages', { periodId: { type: String, index: true } })), 'страница журнала');
    this.facts = new CurriculumFacts(connection);
    ({ rosters: this.rosters, rules: this.rules, periods: this.periods, years: this.years, plans: this.plans, grading: this.grading } = this.facts);
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

  /** The approved КТП topics of a lesson: the first plan found of those the rules name (domain/thematic-plans). */
  async thematicPlan(lesson: { yearId?: string; grade: number; teacherId: string }, subjectId: string): Promise<ApprovedPlan['topics'] | undefined> {
    for (const key of thematicPlanKeys(lesson, subjectId)) {
      const plan = await this.plans.find(key);
      if (plan) return plan.topics;
    }
    return undefined;
  }

  /**
   * A whole page: its index and its lessons' sheets merged, in date order — two reads, the sheets in one
   * (by the indexed page id). A lesson of the index whose sheet does not name the page yet (one written
   * before sheets carried it) is read by its id.
   */
  async page(pageId: string): Promise<{ index: PageIndex; page: JournalPage } | null> {
    const [index, placed] = await Promise.all([this.pages.find(pageId), this.sheets.findWhere({ pageId }) as Promise<PlacedSheet[]>]);
    if (!index) return null;
    return { index, page: await this.merged(index, placed) };
  }

  /** A page whose index the caller has read already: its lessons' sheets in one read (by the indexed page id). */
  async pageOf(index: PageIndex): Promise<JournalPage> {
    return this.merged(index, (await this.sheets.findWhere({ pageId: index._id })) as PlacedSheet[]);
  }

  /** The school's journal pages of a period, by the indexed period id. */
  periodPages(schoolId: string, periodId: string): Promise<PageIndex[]> {
    return this.pages.findWhere({ periodId, schoolId });
  }

  private async merged(index: PageIndex, placed: PlacedSheet[]): Promise<JournalPage> {
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
    return page;
  }
}

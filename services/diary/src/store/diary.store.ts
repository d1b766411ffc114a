import { aggregateSchema, VersionedDocuments, type Versioned } from '@ejournal/kit';
import type { diaryV1 } from '@ejournal/contracts';
import type mongoose from 'mongoose';
import type { SchoolWeekOpenings } from '../domain/diary-openings';
import type { ClassWeek, StaffName, StudentFinals, StudentPeriod, StudentPlaces, StudentWeek } from '../domain/diary';
import { RecentDocuments } from './recent-documents';

/** Who opened the diary: per class and month, per student key and viewer account (for the class teacher). */
export interface DiaryViews extends Versioned {
  views: Array<{ studentKey: string; viewer: string; role: string; count: number; lastAt: Date }>;
}

/** The years the diary has heard of (curriculum.year.opened), for the scheduled exports. */
export interface KnownYears extends Versioned {
  years: Array<{ yearId: string; schoolId: string; startsOn: string; endsOn: string; lastMonthlyExport: string }>;
}

/** A school's export reports, the newest 24 kept. */
export interface ExportReports extends Versioned {
  reports: diaryV1.ExportReport[];
}

/** How long a name read from the store is reused here. */
const NAME_TTL_MS = 60_000;

/** The diary's documents, every one looked up by `_id`. */
export class DiaryStore {
  readonly places: VersionedDocuments<StudentPlaces>;
  readonly classWeeks: VersionedDocuments<ClassWeek>;
  readonly studentWeeks: VersionedDocuments<StudentWeek>;
  readonly studentPeriods: VersionedDocuments<StudentPeriod>;
  readonly finals: VersionedDocuments<StudentFinals>;
  readonly views: VersionedDocuments<DiaryViews>;
  /** Openings per school and week, for the region's monitoring (each write carries diary.openings.counted). */
  readonly openings: VersionedDocuments<SchoolWeekOpenings>;
  readonly knownYears: VersionedDocuments<KnownYears>;
  readonly reports: VersionedDocuments<ExportReports>;
  readonly staffNames: VersionedDocuments<StaffName>;
  readonly subjectNames: VersionedDocuments<{ _id: string; name: string; version: number }>;
  /**
   * What the week page reads for many pupils or on every page, kept in memory (recent-documents.ts): a
   * class's week and a pupil's places for two seconds, names for a minute (a teacher renamed shows within it).
   */
  readonly recent: {
    classWeeks: RecentDocuments<ClassWeek>;
    places: RecentDocuments<StudentPlaces>;
    subjectNames: RecentDocuments<{ _id: string; name: string; version: number }>;
    staffNames: RecentDocuments<StaffName>;
  };

  constructor(connection: mongoose.Connection) {
    const collection = <T extends Versioned>(model: string, name: string, what: string, indexed: mongoose.SchemaDefinition = {}) => new VersionedDocuments<T>(connection.model(model, aggregateSchema(name, indexed)), what);
    this.places = collection('StudentPlaces', 'student_places', 'места ученика');
    this.classWeeks = collection('ClassWeek', 'class_weeks', 'неделя класса');
    // Filed by class (StudentWeek.classWeek, StudentPeriod.classPeriod): the full export reads a class's pupils at once.
    this.studentWeeks = collection('StudentWeek', 'student_weeks', 'неделя ученика', { classWeek: { type: String, index: true } });
    this.studentPeriods = collection('StudentPeriod', 'student_periods', 'период ученика', { classPeriod: { type: String, index: true } });
    this.finals = collection('StudentFinals', 'student_finals', 'итоговые ученика');
    this.views = collection('DiaryViews', 'diary_views', 'просмотры дневника');
    this.openings = collection('SchoolWeekOpenings', 'school_week_openings', 'открытия дневника за неделю');
    this.knownYears = collection('KnownYears', 'known_years', 'учебные годы');
    this.reports = collection('ExportReports', 'export_reports', 'отчёты выгрузки');
    this.staffNames = collection('StaffName', 'staff_names', 'имена сотрудников');
    this.subjectNames = collection('SubjectName', 'subject_names', 'названия предметов');
    this.recent = {
      classWeeks: new RecentDocuments(this.classWeeks, 2_000),
      places: new RecentDocuments(this.places, 2_000),
      subjectNames: new RecentDocuments(this.subjectNames, NAME_TTL_MS, 50_000),
      staffNames: new RecentDocuments(this.staffNames, NAME_TTL_MS, 50_000),
    };
  }

  /** The documents a week page is built from: each write of one is told to the copies of pages kept elsewhere (events/page-changes.ts). */
  get pageSources(): VersionedDocuments<any>[] {
    return [this.studentWeeks, this.classWeeks, this.places, this.subjectNames, this.staffNames];
  }

  /** Another instance wrote this page document (`<collection>:<id>`): the copy kept here is read again. */
  forgetCopy(document: string): void {
    const at = document.indexOf(':');
    const collection = document.slice(0, at);
    const id = document.slice(at + 1);
    for (const recent of Object.values(this.recent)) if (recent.collection === collection) recent.forget(id);
  }
}

import { NotFound, type VersionedDocuments } from '@ejournal/kit';
import type { AcademicYear } from '../domain/academic-year';
import type { SchoolClass } from '../domain/school-class';
import { emptyRoster, type Roster } from '../domain/roster';
import type { SchoolSettings } from '../domain/settings';
import type { CatalogueStore } from '../store/catalogue.store';
import type { CurriculumStores } from '../store/curriculum.store';
import type { LessonStore } from '../store/lesson.store';
import type { SchoolStore } from '../store/school.store';
import type { ClassTimetable } from '../store/timetable.store';
import type { SchoolPeople } from './school-people';

/** Everything the handlers read and write. */
export interface Stores extends CurriculumStores {
  schools: SchoolStore;
  years: VersionedDocuments<AcademicYear>;
  catalogues: CatalogueStore;
  classes: VersionedDocuments<SchoolClass>;
  timetables: VersionedDocuments<ClassTimetable>;
  lessons: LessonStore;
  rosters: VersionedDocuments<Roster>;
  /** Who the school's students and staff are (identity's). */
  people: SchoolPeople;
}

export const YEAR_MISSING = 'учебный год не найден';
export const CLASS_MISSING = 'класс не найден';
export const SCHOOL_MISSING = 'школа не найдена';

/** The academic year; when the school is known, another school's year is not found. */
export async function yearOf(stores: Stores, yearId: string, schoolId?: string): Promise<AcademicYear> {
  const year = await stores.years.find(yearId);
  if (!year || (schoolId !== undefined && year.schoolId !== schoolId)) throw new NotFound(YEAR_MISSING);
  return year;
}

/** The class; when the school is known, another school's class is not found. */
export async function classOf(stores: Stores, classId: string, schoolId?: string): Promise<SchoolClass> {
  const schoolClass = await stores.classes.find(classId);
  if (!schoolClass || (schoolId !== undefined && schoolClass.schoolId !== schoolId)) throw new NotFound(CLASS_MISSING);
  return schoolClass;
}

export async function settingsOf(stores: Stores, schoolId: string): Promise<SchoolSettings> {
  const school = await stores.schools.withSettings(schoolId);
  if (!school) throw new NotFound(SCHOOL_MISSING);
  return school.settings;
}

export async function rosterOf(stores: Stores, year: AcademicYear): Promise<Roster> {
  return (await stores.rosters.find(year._id)) ?? emptyRoster(year);
}

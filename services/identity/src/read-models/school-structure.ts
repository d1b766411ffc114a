import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import { isRegionalSubject } from '@ejournal/contracts';
import { aggregateSchema, Conflict, VersionedDocuments, type EventHandler, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';

/**
 * What identity knows of a school's structure, kept from curriculum's events (curriculum owns it):
 * its years, its classes with their groups and class teachers, and its own subjects. Grants and
 * imports are checked against it: a class, group or subject of another school does not exist here.
 *
 * Kept from: curriculum.year.opened, curriculum.class.changed, curriculum.year.transitioned,
 * curriculum.subject.added. Every event may come twice or late: a class applies only when newer.
 */
export interface ClassFact extends Versioned {
  schoolId: string;
  yearId: string;
  grade: number;
  letter: string;
  /** «7Б» */
  name: string;
  classTeacherId: string;
  groupIds: string[];
  /** The class's version at curriculum. */
  classVersion: number;
}

export interface YearFact extends Versioned {
  schoolId: string;
  startsOn: string;
  endsOn: string;
}

export interface SubjectFact extends Versioned {
  schoolId: string;
  name: string;
  shortName: string;
}

export const SCHOOL_STRUCTURE_EVENTS = ['curriculum.year.opened', 'curriculum.class.changed', 'curriculum.year.transitioned', 'curriculum.subject.added'] as const;
type StructureEvent = (typeof SCHOOL_STRUCTURE_EVENTS)[number];

export class SchoolStructure {
  readonly classes: VersionedDocuments<ClassFact>;
  readonly years: VersionedDocuments<YearFact>;
  readonly subjects: VersionedDocuments<SubjectFact>;

  constructor(connection: mongoose.Connection) {
    this.classes = new VersionedDocuments(connection.model('ClassFact', aggregateSchema('school_classes', { schoolId: { type: String, index: true } })), 'класс');
    this.years = new VersionedDocuments(connection.model('YearFact', aggregateSchema('school_years', { schoolId: { type: String, index: true } })), 'учебный год');
    this.subjects = new VersionedDocuments(connection.model('SubjectFact', aggregateSchema('school_subjects')), 'предмет');
  }

  /** The class, if it is a class of this school. */
  async classOf(schoolId: string, classId: string): Promise<ClassFact | null> {
    const found = await this.classes.find(classId);
    return found?.schoolId === schoolId ? found : null;
  }

  /** The class a group of this school belongs to, if any. */
  async classOfGroup(schoolId: string, groupId: string): Promise<ClassFact | null> {
    return (await this.classes.findWhere({ schoolId })).find((schoolClass) => schoolClass.groupIds.includes(groupId)) ?? null;
  }

  /** A regional subject (known to every school) or one of this school's own. */
  async hasSubject(schoolId: string, subjectId: string): Promise<boolean> {
    if (isRegionalSubject(subjectId)) return true;
    return (await this.subjects.find(subjectId))?.schoolId === schoolId;
  }

  /** The school's year on a date, else the next one to open (imports in August are for September). */
  async yearOn(schoolId: string, date: string): Promise<YearFact | null> {
    const years = (await this.years.findWhere({ schoolId })).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    return years.find((year) => year.startsOn <= date && date <= year.endsOn) ?? years.find((year) => year.startsOn > date) ?? null;
  }

  /** The school's classes of a year by name («7Б»), for imports that name classes as people do. */
  async classesByName(schoolId: string, yearId: string): Promise<Map<string, ClassFact>> {
    return new Map((await this.classes.findWhere({ schoolId })).filter((schoolClass) => schoolClass.yearId === yearId).map((schoolClass) => [schoolClass.name, schoolClass]));
  }

  private async putClass(schoolId: string, yearId: string, fact: curriculumV1.ClassFact__Output, classVersion: number): Promise<void> {
    const next = { schoolId, yearId, grade: fact.grade, letter: fact.letter, name: `${fact.grade}${fact.letter}`, classTeacherId: fact.classTeacherId, groupIds: fact.groupIds, classVersion };
    await this.classes.change(
      fact.classId,
      (current) => (current.classVersion >= classVersion ? { next: null, result: null } : { next: { ...current, ...next }, result: null }),
      (): ClassFact => ({ _id: fact.classId, version: 0, ...next, classVersion: 0 }),
    );
  }

  keep(): EventHandler<StructureEvent> {
    return async (event: EventEnvelope<StructureEvent>) => {
      switch (event.type) {
        case 'curriculum.year.opened': {
          const year = event.payload as curriculumV1.YearOpened__Output;
          await this.years.insert({ _id: year.yearId, schoolId: event.schoolId, startsOn: year.startsOn, endsOn: year.endsOn, version: 1 }).catch((error: unknown) => {
            if (!(error instanceof Conflict)) throw error;
          });
          return;
        }
        case 'curriculum.class.changed': {
          const changed = event.payload as curriculumV1.ClassChanged__Output;
          if (changed.class) await this.putClass(event.schoolId, changed.yearId, changed.class, event.aggregateVersion);
          return;
        }
        case 'curriculum.year.transitioned': {
          // The next year's classes are made by the transition in their first version.
          const transition = event.payload as curriculumV1.YearTransitioned__Output;
          for (const fact of transition.newClasses) await this.putClass(event.schoolId, transition.toYearId, fact, 1);
          return;
        }
        case 'curriculum.subject.added': {
          const subject = event.payload as curriculumV1.SubjectAdded__Output;
          await this.subjects.insert({ _id: subject.subjectId, schoolId: subject.schoolId, name: subject.name, shortName: subject.shortName, version: 1 }).catch((error: unknown) => {
            if (!(error instanceof Conflict)) throw error;
          });
        }
      }
    };
  }
}

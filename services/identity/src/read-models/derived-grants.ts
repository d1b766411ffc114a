import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import { aggregateSchema, VersionedDocuments, type EventHandler, type Grant, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';
import { classTeacherGrants, substituteGrants, teachingGrants } from '../domain/derived-grants';

/** What one source of curriculum's facts grants, to whom (the last version of the source heard). */
interface SourceGrants extends Versioned {
  schoolId: string;
  sourceVersion: number;
  persons: Array<{ personId: string; grants: Grant[] }>;
  /** Who the version before granted to (their grants from this source are replaced too). */
  former?: string[];
}

/** What a person holds from every source: merged with the account's own grants when a token is issued. */
interface PersonGrants extends Versioned {
  sources: Array<{ source: string; grants: Grant[] }>;
}

export const DERIVED_GRANT_EVENTS = ['curriculum.class.changed', 'curriculum.year.transitioned', 'curriculum.teaching.changed', 'curriculum.lesson.substituted'] as const;
type DerivedGrantEvent = (typeof DERIVED_GRANT_EVENTS)[number];

/**
 * Roles that follow the school's structure (one truth: curriculum's): appointing a class teacher grants
 * class_teacher for the class, and takes it from the previous one; the load and the timetable grant
 * subject_teacher for what each teacher teaches; a substitution grants the substitute the lesson's
 * class and subject for a week. Kept by person, per source; when a source changes, what it granted
 * before and no longer grants goes. Hand-made grants stay on accounts, for what no fact covers.
 */
export class DerivedGrants {
  private readonly sources: VersionedDocuments<SourceGrants>;
  private readonly persons: VersionedDocuments<PersonGrants>;

  constructor(connection: mongoose.Connection) {
    this.sources = new VersionedDocuments(connection.model('SourceGrants', aggregateSchema('derived_grant_sources')), 'источник ролей');
    this.persons = new VersionedDocuments(connection.model('PersonGrants', aggregateSchema('derived_grants')), 'производные роли');
  }

  /** The grants a person holds from curriculum's facts. */
  async of(personId: string): Promise<Grant[]> {
    return ((await this.persons.find(personId))?.sources ?? []).flatMap((source) => source.grants);
  }

  /** The grants each of these people holds from curriculum's facts, in one read (a school's directory); none: absent. */
  async ofMany(personIds: string[]): Promise<Map<string, Grant[]>> {
    if (personIds.length === 0) return new Map();
    const found = await this.persons.model.find({ _id: { $in: personIds } }, { sources: 1 }).lean<Array<Pick<PersonGrants, '_id' | 'sources'>>>();
    return new Map(found.map((person) => [person._id, person.sources.flatMap((source) => source.grants)]));
  }

  /**
   * Replaces what a source grants with its newer version; returns the people who lost a grant by it
   * (their tokens are refused at once; those who gained one get it with their next token). An older
   * version changes nothing; the same version again (a redelivery after a crash between the writes)
   * finishes the people's part.
   */
  async apply(source: string, schoolId: string, sourceVersion: number, granted: Map<string, Grant[]>): Promise<string[]> {
    const stored = await this.sources.change(
      source,
      (current) => {
        if (current.sourceVersion > sourceVersion) return { next: null, result: null };
        if (current.sourceVersion === sourceVersion) return { next: null, result: current };
        const next = { ...current, schoolId, sourceVersion, former: current.persons.map((entry) => entry.personId), persons: [...granted].map(([personId, grants]) => ({ personId, grants })) };
        return { next, result: next };
      },
      (): SourceGrants => ({ _id: source, schoolId, sourceVersion: 0, former: [], persons: [], version: 0 }),
    );
    if (stored === null) return [];
    const lost: string[] = [];
    for (const personId of new Set([...(stored.former ?? []), ...granted.keys()])) {
      const grants = (granted.get(personId) ?? []).map((grant) => ({ ...grant, source }));
      const lostAny = await this.persons.change(
        personId,
        (current) => {
          const before = current.sources.find((entry) => entry.source === source)?.grants ?? [];
          if (JSON.stringify(before) === JSON.stringify(grants)) return { next: null, result: false };
          const sources = [...current.sources.filter((entry) => entry.source !== source), ...(grants.length > 0 ? [{ source, grants }] : [])];
          return { next: { ...current, sources }, result: before.some((old) => !grants.some((kept) => JSON.stringify(kept) === JSON.stringify(old))) };
        },
        (): PersonGrants => ({ _id: personId, sources: [], version: 0 }),
      );
      if (lostAny) lost.push(personId);
    }
    return lost;
  }

  /** Keeps the grants from curriculum's events; `lost` hears of the people who lost a grant. */
  keep(lost: (personIds: string[]) => Promise<void>): EventHandler<DerivedGrantEvent> {
    return async (event: EventEnvelope<DerivedGrantEvent>) => {
      const apply = async (source: string, version: number, granted: Map<string, Grant[]>) => lost(await this.apply(source, event.schoolId, version, granted));
      switch (event.type) {
        case 'curriculum.class.changed': {
          const { class: fact } = event.payload as curriculumV1.ClassChanged__Output;
          if (fact) await apply(`class-teacher:${fact.classId}`, event.aggregateVersion, classTeacherGrants(event.schoolId, fact));
          return;
        }
        case 'curriculum.year.transitioned': {
          // The next year's classes begin at their first version.
          for (const fact of (event.payload as curriculumV1.YearTransitioned__Output).newClasses) await apply(`class-teacher:${fact.classId}`, 1, classTeacherGrants(event.schoolId, fact));
          return;
        }
        case 'curriculum.teaching.changed': {
          const teaching = event.payload as curriculumV1.TeachingChanged__Output;
          await apply(teaching.source, event.aggregateVersion, teachingGrants(event.schoolId, teaching.teaching));
          return;
        }
        case 'curriculum.lesson.substituted': {
          const { lesson } = event.payload as curriculumV1.SubstitutionSet__Output;
          if (lesson) await apply(`substitution:${lesson.id}`, Number(lesson.version), substituteGrants(lesson));
        }
      }
    };
  }
}

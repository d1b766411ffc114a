import type { curriculumV1 } from '@ejournal/contracts';
import { aggregateSchema, VersionedDocuments } from '@ejournal/kit';
import type mongoose from 'mongoose';

/** A class's students over the year: each student's places (the class, and groups) from curriculum's enrolment events. */
export interface ClassRoster {
  _id: string;
  version: number;
  students: Array<{ studentId: string; rosterVersion: number; placements: Array<{ groupId: string; from: string; until: string }> }>;
}

const inPlace = (placement: { from: string; until: string }, date: string) => placement.from <= date && (placement.until === '' || date < placement.until);

/** Students of the class — or of one of its groups — on a date. */
export function studentsOn(roster: ClassRoster | null, date: string, groupId = ''): string[] {
  if (!roster) return [];
  return roster.students.filter((student) => student.placements.some((placement) => placement.groupId === groupId && inPlace(placement, date))).map((student) => student.studentId).sort();
}

/** Students on the roster at any time between two dates. */
export function studentsBetween(roster: ClassRoster | null, from: string, to: string, groupId = ''): string[] {
  if (!roster) return [];
  return roster.students
    .filter((student) => student.placements.some((placement) => placement.groupId === groupId && placement.from <= to && (placement.until === '' || from < placement.until)))
    .map((student) => student.studentId)
    .sort();
}

/**
 * Class rosters kept from curriculum.enrolment.changed, looked up by the class's id. Each event carries
 * all of a student's places in the year, so it replaces what a class knew of that student — only when
 * newer than what it holds (events may come twice or out of order).
 */
export class ClassRosters {
  readonly documents: VersionedDocuments<ClassRoster>;

  constructor(connection: mongoose.Connection) {
    this.documents = new VersionedDocuments(connection.model('ClassRoster', aggregateSchema('class_rosters')), 'список класса');
  }

  find(classId: string): Promise<ClassRoster | null> {
    return this.documents.find(classId);
  }

  async apply(change: curriculumV1.EnrolmentChanged__Output, rosterVersion: number): Promise<void> {
    for (const classId of new Set(change.placements.map((placement) => placement.classId))) {
      const placements = change.placements.filter((placement) => placement.classId === classId).map(({ groupId, from, until }) => ({ groupId, from, until }));
      await this.documents.change(
        classId,
        (roster) => {
          const current = roster.students.find((student) => student.studentId === change.studentId);
          if (current && current.rosterVersion >= rosterVersion) return { next: null, result: null };
          const students = [...roster.students.filter((student) => student.studentId !== change.studentId), { studentId: change.studentId, rosterVersion, placements }];
          return { next: { ...roster, students }, result: null };
        },
        (): ClassRoster => ({ _id: classId, students: [], version: 0 }),
      );
    }
  }
}

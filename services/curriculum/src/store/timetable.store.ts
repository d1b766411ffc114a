import { aggregateSchema, VersionedDocuments, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';
import type { SchoolClass } from '../domain/school-class';
import { supersede, type WeeklyTimetable } from '../domain/timetable';
import { teachingChanged } from '../events/curriculum-events';

/** A class's weekly timetables over the year, and those replaced (kept for the record). */
export interface ClassTimetable extends Versioned {
  schoolId: string;
  yearId: string;
  timetables: WeeklyTimetable[];
  replaced: Array<WeeklyTimetable & { replacedAt: Date; replacedBy: string }>;
}

export function timetableStore(connection: mongoose.Connection): VersionedDocuments<ClassTimetable> {
  const schema = aggregateSchema('timetables', { yearId: { type: String, required: true } });
  schema.index({ yearId: 1 });
  return new VersionedDocuments(connection.model('ClassTimetable', schema), 'расписание');
}

export function blankTimetable(schoolClass: SchoolClass): ClassTimetable {
  return { _id: schoolClass._id, schoolId: schoolClass.schoolId, yearId: schoolClass.yearId, timetables: [], replaced: [], version: 0 };
}

/** A new weekly timetable takes effect from its date; the ones it covers are kept as replaced, with who and when. */
export function setTimetable(timetables: VersionedDocuments<ClassTimetable>, schoolClass: SchoolClass, timetable: WeeklyTimetable, by: string): Promise<ClassTimetable> {
  return timetables.change(
    schoolClass._id,
    (current) => {
      const { kept, replaced } = supersede(current.timetables, timetable);
      const next: ClassTimetable = { ...current, timetables: kept, replaced: [...current.replaced, ...replaced.map((old) => ({ ...old, replacedAt: new Date(), replacedBy: by }))] };
      // Who teaches in the class, by its timetables in force: the teachers' rights follow (identity).
      const teaching = kept.flatMap((weekly) => weekly.entries.map((entry) => ({ teacherId: entry.teacherId, classId: schoolClass._id, groupId: entry.groupId, subjectId: entry.subjectId })));
      return { next, events: (stored) => [teachingChanged(stored, 'timetable', schoolClass.yearId, teaching)] };
    },
    () => blankTimetable(schoolClass),
  );
}

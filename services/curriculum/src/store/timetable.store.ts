import { aggregateSchema, VersionedDocuments, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';
import type { WeeklyTimetable } from '../domain/timetable';

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

import { aggregateSchema, VersionedDocuments } from '@ejournal/kit';
import type mongoose from 'mongoose';
import type { AcademicYear } from '../domain/academic-year';

/** Academic years and their periods, looked up by school. */
export function yearStore(connection: mongoose.Connection): VersionedDocuments<AcademicYear> {
  const schema = aggregateSchema('academic_years', { schoolId: { type: String, required: true } });
  schema.index({ schoolId: 1 });
  return new VersionedDocuments(connection.model('AcademicYear', schema), 'учебный год');
}

import { aggregateSchema, VersionedDocuments } from '@ejournal/kit';
import type mongoose from 'mongoose';
import type { SchoolClass } from '../domain/school-class';

/** Classes of each academic year; a name («5А») is unique in its year. */
export function classStore(connection: mongoose.Connection): VersionedDocuments<SchoolClass> {
  const schema = aggregateSchema('classes', { yearId: { type: String, required: true }, name: { type: String, required: true } });
  schema.index({ yearId: 1, name: 1 }, { unique: true });
  return new VersionedDocuments(connection.model('SchoolClass', schema), 'класс');
}

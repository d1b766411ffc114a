import { aggregateSchema, VersionedDocuments, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';

/** A school's pupils and those with a parent connected, as last counted (its writes carry identity.families.counted). */
export interface FamilyCount extends Versioned {
  pupils: number;
  pupilsWithParents: number;
}

export class FamilyCountStore extends VersionedDocuments<FamilyCount> {
  constructor(connection: mongoose.Connection) {
    super(connection.model('FamilyCount', aggregateSchema('family_counts')), 'подключение семей школы');
  }
}

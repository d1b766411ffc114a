import { aggregateSchema, VersionedDocuments, type Versioned } from '@ejournal/kit';
import type mongoose from 'mongoose';
import { REGIONAL_SUBJECTS, type Room, type Subject, type Textbook } from '../domain/catalogue';

/** A school's own subjects, rooms and textbooks (the regional subjects are added on reading). */
export interface SchoolCatalogue extends Versioned {
  subjects: Subject[];
  rooms: Room[];
  textbooks: Textbook[];
}

export const blankCatalogue = (schoolId: string): SchoolCatalogue => ({ _id: schoolId, version: 0, subjects: [], rooms: [], textbooks: [] });

export class CatalogueStore extends VersionedDocuments<SchoolCatalogue> {
  constructor(connection: mongoose.Connection) {
    super(connection.model('SchoolCatalogue', aggregateSchema('school_catalogues')), 'каталог школы');
  }

  /** The catalogue as the school sees it: the regional subjects first, then its own. */
  async of(schoolId: string): Promise<SchoolCatalogue> {
    const own = (await this.find(schoolId)) ?? blankCatalogue(schoolId);
    return { ...own, subjects: [...REGIONAL_SUBJECTS, ...own.subjects] };
  }
}

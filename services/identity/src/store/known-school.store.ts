import { isDuplicateKey, updateAndRead } from '@ejournal/kit';
import mongoose from 'mongoose';

/** Identity's read model of a school, kept from curriculum.school.registered (to scope staff to schools). */
export interface KnownSchool {
  _id: string;
  shortName: string;
  knownSince: Date;
  version: number;
}

const knownSchoolSchema = new mongoose.Schema<KnownSchool>(
  {
    _id: { type: String, required: true },
    shortName: { type: String, required: true },
    knownSince: { type: Date, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'known_schools', versionKey: false },
);

export class KnownSchoolStore {
  readonly model: mongoose.Model<KnownSchool>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<KnownSchool>('KnownSchool', knownSchoolSchema);
  }

  /**
   * Applies a version of the school if it is newer than the one kept: events may come twice or out
   * of order. An older or equal version leaves the document as it is.
   */
  async apply(school: { schoolId: string; shortName: string; version: number }, now = new Date()): Promise<void> {
    try {
      // Made when missing; replaced when older. A document at an equal or newer version does not match,
      // and the upsert then collides with it: nothing to apply.
      await updateAndRead(this.model, { _id: school.schoolId, version: { $lt: school.version } }, { $set: { shortName: school.shortName, version: school.version }, $setOnInsert: { knownSince: now } }, { upsert: true });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  async find(schoolId: string): Promise<KnownSchool | null> {
    return this.model.findById(schoolId).lean<KnownSchool>();
  }
}

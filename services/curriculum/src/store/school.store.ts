import { addOutbox, Conflict, isDuplicateKey, type PendingEvent, type WithOutbox } from '@ejournal/kit';
import mongoose from 'mongoose';
import { schoolIdentityKey, type SchoolRegistration } from '../domain/school';

export interface School extends SchoolRegistration {
  _id: string;
  registeredAt: Date;
  /** Account that registered the school. */
  registeredBy: string;
  version: number;
}

type SchoolDocument = School & WithOutbox & { identityKey: string };

const schoolSchema = new mongoose.Schema<SchoolDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    shortName: { type: String, required: true },
    municipality: { type: String, required: true },
    identityKey: { type: String, required: true },
    registeredAt: { type: Date, required: true },
    registeredBy: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { collection: 'schools', versionKey: false },
);
schoolSchema.index({ identityKey: 1 }, { unique: true });
addOutbox(schoolSchema);

const PUBLIC_FIELDS = { name: 1, shortName: 1, municipality: 1, registeredAt: 1, registeredBy: 1, version: 1 } as const;

export class SchoolStore {
  readonly model: mongoose.Model<SchoolDocument>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<SchoolDocument>('School', schoolSchema);
  }

  /** Stores a new school together with its events, in one write. Conflict when it is registered already. */
  async register(school: School, events: PendingEvent[]): Promise<void> {
    try {
      await this.model.create({ ...school, identityKey: schoolIdentityKey(school), pendingEvents: events, hasPendingEvents: events.length > 0 });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      throw new Conflict(`школа «${school.shortName}» (${school.municipality}) уже зарегистрирована`);
    }
  }

  async find(id: string): Promise<School | null> {
    return this.model.findById(id, PUBLIC_FIELDS).lean<School>();
  }
}

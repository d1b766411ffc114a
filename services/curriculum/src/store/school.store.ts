import { addOutbox, updateDocument, VersionedDocuments, type PendingEvent, type WithOutbox } from '@ejournal/kit';
import mongoose from 'mongoose';
import { schoolIdentityKey, type SchoolRegistration } from '../domain/school';
import { defaultSettings, type SchoolSettings } from '../domain/settings';

export interface School extends SchoolRegistration {
  _id: string;
  registeredAt: Date;
  /** Account that registered the school. */
  registeredBy: string;
  version: number;
  /** The school's own rules; the defaults until the school changes them. */
  settings?: SchoolSettings;
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
    settings: { type: mongoose.Schema.Types.Mixed },
  },
  { collection: 'schools', versionKey: false },
);
schoolSchema.index({ identityKey: 1 }, { unique: true });
addOutbox(schoolSchema);

const PUBLIC_FIELDS = { name: 1, shortName: 1, municipality: 1, registeredAt: 1, registeredBy: 1, version: 1, settings: 1 } as const;

export class SchoolStore {
  readonly model: mongoose.Model<SchoolDocument>;
  /** The kit's write path for the school document (its insert announces the events to the relay). */
  private readonly documents: VersionedDocuments<School & { identityKey: string }>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<SchoolDocument>('School', schoolSchema);
    this.documents = new VersionedDocuments(this.model, 'школа');
  }

  /** Stores a new school together with its events, in one write. Conflict when it is registered already. */
  async register(school: School, events: PendingEvent[]): Promise<void> {
    await this.documents.insert({ ...school, identityKey: schoolIdentityKey(school) }, events, `школа «${school.shortName}» (${school.municipality}) уже зарегистрирована`);
  }

  /** Every school of the region (hundreds: one read), for its operator. */
  async all(): Promise<School[]> {
    return this.model.find({}, PUBLIC_FIELDS).lean<School[]>();
  }

  async find(id: string): Promise<School | null> {
    return this.model.findById(id, PUBLIC_FIELDS).lean<School>();
  }

  /** The school with its settings (the defaults when it has set none). */
  async withSettings(id: string): Promise<(School & { settings: SchoolSettings }) | null> {
    const school = await this.find(id);
    // Settings stored before a field existed take its default.
    return school ? { ...school, settings: { ...defaultSettings(), ...(school.settings ?? {}) } } : null;
  }

  /**
   * Replaces the settings of the school as read (at `school.version`), with the events of the version it
   * becomes, in one write; that version, or null when the school changed meanwhile.
   */
  async saveSettings(school: Pick<School, '_id' | 'version'>, settings: SchoolSettings, events: (version: number) => PendingEvent[]): Promise<number | null> {
    const saved = school.version + 1;
    const matched = await updateDocument(this.model, { _id: school._id, version: school.version }, { $set: { settings }, $inc: { version: 1 } }, events(saved));
    return matched ? saved : null;
  }
}

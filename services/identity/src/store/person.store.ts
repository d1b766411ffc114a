import { serialisedWrite } from '@ejournal/kit';
import mongoose from 'mongoose';
import type { PersonData } from '../domain/people';

/** A person: the only place the platform keeps names, birth dates and contacts. */
export interface Person extends PersonData {
  _id: string;
  /** Region-wide numeric UID (000 §1, 000 §7.1). */
  uid: number;
  schoolId: string;
  createdAt: Date;
  createdBy: string;
  /** The import that created the person, to undo a failed import. */
  importId?: string;
}

const personSchema = new mongoose.Schema<Person>(
  {
    _id: { type: String, required: true },
    uid: { type: Number, required: true },
    kind: { type: String, required: true },
    lastName: { type: String, required: true },
    firstName: { type: String, required: true },
    middleName: { type: String, default: '' },
    birthDate: { type: String, default: '' },
    email: { type: String, default: '' },
    phone: { type: String, default: '' },
    schoolId: { type: String, default: '' },
    classId: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    importId: String,
  },
  { collection: 'people', versionKey: false },
);
personSchema.index({ uid: 1 }, { unique: true });
personSchema.index({ importId: 1 });

interface Counter {
  _id: string;
  value: number;
}
const counterSchema = new mongoose.Schema<Counter>({ _id: String, value: Number }, { collection: 'counters', versionKey: false });

export class PersonStore {
  readonly model: mongoose.Model<Person>;
  private readonly counters: mongoose.Model<Counter>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<Person>('Person', personSchema);
    this.counters = connection.model<Counter>('Counter', counterSchema);
  }

  /** Reserves `count` consecutive UIDs atomically; returns the first. */
  async reserveUids(count: number): Promise<number> {
    const counter = await serialisedWrite(this.counters.collection.name, 'person-uid', () => this.counters.findOneAndUpdate({ _id: 'person-uid' }, { $inc: { value: count } }, { upsert: true, new: true }).lean());
    return counter!.value - count + 1;
  }

  async insert(people: Person[]): Promise<void> {
    if (people.length > 0) await this.model.insertMany(people, { ordered: true });
  }

  async find(id: string): Promise<Person | null> {
    return this.model.findById(id).lean<Person>();
  }

  /** Undoes what one import wrote (the import failed half-way). */
  async removeImport(importId: string): Promise<void> {
    await this.model.deleteMany({ importId });
  }
}

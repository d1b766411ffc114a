import { addOutbox, serialisedWrite, type PendingEvent } from '@ejournal/kit';
import mongoose from 'mongoose';
import { currentClass, withEnrolment, type YearEnrolment } from '../domain/enrolment';
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
  /** A student's placements per school year, as curriculum's rosters have them; classId follows from them. */
  enrolments?: YearEnrolment[];
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
    enrolments: { type: mongoose.Schema.Types.Mixed },
  },
  { collection: 'people', versionKey: false },
);
personSchema.index({ uid: 1 }, { unique: true });
personSchema.index({ importId: 1 });
personSchema.index({ schoolId: 1 });
addOutbox(personSchema);

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

  /** Stores new people, each with the events its registration implies (in the same write). */
  async insert(people: Person[], events: Map<string, PendingEvent[]> = new Map()): Promise<void> {
    if (people.length === 0) return;
    await this.model.insertMany(
      people.map((person) => ({ ...person, pendingEvents: events.get(person._id) ?? [], hasPendingEvents: (events.get(person._id) ?? []).length > 0 })),
      { ordered: true },
    );
  }

  async find(id: string): Promise<Person | null> {
    return this.model.findById(id, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Person>();
  }

  /**
   * Keeps a student's class as curriculum's rosters have it: applies a year's enrolment when newer than
   * the one kept. Returns the person as it stands after, or null when there is no such student.
   */
  async applyEnrolment(personId: string, enrolment: YearEnrolment, today: string): Promise<Person | null> {
    return serialisedWrite(this.model.collection.name, personId, async () => {
      const person = await this.find(personId);
      if (!person || person.kind !== 'student') return null;
      const enrolments = withEnrolment(person.enrolments ?? [], enrolment);
      if (!enrolments) return person;
      const classId = currentClass(enrolments, today);
      await this.model.updateOne({ _id: personId }, { $set: { enrolments, classId } });
      return { ...person, enrolments, classId };
    });
  }

  /** A school's people (an index on the school; a listing, not a hot path). */
  async ofSchool(schoolId: string): Promise<Person[]> {
    return this.model.find({ schoolId }, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Person[]>();
  }

  /** Changes a person's data, with the events the change implies in the same write (one write at a time per person). */
  async update(personId: string, changes: Partial<Person>, events: (current: Person) => PendingEvent[] = () => []): Promise<Person | null> {
    return serialisedWrite(this.model.collection.name, personId, async () => {
      const current = await this.find(personId);
      if (!current) return null;
      const next = { ...current, ...changes };
      const raised = events(next);
      await this.model.updateOne({ _id: personId }, raised.length > 0 ? { $set: { ...changes, hasPendingEvents: true }, $push: { pendingEvents: { $each: raised } } } : { $set: changes });
      return next;
    });
  }

  /** People by id, each looked up by `_id` (an `$in` scans the table on the local server). */
  async findMany(ids: string[]): Promise<Person[]> {
    return (await Promise.all(ids.map((id) => this.find(id)))).filter((person): person is Person => person !== null);
  }

  /** Undoes what one import wrote (the import failed half-way). */
  async removeImport(importId: string): Promise<void> {
    await this.model.deleteMany({ importId });
  }
}

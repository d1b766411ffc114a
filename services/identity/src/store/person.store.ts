import { addOutbox, advanceCounter, Conflict, findEach, insertWithEvents, updateDocument, type PendingEvent } from '@ejournal/kit';
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

/** What a change of a person's data is made from: their data as read (a field never written reads as null). */
const dataAsRead = (person: Person): Record<string, unknown> =>
  Object.fromEntries((['kind', 'lastName', 'firstName', 'middleName', 'birthDate', 'email', 'phone', 'schoolId', 'classId'] as const).map((field) => [field, person[field] ?? null]));

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
    return (await advanceCounter(this.counters, 'person-uid', count)) - count + 1;
  }

  /** New people in one insert, each with the events of its registration (announced to the relay). */
  async insert(people: Person[], events: Map<string, PendingEvent[]> = new Map()): Promise<void> {
    await insertWithEvents(this.model, people, events);
  }

  async find(id: string): Promise<Person | null> {
    return this.model.findById(id, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Person>();
  }

  /**
   * Keeps a student's class as curriculum's rosters have it: applies a year's enrolment when newer than
   * the one kept. Returns the person as it stands after, or null when there is no such student.
   */
  async applyEnrolment(personId: string, enrolment: YearEnrolment, today: string): Promise<Person | null> {
    const person = await this.change(
      personId,
      (current) => {
        const enrolments = current.kind === 'student' ? withEnrolment(current.enrolments ?? [], enrolment) : null;
        return enrolments ? { changes: { enrolments, classId: currentClass(enrolments, today) } } : null;
      },
      // Made from the enrolments as read ($eq: mongoose would take a bare array for "any of").
      (current) => ({ enrolments: { $eq: current.enrolments ?? null } }),
    );
    return person?.kind === 'student' ? person : null;
  }

  /** A school's people (an index on the school; a listing, not a hot path). */
  async ofSchool(schoolId: string): Promise<Person[]> {
    return this.model.find({ schoolId }, { pendingEvents: 0, hasPendingEvents: 0 }).lean<Person[]>();
  }

  /** Changes a person's data, with the events the change implies in the same write (one write at a time per person). */
  async update(personId: string, changes: Partial<Person>, events: (current: Person) => PendingEvent[] = () => []): Promise<Person | null> {
    return this.change(personId, (current) => ({ changes, events: events({ ...current, ...changes }) }), dataAsRead);
  }

  /**
   * Changes the person as they stand now: reads, applies, and writes only while what the change was
   * made from (`madeFrom`: fields as read) is still so; reads and applies again when another writer
   * came first. `apply` returns the changes and their events, or null for no change. Returns the person
   * as written (or as read when unchanged), null when there is none.
   */
  private async change(
    personId: string,
    apply: (current: Person) => { changes: Partial<Person>; events?: PendingEvent[] } | null,
    madeFrom: (current: Person) => Record<string, unknown>,
  ): Promise<Person | null> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.find(personId);
      if (!current) return null;
      const outcome = apply(current);
      if (!outcome) return current;
      if (await updateDocument(this.model, { _id: personId, ...madeFrom(current) }, { $set: outcome.changes }, outcome.events)) return { ...current, ...outcome.changes };
    }
    throw new Conflict('данные человека меняются одновременно из нескольких мест; повторите');
  }

  /** People by id, each looked up by `_id` (an `$in` scans the table on the local server). */
  async findMany(ids: string[]): Promise<Person[]> {
    return findEach<Person>(this.model, ids, { pendingEvents: 0, hasPendingEvents: 0 });
  }

  /** Undoes what one import wrote (the import failed half-way). */
  async removeImport(importId: string): Promise<void> {
    await this.model.deleteMany({ importId });
  }
}

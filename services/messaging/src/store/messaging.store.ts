import { aggregateSchema, findEach, insertEach, updateDocument, VersionedDocuments, type Versioned } from '@ejournal/kit';
import mongoose from 'mongoose';
import type { Announcement } from '../domain/announcements';
import type { Mailbox } from '../domain/mailbox';
import type { Notice } from '../domain/notices';
import type { Preferences } from '../domain/preferences';
import type { Thread } from '../domain/threads';

/** One attempt (or series of attempts) to deliver a notice by a channel other than the inbox. */
export interface Delivery {
  /** `<notice id>:<channel>`: one per notice and channel. */
  _id: string;
  noticeId: string;
  personId: string;
  schoolId: string;
  channel: 'email' | 'digest';
  /**
   * due (to go at the next pass), waiting (until the minute dueMinute: quiet hours, the digest's hour,
   * a retry's back-off), sending (claimed by a dispatcher until claimedUntil), sent, failed.
   */
  status: 'due' | 'waiting' | 'sending' | 'sent' | 'failed';
  dueAt: Date;
  /** dueAt to the minute (UTC, YYYY-MM-DDTHH:MM): what a pass looks up by equality. */
  dueMinute: string;
  attempts: number;
  claimedUntil?: Date;
  sentAt?: Date;
  error?: string;
  /** Whether it waits for the quiet hours or the digest's hour (shown to the person). */
  deferred: boolean;
}

/** A person's e-mail address that failed for good (shown to them until the school changes it). */
export interface FailingAddress {
  _id: string;
  email: string;
  failure: string;
  failedAt: Date;
}

/** What messaging keeps of a school's facts (curriculum's events): its time zone, work kinds, classes, subjects. */
export interface SchoolFacts extends Versioned {
  timeZone: string;
  settingsVersion: number;
  workKinds: Array<{ code: string; name: string }>;
  classes: Array<{ classId: string; name: string; grade: number; groupIds?: string[] }>;
  subjects: Array<{ subjectId: string; name: string }>;
}

const noticeSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    personId: { type: String, required: true },
    schoolId: String,
    kind: String,
    title: String,
    text: String,
    studentId: String,
    createdAt: Date,
    read: Boolean,
    keptUntil: String,
  },
  { collection: 'notices', versionKey: false },
);
noticeSchema.index({ personId: 1, read: 1 });
noticeSchema.index({ keptUntil: 1 });

const deliverySchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    noticeId: String,
    personId: String,
    schoolId: String,
    channel: String,
    status: { type: String, required: true },
    dueAt: Date,
    dueMinute: String,
    attempts: Number,
    claimedUntil: Date,
    sentAt: Date,
    error: String,
    deferred: Boolean,
  },
  { collection: 'deliveries', versionKey: false },
);
deliverySchema.index({ status: 1, dueMinute: 1 });

const addressSchema = new mongoose.Schema({ _id: { type: String, required: true }, email: String, failure: String, failedAt: Date }, { collection: 'failing_addresses', versionKey: false });

/** The groups a pupil is placed in (curriculum's enrolment; the newest version heard wins). */
export interface PupilGroups extends Versioned {
  schoolId: string;
  groupIds: string[];
  enrolmentVersion: number;
}

/** Messaging's documents: threads and mailboxes, notices and their deliveries, preferences, announcements, school facts. */
export class MessagingStore {
  readonly threads: VersionedDocuments<Thread>;
  readonly mailboxes: VersionedDocuments<Mailbox>;
  readonly preferences: VersionedDocuments<Preferences>;
  readonly announcements: VersionedDocuments<Announcement>;
  readonly schools: VersionedDocuments<SchoolFacts>;
  readonly pupilGroups: VersionedDocuments<PupilGroups>;
  readonly notices: mongoose.Model<Notice>;
  readonly deliveries: mongoose.Model<Delivery>;
  readonly failingAddresses: mongoose.Model<FailingAddress>;
  /** The last minute the dispatcher promoted waiting deliveries of. */
  readonly dispatchCursor: mongoose.Model<{ _id: string; minute: string }>;

  constructor(private readonly connection: mongoose.Connection) {
    this.threads = new VersionedDocuments(connection.model('Thread', aggregateSchema('threads', { keptUntil: { type: String, index: true } })), 'переписка');
    this.mailboxes = new VersionedDocuments(connection.model('Mailbox', aggregateSchema('mailboxes')), 'почтовый ящик');
    this.preferences = new VersionedDocuments(connection.model('Preferences', aggregateSchema('preferences')), 'настройки уведомлений');
    this.announcements = new VersionedDocuments(connection.model('Announcement', aggregateSchema('announcements', { schoolId: { type: String, index: true } })), 'объявление');
    this.schools = new VersionedDocuments(connection.model('SchoolFacts', aggregateSchema('school_facts')), 'сведения о школе');
    this.pupilGroups = new VersionedDocuments(connection.model('PupilGroups', aggregateSchema('pupil_groups')), 'группы ученика');
    this.notices = connection.model<Notice>('Notice', noticeSchema);
    this.deliveries = connection.model<Delivery>('Delivery', deliverySchema);
    this.failingAddresses = connection.model<FailingAddress>('FailingAddress', addressSchema);
    this.dispatchCursor = connection.model<{ _id: string; minute: string }>('DispatchCursor', new mongoose.Schema({ _id: { type: String, required: true }, minute: String }, { collection: 'dispatch_cursor', versionKey: false }));
  }

  /** The bytes of messages' files, by file id (GridFS: chunks of ordinary documents, on MongoDB and FerretDB alike). */
  private filesBucket(): mongoose.mongo.GridFSBucket {
    return new mongoose.mongo.GridFSBucket(this.connection.db!, { bucketName: 'message_files' });
  }

  async saveFile(id: string, name: string, content: Buffer): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const upload = this.filesBucket().openUploadStreamWithId(id as never, name);
      upload.once('finish', () => resolve());
      upload.once('error', reject);
      upload.end(content);
    });
  }

  async fileContent(id: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.filesBucket().openDownloadStream(id as never)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Removes files' bytes (a withdrawn message's, an expired thread's); one already gone is no error. */
  async removeFiles(ids: string[]): Promise<void> {
    for (const id of ids) await this.filesBucket().delete(id as never).catch(() => undefined);
  }

  /** Notices and their deliveries, each once: what was there already (a redelivered event) stays as it was. */
  async deliver(notices: Notice[], deliveries: Delivery[]): Promise<number> {
    if (notices.length === 0) return 0;
    const inserted = await insertEach(this.notices.collection, notices);
    const failed = inserted.find((result): result is Error => result instanceof Error);
    if (failed) throw failed;
    // Deliveries are inserted even for notices that were there (a crash between the two inserts).
    if (deliveries.length > 0) {
      const written = await insertEach(this.deliveries.collection, deliveries);
      const broken = written.find((result): result is Error => result instanceof Error);
      if (broken) throw broken;
    }
    return inserted.filter((result) => result === true).length;
  }

  /** Takes back notices nobody has read yet, and their e-mails not yet on their way (a withdrawn message's). */
  async takeBackNotices(ids: string[]): Promise<void> {
    for (const id of ids) {
      await this.notices.deleteOne({ _id: id, read: false });
      for (const channel of ['email', 'digest']) await this.deliveries.deleteOne({ _id: `${id}:${channel}`, status: { $in: ['due', 'waiting'] } });
    }
  }

  /** A person's notices, newest first (the inbox). */
  async noticesOf(personId: string): Promise<Notice[]> {
    return this.notices.find({ personId }).sort({ createdAt: -1, _id: 1 }).limit(2_000).lean<Notice[]>();
  }

  async unreadNotices(personId: string): Promise<number> {
    return this.notices.countDocuments({ personId, read: false });
  }

  async markNoticesRead(personId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) await this.notices.updateMany({ personId, read: false }, { $set: { read: true } });
    else for (const id of ids) await updateDocument(this.notices, { _id: id, personId }, { $set: { read: true } });
  }

  async deliveriesOf(noticeIds: string[]): Promise<Delivery[]> {
    if (noticeIds.length === 0) return [];
    const ids = noticeIds.flatMap((id) => [`${id}:email`, `${id}:digest`]);
    return findEach<Delivery>(this.deliveries, ids);
  }
}

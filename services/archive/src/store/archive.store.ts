import { isDuplicateKey } from '@ejournal/kit';
import mongoose from 'mongoose';
import type { ArchiveKey } from '../domain/archive-keys';
import type { Amendment, RecordKind } from '../domain/closed-records';

/** A kept record: its file exactly as signed, and what it is listed and looked up by. */
export interface StoredRecord {
  /** The SHA-256 of the record's canonical form. */
  _id: string;
  /** `<slot>#<sequence>`: one record per place in a page's line (unique). */
  place: string;
  slot: string;
  sequence: number;
  kind: RecordKind;
  schoolId: string;
  yearId: string;
  periodId: string;
  classId: string;
  groupId: string;
  subjectId: string;
  title: string;
  amends: string;
  amendment?: Amendment;
  /** SHA-256 of the record without its amendment note: what tells whether anything changed. */
  bodyHash: string;
  archivedAt: Date;
  retainUntil: string;
  legalHold: boolean;
  legalHoldReason: string;
  keyId: string;
  fileText: string;
  /** The file's size in bytes (listings leave the file out). */
  size: number;
}

/** The archiving of one closed period (one closure of it: a period closed again is archived again). */
export interface ArchivingJob {
  /** `<period id>@<year version of the closure>`. */
  _id: string;
  schoolId: string;
  yearId: string;
  periodId: string;
  periodName: string;
  status: 'pending' | 'done';
  records: number;
  requestedAt: Date;
  finishedAt?: Date;
  claimedUntil?: Date;
  lastError: string;
}

/** Who read which record how (a read of the archive is audited: 003 §5, GOST R ISO 15489-1). */
export interface RecordRead {
  _id: string;
  hash: string;
  schoolId: string;
  readerId: string;
  action: 'fetch' | 'print' | 'verify' | 'hold' | 'release';
  at: Date;
}

/** A record removed at the end of its term: what it was, when. */
export interface Removal {
  _id: string;
  title: string;
  schoolId: string;
  kind: RecordKind;
  retainUntil: string;
  removedAt: Date;
}

const recordSchema = new mongoose.Schema(
  {
    _id: String,
    place: { type: String, required: true, unique: true },
    slot: { type: String, index: true },
    sequence: Number,
    kind: String,
    schoolId: { type: String, index: true },
    yearId: String,
    periodId: String,
    classId: String,
    groupId: String,
    subjectId: String,
    title: String,
    amends: String,
    amendment: { type: Object },
    bodyHash: String,
    archivedAt: Date,
    retainUntil: { type: String, index: true },
    legalHold: Boolean,
    legalHoldReason: String,
    keyId: String,
    fileText: String,
    size: Number,
  },
  { collection: 'records', versionKey: false },
);

/**
 * A record's file (its canonical JSON with the signature), apart from its summary: a listing reads the
 * summaries only — a whole-document store (FerretDB here) reads every file of a school to leave them
 * out (a year of a 1,000-pupil school: hundreds of megabytes). Content-addressed, like the record; its
 * last day is kept with it, so a file left behind by a removal cut short is still removed at its term.
 */
interface RecordFile {
  _id: string;
  fileText: string;
  retainUntil: string;
}
const fileSchema = new mongoose.Schema({ _id: String, fileText: String, retainUntil: { type: String, index: true } }, { collection: 'record_files', versionKey: false });

const keySchema = new mongoose.Schema(
  { _id: String, keyId: String, schoolId: { type: String, index: true }, number: Number, algorithm: String, publicKeyPem: String, encryptedPrivateKeyPem: String, validFrom: Date, validUntil: Date },
  { collection: 'archive_keys', versionKey: false },
);

const jobSchema = new mongoose.Schema(
  { _id: String, schoolId: { type: String, index: true }, yearId: String, periodId: String, periodName: String, status: { type: String, index: true }, records: Number, requestedAt: Date, finishedAt: Date, claimedUntil: Date, lastError: String },
  { collection: 'archivings', versionKey: false },
);

const readSchema = new mongoose.Schema({ _id: String, hash: { type: String, index: true }, schoolId: { type: String, index: true }, readerId: String, action: String, at: Date }, { collection: 'record_reads', versionKey: false });
const removalSchema = new mongoose.Schema({ _id: String, title: String, schoolId: String, kind: String, retainUntil: String, removedAt: Date }, { collection: 'removals', versionKey: false });

/** How far the removal pass has gone (one document). */
const REMOVAL_PASS = 'removal';
const passSchema = new mongoose.Schema({ _id: String, through: String }, { collection: 'passes', versionKey: false });

/** Summaries leave the file out: listings never carry the records themselves. */
const SUMMARY = { fileText: 0 } as const;
const ID_ONLY = { _id: 1 } as const;

/** The archive's documents: the records (insert-only, but for the legal hold and the removal at term), keys, jobs, the read log. */
export class ArchiveStore {
  readonly records: mongoose.Model<StoredRecord>;
  readonly files: mongoose.Model<RecordFile>;
  readonly keys: mongoose.Model<ArchiveKey>;
  readonly jobs: mongoose.Model<ArchivingJob>;
  readonly reads: mongoose.Model<RecordRead>;
  readonly removals: mongoose.Model<Removal>;
  private readonly passes: mongoose.Model<{ _id: string; through: string }>;

  constructor(connection: mongoose.Connection) {
    this.records = connection.model<StoredRecord>('ArchivedRecord', recordSchema);
    this.files = connection.model<RecordFile>('ArchivedRecordFile', fileSchema);
    this.keys = connection.model<ArchiveKey>('ArchiveKey', keySchema);
    this.jobs = connection.model<ArchivingJob>('ArchivingJob', jobSchema);
    this.reads = connection.model<RecordRead>('RecordRead', readSchema);
    this.removals = connection.model<Removal>('Removal', removalSchema);
    this.passes = connection.model('ArchivePass', passSchema) as unknown as mongoose.Model<{ _id: string; through: string }>;
  }

  /**
   * Keeps a record; false when its place (or the same content) is already kept — by another archiver, or
   * before a crash. The file first, then the summary that makes the record exist: a crash between leaves
   * a file that the archiving's retry writes again (the same hash); a file whose place another record took
   * is removed.
   */
  async keep(record: StoredRecord): Promise<boolean> {
    const { fileText, ...summary } = record;
    await this.files.updateOne({ _id: record._id }, { $setOnInsert: { fileText, retainUntil: record.retainUntil } }, { upsert: true });
    try {
      await this.records.create(summary);
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      const kept = await this.records.findOne({ place: record.place }, ID_ONLY).lean<{ _id: string }>();
      if (kept && kept._id !== record._id) await this.files.deleteOne({ _id: record._id });
      return false;
    }
  }

  /** A record with its file. */
  async record(hash: string): Promise<StoredRecord | null> {
    const [summary, file] = await Promise.all([this.records.findById(hash).lean<StoredRecord>(), this.files.findById(hash).lean<RecordFile>()]);
    if (!summary) return null;
    // Records kept before the files had a collection of their own carry their file in the summary.
    const fileText = file?.fileText ?? summary.fileText;
    if (fileText === undefined) throw new Error(`the file of archived record ${hash} is missing`);
    return { ...summary, fileText };
  }

  async summary(hash: string): Promise<StoredRecord | null> {
    return this.records.findById(hash, SUMMARY).lean<StoredRecord>();
  }

  /** The records of a line (a page's closure and its amendments), oldest first. */
  async line(slot: string): Promise<StoredRecord[]> {
    const found = await this.records.find({ slot }, SUMMARY).lean<StoredRecord[]>();
    return found.sort((a, b) => a.sequence - b.sequence);
  }

  async ofSchool(schoolId: string): Promise<StoredRecord[]> {
    return this.records.find({ schoolId }, SUMMARY).lean<StoredRecord[]>();
  }

  async setHold(hash: string, hold: boolean, reason: string): Promise<StoredRecord | null> {
    await this.records.updateOne({ _id: hash }, { $set: { legalHold: hold, legalHoldReason: hold ? reason : '' } });
    return this.summary(hash);
  }

  /** The records whose last day is before `today` (the removal pass reads by the indexed day, day by day of its window). */
  async pastTerm(days: string[]): Promise<StoredRecord[]> {
    const found = await Promise.all(days.map((day) => this.records.find({ retainUntil: day }, SUMMARY).lean<StoredRecord[]>()));
    return found.flat();
  }

  /** Files of those days whose record is gone: a removal cut short between the record and its file. */
  async filesLeftBehind(days: string[]): Promise<string[]> {
    const files = (await Promise.all(days.map((day) => this.files.find({ retainUntil: day }, ID_ONLY).lean<Array<{ _id: string }>>()))).flat();
    const kept = await Promise.all(files.map((file) => this.records.exists({ _id: file._id })));
    return files.filter((_, index) => !kept[index]).map((file) => file._id);
  }

  /**
   * Removes a record at its term, leaving the note of its removal first (a crash between leaves the note and
   * the record: removed next pass), then its file once the record is gone (a crash between: filesLeftBehind).
   */
  async remove(record: StoredRecord, at: Date): Promise<void> {
    await this.removals.updateOne(
      { _id: record._id },
      { $setOnInsert: { title: record.title, schoolId: record.schoolId, kind: record.kind, retainUntil: record.retainUntil, removedAt: at } },
      { upsert: true },
    );
    const removed = await this.records.deleteOne({ _id: record._id, legalHold: false });
    if (removed.deletedCount === 1) await this.removeFile(record._id);
  }

  /** A file whose record is gone. */
  async removeFile(hash: string): Promise<void> {
    await this.files.deleteOne({ _id: hash });
  }

  /** The last day the removal pass has gone through (YYYY-MM-DD); undefined before its first pass. */
  async removedThrough(): Promise<string | undefined> {
    const cursor = await this.passes.findById(REMOVAL_PASS).lean<{ through: string }>();
    return cursor?.through;
  }

  async setRemovedThrough(day: string): Promise<void> {
    await this.passes.updateOne({ _id: REMOVAL_PASS }, { $set: { through: day } }, { upsert: true });
  }

  async logRead(read: RecordRead): Promise<void> {
    await this.reads.create(read);
  }

  async keysOf(schoolId: string): Promise<ArchiveKey[]> {
    return this.keys.find({ schoolId }).lean<ArchiveKey[]>();
  }

  async allKeys(): Promise<ArchiveKey[]> {
    return this.keys.find({}).lean<ArchiveKey[]>();
  }

  /** Adds a school's key numbered as given; false when that number is taken (another archiver made it). */
  async addKey(key: ArchiveKey): Promise<boolean> {
    try {
      await this.keys.create(key);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async endKey(keyId: string, at: Date): Promise<void> {
    await this.keys.updateOne({ _id: keyId, validUntil: null }, { $set: { validUntil: at } });
  }

  /** Asks for a period's archiving once per closure (a redelivered event asks for nothing new). */
  async requestArchiving(job: ArchivingJob): Promise<boolean> {
    try {
      await this.jobs.create(job);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async pendingJobs(): Promise<ArchivingJob[]> {
    return this.jobs.find({ status: 'pending' }).lean<ArchivingJob[]>();
  }

  /** Claims a pending job for a while; false when another archiver holds it. */
  async claim(job: ArchivingJob, now: Date, forMs: number): Promise<boolean> {
    if (job.claimedUntil && job.claimedUntil.getTime() > now.getTime()) return false;
    const claimed = await this.jobs.updateOne(
      { _id: job._id, status: 'pending', claimedUntil: job.claimedUntil ?? null },
      { $set: { claimedUntil: new Date(now.getTime() + forMs) } },
    );
    return claimed.modifiedCount === 1;
  }

  async finish(jobId: string, records: number, at: Date): Promise<void> {
    await this.jobs.updateOne({ _id: jobId }, { $set: { status: 'done', records, finishedAt: at, lastError: '' }, $unset: { claimedUntil: 1 } });
  }

  async failed(jobId: string, error: string): Promise<void> {
    await this.jobs.updateOne({ _id: jobId }, { $set: { lastError: error.slice(0, 500) }, $unset: { claimedUntil: 1 } });
  }

  async jobsOf(schoolId: string): Promise<ArchivingJob[]> {
    return this.jobs.find({ schoolId }).lean<ArchivingJob[]>();
  }
}

import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';

export type AuditAction =
  | 'login'
  | 'login.failed'
  | 'login.throttled'
  | 'session.refreshed'
  | 'session.reuse-detected'
  | 'session.ended'
  | 'password.changed'
  | 'password.reset'
  | 'account.created'
  | 'account.revoked'
  | 'account.unlocked'
  | 'grant.added'
  | 'grant.removed'
  | 'people.imported'
  | 'invitation.issued'
  | 'invitation.redeemed'
  | 'invitation.refused'
  | 'invitation.guardian-confirmed'
  | 'password.reset-completed'
  | 'person.updated'
  | 'sso.linked'
  | 'signing-key.rotated';

/** One line of the append-only audit log: who, when, from where, what. Never names or secrets. */
export interface AuditEntry {
  _id: string;
  at: Date;
  action: AuditAction;
  actorAccountId: string;
  subjectId: string;
  schoolId: string;
  clientAddress: string;
  details: string;
}

const auditSchema = new mongoose.Schema<AuditEntry>(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
    action: { type: String, required: true },
    actorAccountId: { type: String, default: '' },
    subjectId: { type: String, default: '' },
    schoolId: { type: String, default: '' },
    clientAddress: { type: String, default: '' },
    details: { type: String, default: '' },
  },
  { collection: 'audit', versionKey: false },
);
auditSchema.index({ schoolId: 1, at: -1 });

/** Append-only: this store has no update or delete. */
export class AuditStore {
  readonly model: mongoose.Model<AuditEntry>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<AuditEntry>('AuditEntry', auditSchema);
  }

  async record(entry: Omit<AuditEntry, '_id' | 'at'> & { at?: Date }): Promise<void> {
    await this.model.create({ _id: randomUUID(), at: new Date(), ...entry });
  }

  /** The newest entries of one school, or of the region when schoolId is undefined. */
  async list(schoolId: string | undefined, limit: number): Promise<AuditEntry[]> {
    const filter = schoolId === undefined ? {} : { schoolId };
    return this.model.find(filter).sort({ at: -1 }).limit(limit).lean<AuditEntry[]>();
  }
}

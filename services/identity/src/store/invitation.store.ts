import { addOutbox, insertWithEvents, updateAndRead, updateDocument } from '@ejournal/kit';
import { invitationIssued } from '../events/invitation-issued';
import mongoose from 'mongoose';

export type InvitationRole = 'parent' | 'student' | 'interested_person';

/** A single-use invitation code for one child and one role (004 §3.2); the code itself is not stored. */
export interface Invitation {
  /** sha-256 of the folded code. */
  _id: string;
  /** Public id, to list and refer to the invitation without its code. */
  invitationId: string;
  schoolId: string;
  classId: string;
  childId: string;
  role: InvitationRole;
  issuedBy: string;
  issuedAt: Date;
  expiresAt: Date;
  redeemedAt?: Date;
  redeemedBy?: string;
  /** A staff account the school's administrator confirmed as the child's parent (who, when). */
  guardianAccountId?: string;
  guardianConfirmedBy?: string;
  guardianConfirmedAt?: Date;
}

const invitationSchema = new mongoose.Schema<Invitation>(
  {
    _id: { type: String, required: true },
    invitationId: { type: String, required: true },
    schoolId: { type: String, required: true },
    classId: { type: String, required: true },
    childId: { type: String, required: true },
    role: { type: String, required: true },
    issuedBy: { type: String, required: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    redeemedAt: Date,
    redeemedBy: String,
    guardianAccountId: String,
    guardianConfirmedBy: String,
    guardianConfirmedAt: Date,
  },
  { collection: 'invitations', versionKey: false },
);
invitationSchema.index({ invitationId: 1 }, { unique: true });
invitationSchema.index({ schoolId: 1, classId: 1 });
addOutbox(invitationSchema);

export class InvitationStore {
  readonly model: mongoose.Model<Invitation>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<Invitation>('Invitation', invitationSchema);
  }

  /** A new invitation, and in the same write its event (the child's parents hear of it). */
  async issue(invitation: Invitation): Promise<void> {
    await insertWithEvents(this.model, [invitation], new Map([[invitation._id, [invitationIssued(invitation)]]]));
  }

  async find(codeKey: string): Promise<Invitation | null> {
    return this.model.findById(codeKey).lean<Invitation>();
  }

  /** Marks the invitation used, once: false when another redemption got there first. */
  async redeem(codeKey: string, by: string, now = new Date()): Promise<boolean> {
    // Single use: one redemption at a time per code (FerretDB applies an update as read-then-write).
    return updateDocument(this.model, { _id: codeKey, redeemedAt: null }, { $set: { redeemedAt: now, redeemedBy: by } });
  }

  /** Gives an invitation back when what it was redeemed for could not be completed. */
  async unredeem(codeKey: string, by: string): Promise<void> {
    await updateDocument(this.model, { _id: codeKey, redeemedBy: by }, { $unset: { redeemedAt: 1, redeemedBy: 1 } });
  }

  async byInvitationId(invitationId: string): Promise<Invitation | null> {
    return this.model.findOne({ invitationId }).lean<Invitation>();
  }

  /** Records the administrator's confirmation that this account is the child's parent. */
  async confirmGuardian(codeKey: string, accountId: string, by: string, now = new Date()): Promise<Invitation> {
    return (await updateAndRead<Invitation>(this.model, { _id: codeKey }, { $set: { guardianAccountId: accountId, guardianConfirmedBy: by, guardianConfirmedAt: now } }))!;
  }

  async ofClass(schoolId: string, classId: string): Promise<Invitation[]> {
    return this.model.find({ schoolId, classId }).lean<Invitation[]>();
  }
}

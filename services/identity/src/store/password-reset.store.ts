import { updateDocument } from '@ejournal/kit';
import mongoose from 'mongoose';

/**
 * A password reset: a one-time code the person uses to set their own password (the administrator who
 * asked for it never learns a password). Only the code's hash is stored.
 */
export interface PasswordResetCode {
  /** sha-256 of the folded code. */
  _id: string;
  accountId: string;
  issuedBy: string;
  issuedAt: Date;
  expiresAt: Date;
  usedAt?: Date;
}

const resetSchema = new mongoose.Schema<PasswordResetCode>(
  { _id: String, accountId: { type: String, required: true }, issuedBy: { type: String, required: true }, issuedAt: { type: Date, required: true }, expiresAt: { type: Date, required: true }, usedAt: Date },
  { collection: 'password_resets', versionKey: false },
);
resetSchema.index({ accountId: 1 });

export class PasswordResetStore {
  readonly model: mongoose.Model<PasswordResetCode>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<PasswordResetCode>('PasswordReset', resetSchema);
  }

  /** A new code for the account; earlier unused codes of the account stop working. */
  async issue(reset: PasswordResetCode): Promise<void> {
    await this.model.updateMany({ accountId: reset.accountId, usedAt: null }, { $set: { usedAt: reset.issuedAt } });
    await this.model.create(reset);
  }

  async find(codeKey: string): Promise<PasswordResetCode | null> {
    return this.model.findById(codeKey).lean<PasswordResetCode>();
  }

  /** Spends the code, once: false when it was spent already. */
  async use(codeKey: string, now = new Date()): Promise<boolean> {
    return updateDocument(this.model, { _id: codeKey, usedAt: null }, { $set: { usedAt: now } });
  }
}

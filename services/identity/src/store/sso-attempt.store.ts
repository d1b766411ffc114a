import mongoose from 'mongoose';

/** A sign-on begun at the regional portal: what its callback must match (state, nonce, PKCE verifier). */
export interface SsoAttempt {
  _id: string; // state
  nonce: string;
  codeVerifier: string;
  createdAt: Date;
  /** Set when the account holder began it to link their own account (BeginSsoLink). */
  linkAccountId?: string;
}

const ssoAttemptSchema = new mongoose.Schema<SsoAttempt>(
  { _id: String, nonce: { type: String, required: true }, codeVerifier: { type: String, required: true }, createdAt: { type: Date, required: true }, linkAccountId: String },
  { collection: 'sso_attempts', versionKey: false },
);

export class SsoAttemptStore {
  readonly model: mongoose.Model<SsoAttempt>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<SsoAttempt>('SsoAttempt', ssoAttemptSchema);
  }

  async begin(attempt: SsoAttempt): Promise<void> {
    await this.model.create(attempt);
  }

  /** Takes the attempt out: a state is good for one callback only. */
  async take(state: string): Promise<SsoAttempt | null> {
    return this.model.findOneAndDelete({ _id: state }).lean<SsoAttempt>();
  }
}

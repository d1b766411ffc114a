import mongoose from 'mongoose';

/**
 * An ES256 key pair that signs access tokens. The newest key signs; older keys stay published in the
 * JWKS until every token they signed has expired, so rotation logs nobody out.
 * (The private key should be wrapped by the operator's KMS in production; here it is stored as is.)
 */
export interface SigningKey {
  _id: string; // kid
  privateJwk: Record<string, unknown>;
  publicJwk: Record<string, unknown>;
  createdAt: Date;
}

const signingKeySchema = new mongoose.Schema<SigningKey>(
  {
    _id: { type: String, required: true },
    privateJwk: { type: mongoose.Schema.Types.Mixed, required: true },
    publicJwk: { type: mongoose.Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'signing_keys', versionKey: false },
);

export class SigningKeyStore {
  readonly model: mongoose.Model<SigningKey>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<SigningKey>('SigningKey', signingKeySchema);
  }

  async add(key: SigningKey): Promise<void> {
    await this.model.create(key);
  }

  /** Every key, newest first (a handful at most). */
  async all(): Promise<SigningKey[]> {
    const keys = await this.model.find({}).lean<SigningKey[]>();
    return keys.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  async remove(kid: string): Promise<void> {
    await this.model.deleteOne({ _id: kid });
  }
}

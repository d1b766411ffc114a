import { updateDocument } from '@ejournal/kit';
import mongoose from 'mongoose';
import type { KeyEncryption, SealedSecret } from '../sessions/key-encryption';

/**
 * An ES256 key pair that signs access tokens. The newest key signs; older keys stay published in the
 * JWKS until every token they signed has expired, so rotation logs nobody out. The private key is
 * stored sealed (KeyEncryption): the database alone cannot sign a token.
 */
export interface SigningKey {
  _id: string; // kid
  privateJwk: Record<string, unknown>;
  publicJwk: Record<string, unknown>;
  createdAt: Date;
}

interface StoredSigningKey {
  _id: string;
  sealedPrivateJwk?: SealedSecret;
  /** Keys written before sealing existed; sealed at the next start. */
  privateJwk?: Record<string, unknown>;
  publicJwk: Record<string, unknown>;
  createdAt: Date;
}

const signingKeySchema = new mongoose.Schema<StoredSigningKey>(
  {
    _id: { type: String, required: true },
    sealedPrivateJwk: { type: mongoose.Schema.Types.Mixed },
    privateJwk: { type: mongoose.Schema.Types.Mixed },
    publicJwk: { type: mongoose.Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'signing_keys', versionKey: false },
);

export class SigningKeyStore {
  readonly model: mongoose.Model<StoredSigningKey>;

  constructor(connection: mongoose.Connection, private readonly encryption: KeyEncryption) {
    this.model = connection.model<StoredSigningKey>('SigningKey', signingKeySchema);
  }

  async add(key: SigningKey): Promise<void> {
    await this.model.create({ _id: key._id, sealedPrivateJwk: this.encryption.seal(JSON.stringify(key.privateJwk), key._id), publicJwk: key.publicJwk, createdAt: key.createdAt });
  }

  /** Every key, newest first (a handful at most), opened. */
  async all(): Promise<SigningKey[]> {
    const keys = await this.model.find({}).lean<StoredSigningKey[]>();
    return keys
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((key) => ({ _id: key._id, publicJwk: key.publicJwk, createdAt: key.createdAt, privateJwk: key.sealedPrivateJwk ? JSON.parse(this.encryption.open(key.sealedPrivateJwk, key._id)) : key.privateJwk! }));
  }

  /** Seals the keys an older version stored in clear; run at start. Returns how many it sealed. */
  async sealClearKeys(): Promise<number> {
    const clear = await this.model.find({ privateJwk: { $exists: true } }).lean<StoredSigningKey[]>();
    for (const key of clear) {
      await updateDocument(this.model, { _id: key._id }, { $set: { sealedPrivateJwk: this.encryption.seal(JSON.stringify(key.privateJwk), key._id) }, $unset: { privateJwk: 1 } });
    }
    return clear.length;
  }

  /** The public half of every key as stored (what anyone reading the database sees). */
  async stored(): Promise<StoredSigningKey[]> {
    return this.model.find({}).lean<StoredSigningKey[]>();
  }

  async remove(kid: string): Promise<void> {
    await this.model.deleteOne({ _id: kid });
  }
}
